import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from './strings';
import { gaussianPosteriorGrid2D, logOdds2D, posteriorVsLogistic2D, sharedCovarianceLogistic2D } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Slider } from '../../components/Slider';
import { Toggle } from '../../components/fields';
import { Equation } from '../../components/Equation';
import { formatNumber } from '../../format/number';
import { useWidget } from '../../components/state/useWidget';
import { plane } from './widgets';
import { PLANE_EXTENT } from './schema';
import { classesOf, PLANE_GRID, type PlaneState } from './plane';
import { PlanePlot, type MeanHandle } from './PlanePlot';
import { planeLatex } from './latex';
import { planeCode } from './code';
import './where-sigmoid.css';

// The same "same function" threshold as the 1-D widget: far above float64 rounding, far below sight.
const SAME = 1e-9;
const fmt = (v: number) => formatNumber(v, 3);
const pair = (a: number, b: number) => `(${fmt(a)}, ${fmt(b)})`;

type CovKey = 'sx1' | 'sy1' | 'r1' | 'sx2' | 'sy2' | 'r2';

/** Two Gaussian classes in the plane: the Bayes posterior as a heat map, its ½ boundary, and σ(wᵀx + b) measured against it. */
export function PlaneWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(plane);
  const s: PlaneState = state;
  const g = useMemo(() => classesOf(s), [s]);
  const posterior = useMemo(() => gaussianPosteriorGrid2D(g, PLANE_GRID, PLANE_EXTENT), [g]);
  const gap = useMemo(() => posteriorVsLogistic2D(g, PLANE_GRID, PLANE_EXTENT), [g]);
  const line = sharedCovarianceLogistic2D(g);
  const odds = logOdds2D(g);
  const same = gap.maxAbs < SAME;
  const onMove = useCallback((k: 1 | 2, x: number, y: number) => set(k === 1 ? { m1x: x, m1y: y } : { m2x: x, m2y: y }), [set]);
  const handles = useMemo((): [MeanHandle, MeanHandle] => [
    { k: 1, x: g.mu1[0], y: g.mu1[1], cov: g.cov1, label: t('plane.mean1', { at: pair(g.mu1[0], g.mu1[1]) }) },
    { k: 2, x: g.mu2[0], y: g.mu2[1], cov: g.cov2, label: t('plane.mean2', { at: pair(g.mu2[0], g.mu2[1]) }) },
  ], [g, t]);
  const legend = useMemo(() => [
    { id: 'c1', label: t('plane.legend1'), color: 'var(--c1)', swatch: 'box' as const },
    { id: 'c2', label: t('plane.legend2'), color: 'var(--c2)', swatch: 'box' as const },
    { id: 'b', label: t('plane.legendBoundary'), color: 'var(--text)', dash: '8 5' },
  ], [t]);
  const summary = t(odds.linear ? 'plane.summaryLinear' : 'plane.summaryCurved', { m1: pair(g.mu1[0], g.mu1[1]), m2: pair(g.mu2[0], g.mu2[1]), gap: formatNumber(gap.maxAbs, 3) });
  const slider = (key: CovKey | 'prior', label: string, min: number, max: number, step: number) => (
    <Slider label={label} value={s[key]} min={min} max={max} step={step} onChange={(v) => set({ [key]: Number(v.toFixed(2)) })} />
  );
  const covSliders = (k: 1 | 2) => (
    <>
      {slider(`sx${k}`, t(`plane.sx${k}`), 0.3, 2.5, 0.05)}
      {slider(`sy${k}`, t(`plane.sy${k}`), 0.3, 2.5, 0.05)}
      {slider(`r${k}`, t(`plane.r${k}`), -0.9, 0.9, 0.05)}
    </>
  );
  const code = useMemo(() => planeCode(g), [g]);
  const [eqSigma, eqLine] = planeLatex(line);
  return (
    <WidgetFrame widget={plane} title={t('plane.title')} code={code}>
      <div className="controls">
        {covSliders(1)}
        <Toggle label={t('plane.shared')} checked={s.shared} onChange={(v) => set({ shared: v })} />
        {!s.shared && covSliders(2)}
        {slider('prior', t('prior'), 0.01, 0.99, 0.01)}
      </div>
      <p className="hint">{t('plane.dragHint')}</p>
      <PlanePlot summary={summary} legend={legend} posterior={posterior} grid={PLANE_GRID} handles={handles} onMove={onMove} />
      <div className="readout" aria-live="polite">
        <p data-testid="plane-gap" className={same ? undefined : 'differs'}>
          {t('plane.maxDiff', { n: PLANE_GRID * PLANE_GRID, v: formatNumber(gap.maxAbs, 3), at: pair(gap.argMax[0], gap.argMax[1]) })}{' '}
          <strong>{same ? t('same') : t('plane.notSame')}</strong>
        </p>
        <p data-testid="plane-shape" data-linear={String(odds.linear)}>
          {odds.linear ? t('plane.straight') : t('plane.curved', { a: `[[${fmt(odds.A.xx)}, ${fmt(odds.A.xy)}], [${fmt(odds.A.xy)}, ${fmt(odds.A.yy)}]]` })}
        </p>
      </div>
      <div className="formula-list" data-testid="plane-line">
        <div>
          <Equation latex={eqSigma} display />
        </div>
        <div>
          <Equation latex={eqLine} display />
        </div>
      </div>
      <p>{line.exact ? t('plane.exactNote') : t('plane.pooledNote')}</p>
    </WidgetFrame>
  );
}
