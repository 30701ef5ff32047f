import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NS } from './strings';
import { activations, roundTo, sampleFunction, sigmoid, sigmoidNaive, sigmoidStable, type Precision } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Segmented } from '../../components/fields';
import { Slider } from '../../components/Slider';
import { Plot } from '../../components/plot/Plot';
import { useWidget } from '../../components/state/useWidget';
import { stableSigmoidWidget } from './widgets';

import { sigmoidSteps, tanhSteps } from './softmaxSteps';
import { cell, PRECISION_OPTIONS } from './format';
import { StepList } from './StepList';
import { sigmoidCode } from './code';
import './overflow.css';

const X_LO = -30;
const X_HI = 5;

/** σ and tanh, naive and stable, in one format; and σ on a log axis to see where naive dies. */
export function SigmoidTanhWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(stableSigmoidWidget);
  const x = state.x;
  const p = state.p as Precision;
  const xr = roundTo(x, p);
  const series = useMemo(() => {
    const n = sampleFunction((v) => sigmoidNaive(v, p), X_LO, X_HI, 701);
    const s = sampleFunction((v) => sigmoidStable(v, p), X_LO, X_HI, 701);
    const e = sampleFunction(sigmoid, X_LO, X_HI, 701);
    return [
      { id: 'exact', label: t('sig.exactCurve'), color: 'var(--c3)', x: e.x, y: e.y, dash: '2 4', width: 2 },
      { id: 'stable', label: t('sig.stableCurve', { p }), color: 'var(--c1)', x: s.x, y: s.y, width: 4 },
      { id: 'naive', label: t('sig.naiveCurve', { p }), color: 'var(--c2)', x: n.x, y: n.y, dash: '7 4' },
    ];
  }, [p, t]);
  return (
    <WidgetFrame widget={stableSigmoidWidget} title={t('sig.title')} code={sigmoidCode(x, p)}>
      <div className="controls">
        <Slider label={t('sig.x')} value={x} min={-30} max={30} step={0.5} onChange={(v) => set({ x: v })} />
        <Segmented label={t('precision')} value={p} options={PRECISION_OPTIONS} onChange={(v) => set({ p: v })} />
      </div>
      <p className="readout" aria-live="polite" data-testid="sig-branch">
        {xr >= 0 ? t('sig.branchPos', { x: cell(xr) }) : t('sig.branchNeg', { x: cell(xr) })}
      </p>
      <div className="steps-grid four">
        <StepList caption={t('sig.naive')} steps={sigmoidSteps(x, p, false)} exact={sigmoid(xr)} exactLabel={t('sig.exact')} testId="sig-naive" />
        <StepList caption={t('sig.stable')} steps={sigmoidSteps(x, p, true)} exact={sigmoid(xr)} exactLabel={t('sig.exact')} testId="sig-stable" />
        <StepList caption={t('sig.tanhNaive')} steps={tanhSteps(x, p, false)} exact={activations.tanh.f(xr)} exactLabel={t('sig.exact')} testId="tanh-naive" />
        <StepList caption={t('sig.tanhStable')} steps={tanhSteps(x, p, true)} exact={activations.tanh.f(xr)} exactLabel={t('sig.exact')} testId="tanh-stable" />
      </div>
      <Plot
        summary={t('sig.plotSummary', { p, lo: X_LO, hi: X_HI })}
        series={series}
        xDomain={[X_LO, X_HI]}
        yScale="log"
        yDomain={[1e-14, 1]}
        xLabel="x"
        yLabel="σ(x)"
        height={280}
      />
    </WidgetFrame>
  );
}
