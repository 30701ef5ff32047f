import { NS } from './strings';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreActivationHistogram } from '../../engine';
import { Plot } from '../../components/plot/Plot';
import { SelectField } from '../../components/fields';
import type { RunConfig } from '../../workers/protocol';

const BINS = 30;

interface Props {
  cfg: RunConfig;
  /** Changes whenever the paused weights may differ (run id + step). */
  weightsKey: string;
  paused: boolean;
  /** The current run's histogram of hidden layer `layer`, computed in the training worker. */
  histogram: (layer: number, bins: number) => Promise<PreActivationHistogram | null>;
}

/**
 * Pre-activations z of one hidden layer over all training points. Snapshots carry no
 * histogram (it would cost every snapshot a forward pass), so while paused we ask the
 * worker for it once per weights — its own trainer, one forward pass there, nothing here.
 */
export function PreActHistogram({ cfg, weightsKey, paused, histogram }: Props) {
  const { t } = useTranslation(NS);
  const hidden = cfg.layers.length - 2;
  const [layer, setLayer] = useState(0);
  const [hist, setHist] = useState<PreActivationHistogram | null>(null);
  const [error, setError] = useState<string | null>(null);
  const l = Math.min(layer, hidden - 1);

  useEffect(() => {
    if (!paused) return;
    let live = true;
    histogram(l, BINS).then(
      (h) => {
        if (!live || !h) return;
        setHist(h);
        setError(null);
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => {
      live = false;
    };
  }, [weightsKey, paused, histogram, l]);

  const series = useMemo(() => {
    if (!hist) return [];
    const w = (hist.hi - hist.lo) / hist.counts.length;
    const x = Array.from(hist.counts, (_, i) => hist.lo + (i + 0.5) * w);
    return [{ id: 'z', label: t('hist.series', { l: l + 1 }), color: 'var(--c1)', x, y: Array.from(hist.counts) }];
  }, [hist, l, t]);

  const neg = hist ? Array.from(hist.counts).reduce((a, c, i) => (hist.lo + (i + 1) * ((hist.hi - hist.lo) / hist.counts.length) <= 0 ? a + c : a), 0) : 0;
  const total = hist ? hist.counts.reduce((a, c) => a + c, 0) : 0;
  return (
    <div className="dr-hist">
      <SelectField
        label={t('hist.layer')}
        value={String(l)}
        options={Array.from({ length: hidden }, (_, i) => ({ value: String(i), label: t('curves.layer', { l: i + 1 }) }))}
        onChange={(v) => setLayer(Number(v))}
      />
      {!paused && <p className="dr-note">{t('hist.pauseNote')}</p>}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
      {hist && (
        <div className={paused ? undefined : 'dr-stale'}>
          <Plot
            summary={t('hist.summary', { l: l + 1, neg, total })}
            series={series}
            xDomain={[hist.lo, hist.hi]}
            yDomain={[0, Math.max(1, ...hist.counts)]}
            bands={[{ x0: hist.lo, x1: 0 }]}
            xLabel={t('hist.xLabel')}
            yLabel={t('hist.yLabel')}
            height={200}
          />
          <p className="dr-note" data-testid="hist-readout">{t('hist.readout', { neg, total })}</p>
        </div>
      )}
    </div>
  );
}
