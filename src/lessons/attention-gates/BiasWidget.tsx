import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sigmoid, sigmoidAttentionBias, uniformGateSum } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Plot } from '../../components/plot/Plot';
import { RuleX } from '../../components/plot/marks/Rule';
import { Slider } from '../../components/Slider';
import { NumberField } from '../../components/fields';
import { formatNumber } from '../../components/plot/scales';
import { useWidget } from '../../components/state/useWidget';
import { NS } from './strings';
import { biasCode } from './code';
import './attention-gates.css';
import { sigmoidBias } from './widgets';
import { biasCurves, N_MAX, N_MIN } from './biasCurves';

const clampN = (v: number) => Math.min(N_MAX, Math.max(N_MIN, Math.round(v)));

/** Sigmoid attention at initialization: n/2 in total without a bias, ≈ 1 with b = −ln n. */
export function BiasWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(sigmoidBias);
  const { n, s } = state;
  const labels = useMemo(() => ({ plain: t('bias.legend.plain'), biased: t('bias.legend.biased'), softmax: t('bias.legend.softmax') }), [t]);
  const curves = useMemo(() => biasCurves(s, labels), [s, labels]);
  const b = sigmoidAttentionBias(n);
  const code = useMemo(() => biasCode(n, s), [n, s]);
  const f = (v: number) => formatNumber(v, 4);
  const k = Math.log2(n);
  const yMax = Math.max(...Array.from(curves.plain.y), 2);
  const yMin = Math.min(...Array.from(curves.biased.y), 0.5);

  return (
    <WidgetFrame widget={sigmoidBias} title={t('bias.title')} code={code}>
      <div className="controls">
        <Slider
          label={t('bias.n')}
          value={n}
          min={N_MIN}
          max={N_MAX}
          scale="log"
          step={Math.log10(2) / 4}
          format={(v) => String(clampN(v))}
          onChange={(v) => set({ n: clampN(v) })}
        />
        <NumberField label={t('bias.nTyped')} value={n} min={N_MIN} max={N_MAX} validate={(v) => (Number.isInteger(v) ? null : t('bias.integer'))} onChange={(v) => set({ n: v })} />
        <Slider label={t('bias.s')} value={s} min={-4} max={4} step={0.1} onChange={(v) => set({ s: Number(v.toFixed(2)) })} description={t('bias.sHelp')} />
      </div>
      <dl className="ag-facts" aria-live="polite" data-testid="bias-readout">
        <div>
          <dt>{t('bias.plain')}</dt>
          <dd>
            {t('bias.each', { value: f(sigmoid(s)) })} · <span data-testid="sum-plain">{t('sum', { value: f(uniformGateSum(n, s, 0)) })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('bias.biasedAt', { n, b: f(b) })}</dt>
          <dd>
            {t('bias.each', { value: f(sigmoid(s + b)) })} · <span data-testid="sum-biased">{t('sum', { value: f(uniformGateSum(n, s, b)) })}</span>
          </dd>
        </div>
      </dl>
      <Plot
        summary={t('bias.summary', { s: f(s), n, plain: f(uniformGateSum(n, s, 0)), biased: f(uniformGateSum(n, s, b)) })}
        series={[curves.plain, curves.biased, curves.softmaxRef]}
        xDomain={[1, 12]}
        yScale="log"
        yDomain={[yMin, yMax]}
        xLabel={t('bias.xLabel')}
        yLabel={t('bias.yLabel')}
        height={300}
      >
        <RuleX x={k} stroke="var(--muted)" />
      </Plot>
    </WidgetFrame>
  );
}
