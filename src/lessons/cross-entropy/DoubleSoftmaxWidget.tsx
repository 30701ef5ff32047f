import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { doubleSoftmaxCE } from '../../engine';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import { Slider } from '../../components/Slider';
import { Segmented } from '../../components/fields';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { doubleSoftmax } from './widgets';
import { ANIMALS, DS_LOGITS } from './schema';
import { doubleSoftmaxCurves, DS_S_MAX } from './lossMap';
import { doubleSoftmaxCode } from './lossMapCode';
import { fmt } from './format';
import { NS } from './strings';
import './lesson.css';
import './lossmap.css';

const vec = (v: ArrayLike<number>) => `(${Array.from(v, (x) => fmt(x, 3)).join(', ')})`;

/**
 * The classic bug: softmax before nn.CrossEntropyLoss. Scale the logits (2, 1, −1) by s and
 * compare ‖∂L/∂z‖ of the right call with the doubled one. The sweep is 241 tiny 3-class
 * evaluations (well under a millisecond), recomputed only when the target changes.
 */
export function DoubleSoftmaxWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(doubleSoftmax);
  const scale = state.s;
  const target = ANIMALS.indexOf(state.target);
  const series = useMemo(() => doubleSoftmaxCurves(target, { good: t('lm.ds.good'), bad: t('lm.ds.bad'), ratio: t('lm.ds.ratio') }), [target, t]);
  const code = useMemo(() => doubleSoftmaxCode(DS_LOGITS.map((v) => v * scale), target), [scale, target]);
  const z = DS_LOGITS.map((v) => v * scale);
  const r = doubleSoftmaxCE(z, target);
  const names = ANIMALS.map((a) => t(`animal.${a}`));

  return (
    <WidgetFrame widget={doubleSoftmax} title={t('lm.ds.title')} code={code}>
      <div className="controls">
        <Slider label={t('lm.ds.s')} value={state.s} min={0} max={DS_S_MAX} step={0.1} format={(v) => fmt(v, 3)} onChange={(v) => set({ s: Number(v.toFixed(1)) })} />
        <Segmented label={t('lm.ds.target')} value={state.target} options={ANIMALS.map((a, i) => ({ value: a, label: names[i] }))} onChange={(v) => set({ target: v })} />
      </div>
      <dl className="ce-readout" aria-live="polite">
        <dt>z</dt>
        <dd>{vec(z)}</dd>
        <dt>p = softmax(z)</dt>
        <dd>{vec(r.probs)}</dd>
        <dt>{t('lm.ds.lossGood')}</dt>
        <dd data-testid="ds-loss" data-value={String(r.loss)}>{fmt(r.loss, 5)}</dd>
        <dt>{t('lm.ds.lossBad')}</dt>
        <dd data-testid="ds-loss2" data-value={String(r.doubleLoss)}>{fmt(r.doubleLoss, 5)}</dd>
        <dt>{t('lm.ds.gradGood')}</dt>
        <dd>{vec(r.grad)}</dd>
        <dt>{t('lm.ds.gradBad')}</dt>
        <dd>{vec(r.doubleGrad)}</dd>
        <dt>{t('lm.ds.ratioRow')}</dt>
        <dd data-testid="ds-ratio" data-value={String(r.ratio)}>{fmt(r.ratio, 4)}</dd>
      </dl>
      <p className="ce-note" data-testid="ds-note">
        {r.ratio < 0.01 ? t('lm.ds.squashed', { factor: fmt(1 / r.ratio, 3) }) : t('lm.ds.hint')}
      </p>
      <Plot
        summary={t('lm.ds.plotSummary', { animal: names[target], s: fmt(state.s, 3), max: fmt(DS_S_MAX, 3) })}
        series={series}
        xDomain={[0, DS_S_MAX]}
        yDomain={[1e-6, 2]}
        yScale="log"
        xLabel={t('lm.ds.xLabel')}
        yLabel={t('lm.ds.yLabel')}
        height={280}
      >
        <RuleX x={state.s} />
      </Plot>
    </WidgetFrame>
  );
}
