import { NS } from './strings';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Plot } from '../../components/plot/Plot';
import { SelectField } from '../../components/fields';
import type { RunHistogram } from './useTrainingRun';

interface Props {
  /** Hidden layers of the run on show. */
  hidden: number;
  /** The layer picked (clamped to the run's layers here). */
  layer: number;
  /** The worker's histogram of the latest paused snapshot (useTrainingRun), or null before one. */
  hist: RunHistogram | null;
  paused: boolean;
  onLayer: (layer: number) => void;
}

/**
 * Pre-activations z of one hidden layer over all training points. Snapshots carry no
 * histogram (it would cost every snapshot a forward pass); for a paused snapshot the worker
 * computes it from its own trainer and useTrainingRun hands it over with that snapshot.
 * Memoised, and the chart in its own memo: a snapshot that leaves the histogram as it was,
 * or a settings change, does not redraw it.
 */
export const PreActHistogram = memo(function PreActHistogram({ hidden, layer, hist, paused, onLayer }: Props) {
  const { t } = useTranslation(NS);
  const l = Math.max(0, Math.min(layer, hidden - 1));
  const options = useMemo(() => Array.from({ length: hidden }, (_, i) => ({ value: String(i), label: t('curves.layer', { l: i + 1 }) })), [hidden, t]);
  return (
    <div className="dr-hist">
      <SelectField label={t('hist.layer')} value={String(l)} options={options} onChange={(v) => onLayer(Number(v))} />
      {!paused && <p className="dr-note">{t('hist.pauseNote')}</p>}
      {hist && <HistChart hist={hist} stale={!paused} />}
    </div>
  );
});

const HistChart = memo(function HistChart({ hist, stale }: { hist: RunHistogram; stale: boolean }) {
  const { t } = useTranslation(NS);
  const { layer, data } = hist;
  const w = (data.hi - data.lo) / data.counts.length;
  const series = useMemo(() => {
    const x = Array.from(data.counts, (_, i) => data.lo + (i + 0.5) * w);
    return [{ id: 'z', label: t('hist.series', { l: layer + 1 }), color: 'var(--c1)', x, y: Array.from(data.counts) }];
  }, [data, w, layer, t]);
  const neg = Array.from(data.counts).reduce((a, c, i) => (data.lo + (i + 1) * w <= 0 ? a + c : a), 0);
  const total = data.counts.reduce((a, c) => a + c, 0);
  return (
    <div className={stale ? 'dr-stale' : undefined}>
      <Plot
        summary={t('hist.summary', { l: layer + 1, neg, total })}
        series={series}
        xDomain={[data.lo, data.hi]}
        yDomain={[0, Math.max(1, ...data.counts)]}
        bands={[{ x0: data.lo, x1: 0 }]}
        xLabel={t('hist.xLabel')}
        yLabel={t('hist.yLabel')}
        height={200}
      />
      <p className="dr-note" data-testid="hist-readout">
        {t('hist.readout', { neg, total })}
      </p>
    </div>
  );
});
