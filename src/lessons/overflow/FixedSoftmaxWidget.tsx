import { useTranslation } from 'react-i18next';
import { PasteNumbers } from '../../components/PasteNumbers';
import { pasteLimits } from '../../components/pasteCheck';
import { NS } from './strings';
import { apFixed, formatLabel, formatRange, softmax, softmaxFixedTrace, softmaxStable, type SoftmaxImplementation } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Segmented, SelectField } from '../../components/fields';
import { useWidget } from '../../components/state/useWidget';
import { fixedSoftmaxWidget } from './widgets';
import { TABLE_SIZES } from './schema';
import { cell } from './format';
import { LogitsField } from './LogitsField';
import { ScrollBox } from './ScrollBox';
import './overflow.css';

type Row = [label: string, values: readonly number[], testId: string];

/** hls4ml's lookup-table softmax in ap_fixed next to float16 and exact float64. */
export function FixedSoftmaxWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(fixedSoftmaxWidget);
  const z = state.z;
  const impl = state.impl as SoftmaxImplementation;
  // data_T is hls4ml's default ap_fixed<16,6>; only its overflow mode is a control, because
  // that is the choice that decides whether a logit of 40 survives at all.
  const inputFormat = apFixed(16, 6, 'TRN', state.ovf as 'WRAP' | 'SAT');
  const range = formatRange(inputFormat);
  let trace: ReturnType<typeof softmaxFixedTrace> | null = null;
  let error: string | null = null;
  try {
    trace = softmaxFixedTrace(z, { implementation: impl, tableSize: Number(state.n), inputFormat });
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    error = e.message;
  }
  const exact = softmax(z);
  const half = softmaxStable(z, 'float16');
  const maxErr = trace ? Math.max(...trace.probabilities.map((v, i) => Math.abs(v - exact[i]))) : NaN;
  // More than one unit off is not rounding but overflow: the logit wrapped or saturated.
  const clipped = trace ? z.flatMap((v, i) => (Math.abs((trace?.inputs[i] ?? v) - v) >= 1 ? [i] : [])) : [];
  const rows: Row[] = trace
    ? [
        [t('fixed.inputs', { fmt: formatLabel(inputFormat) }), trace.inputs, 'fx-in'],
        [t('fixed.exps'), trace.exps, 'fx-exp'],
        [t('fixed.out'), trace.probabilities, 'fx-out'],
        [t('fixed.half'), Array.from(half), 'fx-half'],
        [t('fixed.exact'), Array.from(exact), 'fx-exact'],
      ]
    : [];
  return (
    <WidgetFrame widget={fixedSoftmaxWidget} title={t('fixed.title')}>
      <div className="controls">
        <LogitsField label={t('logits')} value={z} maxLength={8} onChange={(v) => set({ z: v })} invalidMessage={(s) => t('badLogits', { text: s })} />
        <Segmented
          label={t('fixed.impl')}
          value={state.impl}
          options={[
            { value: 'stable', label: t('fixed.stable') },
            { value: 'latency', label: t('fixed.latency') },
          ]}
          onChange={(v) => set({ impl: v })}
        />
        <Segmented label={t('fixed.ovf')} value={state.ovf} options={[{ value: 'WRAP', label: 'AP_WRAP' }, { value: 'SAT', label: 'AP_SAT' }]} onChange={(v) => set({ ovf: v })} />
        <SelectField label={t('fixed.table')} value={state.n} options={TABLE_SIZES.map((n) => ({ value: n, label: n }))} onChange={(v) => set({ n: v })} />
      </div>
      <PasteNumbers what="logits" value={z} onChange={(v) => set({ z: v })} widgetId={fixedSoftmaxWidget.id} {...pasteLimits(fixedSoftmaxWidget.schema.z)} />
      {error && <p className="inline-error" role="alert">{error}</p>}
      {trace && (
        <>
          <p className="readout" aria-live="polite" data-testid="fx-summary">
            {t('fixed.summary', { sum: cell(trace.sum), inv: cell(trace.inverse), err: cell(maxErr, 3) })}
          </p>
          {clipped.map((i) => (
            <p key={i} className="notice" data-testid={`fx-clipped-${i}`}>
              {t(state.ovf === 'WRAP' ? 'fixed.wrapped' : 'fixed.saturated', { i: i + 1, z: cell(z[i]), got: cell(trace?.inputs[i] ?? NaN), fmt: formatLabel(inputFormat), lo: cell(range.min, 8), hi: cell(range.max, 8) })}
            </p>
          ))}
          <ScrollBox label={t('fixed.caption')}>
            <table className="num-table">
              <caption className="sr-only">{t('fixed.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fixed.step')}</th>
                  {z.map((_, i) => (
                    <th key={i} scope="col">
                      i = {i + 1}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(([label, vals, id]) => (
                  <tr key={id} data-testid={id}>
                    <th scope="row">{label}</th>
                    {vals.map((v, i) => (
                      <td key={i} className={id === 'fx-in' && clipped.includes(i) ? 'bad' : undefined}>
                        {cell(v)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
        </>
      )}
    </WidgetFrame>
  );
}
