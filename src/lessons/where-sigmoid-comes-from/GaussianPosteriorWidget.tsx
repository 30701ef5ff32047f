import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from './strings';
import { decisionBoundaries, logOddsQuadratic, posteriorVsLogistic, sharedVarianceLogistic, type TwoGaussians } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Slider } from '../../components/Slider';
import { Plot } from '../../components/plot/Plot';
import { Equation } from '../../components/Equation';
import { formatNumber } from '../../format/number';
import { useWidget } from '../../components/state/useWidget';
import { gaussians } from './widgets';
import { X_RANGE } from './schema';
import { densityCurve, densitySeries, posteriorSeries } from './curves';
import { linearLatex, quadraticLatex } from './latex';
import { gaussiansCode } from './code';
import { noBoundaryKey } from './readout';
import './where-sigmoid.css';

// The same 1e−9 the lesson promises: far above float64 rounding (~1e−16), far below any
// difference a reader could see.
const SAME = 1e-9;

/** Two Gaussian classes → Bayes posterior, next to σ(wx + b) built from the same parameters. */
export function GaussianPosteriorWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(gaussians);
  const g: TwoGaussians = useMemo(
    () => ({ mu1: state.mu1, sigma1: state.s1, mu2: state.mu2, sigma2: state.s2, prior1: state.prior }),
    [state.mu1, state.s1, state.mu2, state.s2, state.prior],
  );
  const q = logOddsQuadratic(g);
  const l = sharedVarianceLogistic(g);
  const gap = posteriorVsLogistic(g, X_RANGE[0], X_RANGE[1], 1201);
  const roots = decisionBoundaries(g);
  const equal = q.a2 === 0;
  const d1 = useMemo(() => densityCurve(state.mu1, state.s1), [state.mu1, state.s1]);
  const d2 = useMemo(() => densityCurve(state.mu2, state.s2), [state.mu2, state.s2]);
  const dens = useMemo(() => densitySeries(g, [t('pdf1'), t('pdf2')], d1, d2), [g, t, d1, d2]);
  const post = useMemo(() => posteriorSeries(g, [t('posterior'), t('logistic')]), [g, t]);
  const slider = (key: keyof typeof state, label: string, min: number, max: number, step: number) => (
    <Slider label={label} value={state[key]} min={min} max={max} step={step} onChange={(v) => set({ [key]: Number(v.toFixed(2)) })} />
  );
  const fmt = (v: number) => formatNumber(v, 4);
  const code = useMemo(() => gaussiansCode(g), [g]);
  return (
    <WidgetFrame widget={gaussians} title={t('title')} code={code}>
      <div className="controls">
        {slider('mu1', t('mu1'), -4, 4, 0.1)}
        {slider('s1', t('s1'), 0.3, 3, 0.05)}
        {slider('mu2', t('mu2'), -4, 4, 0.1)}
        {slider('s2', t('s2'), 0.3, 3, 0.05)}
        {slider('prior', t('prior'), 0.01, 0.99, 0.01)}
      </div>
      <Plot
        summary={t('densSummary', { mu1: fmt(g.mu1), s1: fmt(g.sigma1), mu2: fmt(g.mu2), s2: fmt(g.sigma2) })}
        series={dens}
        xDomain={X_RANGE}
        xLabel="x"
        yLabel={t('densY')}
        height={220}
      />
      <Plot
        summary={t(equal ? 'postSummaryEqual' : 'postSummaryUnequal', { gap: formatNumber(gap.maxAbs, 3) })}
        series={post.series}
        xDomain={X_RANGE}
        yDomain={[0, 1]}
        bands={post.c1Wins}
        xLabel="x"
        yLabel={t('postY')}
        height={240}
      />
      <p className="hint">{t('shadeNote')}</p>
      <div className="readout" aria-live="polite">
        <p data-testid="max-diff" className={equal ? undefined : 'differs'}>
          {t('maxDiff', { lo: fmt(X_RANGE[0]), hi: fmt(X_RANGE[1]), v: formatNumber(gap.maxAbs, 3), at: fmt(gap.argMax) })}{' '}
          <strong>{gap.maxAbs < SAME ? t('same') : t('notSame')}</strong>
        </p>
        <p data-testid="boundaries">
          {roots.length === 0 ? t(noBoundaryKey(g)) : t('boundary', { xs: roots.map(fmt).join(', ') })}
        </p>
      </div>
      <div className="formula-list">
        {/* KaTeX's MathML is what screen readers get; data-a2 is the shown x² coefficient, for tests. */}
        <div data-testid="quadratic" data-a2={fmt(q.a2)}>
          <Equation latex={quadraticLatex(q)} display />
        </div>
        <div data-testid="linear">
          <Equation latex={linearLatex(l.w, l.b)} display />
        </div>
      </div>
      <p>{equal ? t('equalNote') : t('unequalNote', { v: fmt(l.variance) })}</p>
    </WidgetFrame>
  );
}
