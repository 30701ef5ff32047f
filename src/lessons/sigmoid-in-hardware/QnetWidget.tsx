import { memo, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { apFixed, formatLabel } from '../../engine';
import { WidgetFrame } from '../../components/WidgetFrame';
import { Slider } from '../../components/Slider';
import { SelectField } from '../../components/fields';
import { Plot } from '../../components/plot/Plot';
import type { Series } from '../../components/plot/types';
import { useWidget } from '../../components/state/useWidget';
import { useOffThread, type OffThreadJob } from '../../components/useOffThread';
import { formatNumber, formatPercent } from '../../format/number';
import { qnetCode } from './qnetCode';
import { rememberWidthSweep, SWEEP_WIDTHS, type QnetResult, type QnetState, type QnetSweepSeries } from './qnetModel';
import { QnetMap } from './QnetMap';
import { QnetProfile } from './QnetProfile';
import { QNET_SIGMOIDS } from './schema';
import { hwQnet } from './widgets';
import { NS } from './strings';
import './hardware.css';

/** Training (first call) and ~20k quantized forward passes: always in the worker. */
const job: OffThreadJob<QnetState, QnetResult> = {
  // Always in the worker (150–640 ms per state on the loaded VM): no inline path, so the
  // trainer stays out of this widget's bundle.
  heavy: () => true,
  worker: () => new Worker(new URL('./qnet.worker.ts', import.meta.url), { type: 'module' }),
};

const LAYERS = [0, 1, 2];

/** A trained 2-8-8-1 classifier run in ap_fixed the way hls4ml generates it, against float64. */
export function QnetWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(hwQnet);
  // URL values are clamped but may be fractional: types take whole bits.
  const params: QnetState = useMemo(
    () => ({ w: state.w.map((v) => Math.round(v)), i: state.i.map((v) => Math.round(v)), sig: state.sig, tab: state.tab }),
    [state.w, state.i, state.sig, state.tab],
  );
  const { outcome, params: shownFor, stale } = useOffThread(job, params);
  useEffect(() => {
    if (outcome?.ok && shownFor) rememberWidthSweep(shownFor, outcome.value);
  }, [outcome, shownFor]);
  const setLayer = (key: 'w' | 'i', l: number, v: number) => set({ [key]: params[key].map((x, k) => (k === l ? v : x)) });
  const sigLabel = (s: string) => t(`qnet.sig.${s}`);
  const types = LAYERS.map((l) => formatLabel(apFixed(params.w[l], Math.min(params.i[l], params.w[l]))));
  const r = outcome?.ok ? outcome.value : null;

  // The code listing follows the answer on screen, not the slider (a key press leaves it alone).
  const code = useMemo(() => (r && shownFor ? qnetCode(shownFor, r.params, r.testX) : undefined), [r, shownFor]);
  return (
    <WidgetFrame widget={hwQnet} title={t('qnet.title')} code={code}>
      <div className="hw-qnet-layers">
        {LAYERS.map((l) => (
          <fieldset key={l} className="hw-format">
            <legend>{t('qnet.layer', { l: l + 1, type: types[l] })}</legend>
            <Slider label={t('qnet.layerW', { l: l + 1 })} value={params.w[l]} min={4} max={24} step={1} onChange={(v) => setLayer('w', l, v)} />
            <Slider label={t('qnet.layerI', { l: l + 1 })} value={params.i[l]} min={1} max={12} step={1} onChange={(v) => setLayer('i', l, v)} />
          </fieldset>
        ))}
      </div>
      <div className="controls">
        <SelectField label={t('qnet.sigmoid')} value={state.sig} options={QNET_SIGMOIDS.map((s) => ({ value: s, label: sigLabel(s) }))} onChange={(v) => set({ sig: v })} />
        {(params.sig === 'hls4ml' || params.sig === 'lut') && (
          <Slider label={t('qnet.table')} value={params.tab} min={4} max={12} step={1} format={(v) => String(2 ** v)} onChange={(v) => set({ tab: v })} />
        )}
      </div>

      <div className={stale ? 'hw-qnet-out stale' : 'hw-qnet-out'} aria-busy={stale || !r}>
        <p className="readout" aria-live="polite" data-testid="qnet-readout">
          {!outcome
            ? t('qnet.training')
            : !outcome.ok
              ? t('qnet.error', { message: outcome.message })
              : t('qnet.result', {
                  types: types.join(' → '),
                  sig: sigLabel(params.sig),
                  float: formatPercent(outcome.value.evaluation.accuracyFloat, 1),
                  quant: formatPercent(outcome.value.evaluation.accuracyQuant, 1),
                  flips: formatPercent(outcome.value.evaluation.flipRate, 1),
                  maxErr: formatNumber(outcome.value.evaluation.maxProbError, 3),
                  n: outcome.value.evaluation.n,
                })}
        </p>
        {r && (
          <>
            <div className="hw-qnet-grid">
              <QnetMap map={r.map} />
              <SweepPlot sweep={r.sweep} floatAcc={r.evaluation.accuracyFloat} />
            </div>
            <QnetProfile rows={r.profile} />
            <p className="hw-table-note" data-testid="qnet-ms">{t('qnet.ms', { ms: formatNumber(r.ms, 2) })}</p>
          </>
        )}
      </div>
    </WidgetFrame>
  );
}

/**
 * Accuracy against W for the chosen sigmoid and the other one. The sweep depends on the integer
 * bits, the sigmoid and the table only (the worker caches it), so a W slider's answer brings the
 * same numbers in a new array: compared by value, the plot is not redrawn for them.
 */
const SweepPlot = memo(
  function SweepPlot({ sweep, floatAcc }: { sweep: readonly QnetSweepSeries[]; floatAcc: number }) {
    const { t } = useTranslation(NS);
    const sigLabel = (s: string) => t(`qnet.sig.${s}`);
    const series: Series[] = sweep.map((s, k) => ({
      id: `acc-${s.sig}`,
      label: t('qnet.accOf', { sig: sigLabel(s.sig) }),
      color: k ? 'var(--c2)' : 'var(--c1)',
      dash: k ? '5 3' : undefined,
      x: SWEEP_WIDTHS,
      y: s.accuracy,
    }));
    series.push({ id: 'float', label: t('qnet.floatAcc'), color: 'var(--muted)', dash: '2 3', x: SWEEP_WIDTHS, y: SWEEP_WIDTHS.map(() => floatAcc) });
    return (
      <Plot
        summary={t('qnet.sweepSummary', { sigs: sweep.map((s) => sigLabel(s.sig)).join(', '), lo: SWEEP_WIDTHS[0], hi: SWEEP_WIDTHS[SWEEP_WIDTHS.length - 1] })}
        series={series}
        xDomain={[SWEEP_WIDTHS[0], SWEEP_WIDTHS[SWEEP_WIDTHS.length - 1]]}
        yDomain={[0, 1]}
        xLabel={t('qnet.bitsAxis')}
        yLabel={t('qnet.accAxis')}
        height={280}
        tableLabel={t('qnet.sweepTable')}
        exportName="hw-qnet-sweep"
      />
    );
  },
  (a, b) => a.floatAcc === b.floatAcc && a.sweep.length === b.sweep.length && a.sweep.every((s, k) => s.sig === b.sweep[k].sig && sameNumbers(s.accuracy, b.sweep[k].accuracy)),
);

function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (!Object.is(a[k], b[k])) return false;
  return true;
}
