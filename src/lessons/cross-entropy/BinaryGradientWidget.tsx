import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bceWithLogits, bceWithLogitsGrad, sigmoid, sigmoidMse, sigmoidMseGrad, sigmoidPrime } from '../../engine';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import { Slider } from '../../components/Slider';
import { Segmented, Toggle } from '../../components/fields';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { binaryGrad } from './widgets';
import { gradientCurves, Z_MAX } from './curves';
import { GradientArrows } from './GradientArrows';
import { fmt } from './format';
import { binaryGradCode } from './code';
import { NS } from './strings';
import './lesson.css';

/** Drag one logit: sigmoid + BCE's gradient is p − y, sigmoid + MSE's carries σ′ and dies in the tails. */
export function BinaryGradientWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(binaryGrad);
  const z = state.z;
  const y = state.y === '1' ? 1 : 0;
  const p = sigmoid(z);
  const gBce = bceWithLogitsGrad(z, y);
  const gMse = sigmoidMseGrad(z, y);
  const series = useMemo(() => gradientCurves(y, state.log, { bce: t('grad.bceSeries'), mse: t('grad.mseSeries') }), [y, state.log, t]);
  const code = useMemo(() => binaryGradCode(z, y), [z, y]);
  const wrong = (y === 1 && p < 0.01) || (y === 0 && p > 0.99);

  return (
    <WidgetFrame widget={binaryGrad} title={t('grad.title')} code={code}>
      <div className="controls">
        <Slider label={t('grad.z')} value={z} min={-Z_MAX} max={Z_MAX} step={0.1} format={(v) => fmt(v, 3)} onChange={(v) => set({ z: Number(v.toFixed(1)) })} />
        <Segmented label={t('grad.y')} value={state.y} options={[{ value: '0', label: 'y = 0' }, { value: '1', label: 'y = 1' }]} onChange={(v) => set({ y: v })} />
        <Toggle label={t('grad.log')} checked={state.log} onChange={(v) => set({ log: v })} />
      </div>
      <dl className="ce-readout" aria-live="polite">
        <dt>p = σ(z)</dt>
        <dd data-testid="p-value" data-value={String(p)}>{fmt(p, 6)}</dd>
        <dt>{t('grad.bceLoss')}</dt>
        <dd>{fmt(bceWithLogits(z, y), 6)}</dd>
        <dt>{t('grad.bceGrad')}</dt>
        <dd data-testid="bce-grad" data-value={String(gBce)}>{fmt(gBce, 6)}</dd>
        <dt>{t('grad.mseLoss')}</dt>
        <dd>{fmt(sigmoidMse(z, y), 6)}</dd>
        <dt>{t('grad.mseGrad')}</dt>
        <dd data-testid="mse-grad" data-value={String(gMse)}>
          {fmt(gMse, 6)} <span className="ce-aside">= (p − y)·σ′(z), σ′(z) = {fmt(sigmoidPrime(z), 4)}</span>
        </dd>
      </dl>
      <GradientArrows
        summary={t('grad.arrowSummary', { bce: fmt(gBce), mse: fmt(gMse) })}
        arrows={[
          { id: 'bce', label: t('grad.bceArrow'), value: gBce, color: 'var(--c1)' },
          { id: 'mse', label: t('grad.mseArrow'), value: gMse, color: 'var(--c2)', dash: '7 4' },
        ]}
      />
      <p className="ce-note" data-testid="grad-note">
        {wrong ? t('grad.wrong', { ratio: fmt(Math.abs(gBce / gMse), 3) }) : t('grad.hint', { z: fmt(-Z_MAX, 3) })}
      </p>
      <Plot
        summary={t('grad.plotSummary', { y, z: fmt(z, 3), lo: fmt(-Z_MAX, 3), hi: fmt(Z_MAX, 3) })}
        series={series}
        xDomain={[-Z_MAX, Z_MAX]}
        yDomain={state.log ? [1e-6, 1.5] : y === 1 ? [-1.05, 0.05] : [-0.05, 1.05]}
        yScale={state.log ? 'log' : 'linear'}
        xLabel={t('grad.xLabel')}
        yLabel={state.log ? t('grad.yLabelLog') : t('grad.yLabel')}
        height={280}
      >
        <RuleX x={z} />
      </Plot>
    </WidgetFrame>
  );
}
