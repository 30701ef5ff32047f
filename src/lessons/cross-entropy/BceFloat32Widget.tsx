import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bceWithLogits, bceWithLogitsFloat32, sigmoidBceFloat32 } from '../../engine';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import { Slider } from '../../components/Slider';
import { Segmented } from '../../components/fields';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { bceFloat32 } from './widgets';
import { BCE32_Z_MAX } from './schema';
import { bceFloat32Curves } from './lossMap';
import { bceFloat32Code } from './lossMapCode';
import { fmt } from './format';
import { NS } from './strings';
import './lesson.css';
import './lossmap.css';

/**
 * One logit, float32 as in a real model: sigmoid then nn.BCELoss against nn.BCEWithLogitsLoss,
 * both following PyTorch's source formulas (engine, lossmap/float32Bce.ts). The curves (6 × 961
 * scalar evaluations, ~1 ms) are recomputed only when the label changes; the slider only moves
 * the marker and the readout.
 */
export function BceFloat32Widget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(bceFloat32);
  const y = state.y === '1' ? 1 : 0;
  const a = sigmoidBceFloat32(state.z, y);
  const b = bceWithLogitsFloat32(state.z, y);
  const truth = bceWithLogits(state.z, y);
  const curves = useMemo(() => bceFloat32Curves(y, { truth: t('lm.b32.truth'), logits: t('lm.b32.logits'), probs: t('lm.b32.probs') }), [y, t]);
  const code = useMemo(() => bceFloat32Code(state.z, y), [state.z, y]);
  const clamped = a.loss === 100 && Math.abs(truth - 100) > 0.5;
  const dead = a.grad === 0 && Math.abs(b.grad) > 0.5;
  const note = clamped ? t('lm.b32.clamped', { p: fmt(a.p, 8), truth: fmt(truth, 5) }) : Math.abs(a.grad - b.grad) > 0.05 ? t('lm.b32.fading', { g: fmt(a.grad, 4) }) : t('lm.b32.agree');
  const zText = fmt(state.z, 4);

  return (
    <WidgetFrame widget={bceFloat32} title={t('lm.b32.title')} code={code}>
      <div className="controls">
        <Slider label={t('lm.b32.z')} value={state.z} min={-BCE32_Z_MAX} max={BCE32_Z_MAX} step={0.5} format={(v) => fmt(v, 4)} onChange={(v) => set({ z: Number(v.toFixed(1)) })} />
        <Segmented label={t('lm.b32.y')} value={state.y} options={[{ value: '0', label: 'y = 0' }, { value: '1', label: 'y = 1' }]} onChange={(v) => set({ y: v })} />
      </div>
      <dl className="ce-readout" aria-live="polite">
        <dt>{t('lm.b32.p')}</dt>
        <dd data-testid="b32-p" data-value={String(a.p)}>{fmt(a.p, 8)}</dd>
        <dt>{t('lm.b32.lossProbs')}</dt>
        <dd data-testid="b32-loss" data-value={String(a.loss)}>{fmt(a.loss, 6)}</dd>
        <dt>{t('lm.b32.gradProbs')}</dt>
        <dd data-testid="b32-grad" data-value={String(a.grad)}>{fmt(a.grad, 6)}</dd>
        <dt>{t('lm.b32.lossLogits')}</dt>
        <dd data-testid="b32-loss-l" data-value={String(b.loss)}>{fmt(b.loss, 6)}</dd>
        <dt>{t('lm.b32.gradLogits')}</dt>
        <dd data-testid="b32-grad-l" data-value={String(b.grad)}>{fmt(b.grad, 6)}</dd>
        <dt>{t('lm.b32.lossTruth')}</dt>
        <dd>{fmt(truth, 6)}</dd>
      </dl>
      <p className="ce-note" data-testid="b32-note" data-dead={dead || undefined}>{note}</p>
      <div className="ce-pair">
        <Plot
          summary={t('lm.b32.lossSummary', { y, z: zText, lo: fmt(-BCE32_Z_MAX, 4), hi: fmt(BCE32_Z_MAX, 4) })}
          series={curves.loss}
          xDomain={[-BCE32_Z_MAX, BCE32_Z_MAX]}
          yDomain={[0, 125]}
          xLabel={t('lm.b32.xLabel')}
          yLabel={t('lm.b32.yLoss')}
          height={240}
          exportName="bce-float32-loss"
        >
          <RuleX x={state.z} />
        </Plot>
        <Plot
          summary={t('lm.b32.gradSummary', { y, z: zText })}
          series={curves.grad}
          xDomain={[-BCE32_Z_MAX, BCE32_Z_MAX]}
          yDomain={[-1.1, 1.1]}
          xLabel={t('lm.b32.xLabel')}
          yLabel={t('lm.b32.yGrad')}
          height={240}
          exportName="bce-float32-grad"
        >
          <RuleX x={state.z} />
        </Plot>
      </div>
    </WidgetFrame>
  );
}
