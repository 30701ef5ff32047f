import { NS } from './strings';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createTrainer, makeDataset, type PreActivationHistogram } from '../../engine';
import { Plot } from '../../components/plot/Plot';
import { SelectField } from '../../components/fields';
import { withoutDataset, type RunConfig } from '../../workers/protocol';
import { N_POINTS } from './schema';

const BINS = 30;

interface Props {
  cfg: RunConfig;
  /** Changes whenever the paused weights may differ (run id + step). */
  weightsKey: string;
  paused: boolean;
  getWeights: () => Promise<Float64Array | null>;
}

/**
 * Pre-activations z of one hidden layer over all training points. The snapshot has no
 * histogram, so while paused we fetch the weights once, rebuild the same trainer here
 * (same config and seed → same network) and ask the engine. Costs one forward pass.
 */
export function PreActHistogram({ cfg, weightsKey, paused, getWeights }: Props) {
  const { t } = useTranslation(NS);
  const hidden = cfg.layers.length - 2;
  const [layer, setLayer] = useState(0);
  const [hist, setHist] = useState<PreActivationHistogram | null>(null);
  const [error, setError] = useState<string | null>(null);
  const l = Math.min(layer, hidden - 1);

  useEffect(() => {
    if (!paused || cfg.dataset === undefined) return;
    let live = true;
    void getWeights().then((w) => {
      if (!live || !w || cfg.dataset === undefined) return;
      try {
        const data = makeDataset(cfg.dataset.name, N_POINTS, cfg.seed);
        const trainer = createTrainer({ ...withoutDataset(cfg), data });
        trainer.setWeights(w);
        setHist(trainer.preActivationHistogram(l, BINS));
        setError(null);
      } catch (e) {
        if (e instanceof RangeError) setError(e.message);
        else throw e;
      }
    });
    return () => {
      live = false;
    };
  }, [cfg, weightsKey, paused, getWeights, l]);

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
