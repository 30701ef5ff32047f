import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SEED, countCategories, sampleCategorical, softmax, totalVariation } from '../../engine';
import { NumberField, Segmented } from '../../components/fields';
import { formatNumber } from '../../components/plot/scales';
import { Slider } from '../../components/Slider';
import { WidgetFrame } from '../../components/WidgetFrame';
import { useWidget } from '../../components/state/useWidget';
import { sampling } from './widgets';
import { NS } from './strings';
import { CANDIDATES, COLORS, T_MAX, T_MIN } from './candidates';
import { SAMPLE_SIZES } from './schema';
import { formatProb, pct } from './format';
import { HistogramChart } from './HistogramChart';
import { LogitFields } from './LogitFields';
import './lesson.css';

const SHOWN_TOKENS = 24;

/** Draw n next words from softmax(z / T) with a seeded generator and hold the histogram against p. */
export function SamplingWidget() {
  const { t } = useTranslation(NS);
  const { state, set } = useWidget(sampling);
  const { z, seed } = state;
  const T = state.t;
  const n = Number(state.n);

  const probs = useMemo(() => softmax(z, T), [z, T]);
  const samples = useMemo(() => sampleCategorical(probs, n, seed), [probs, n, seed]);
  const counts = useMemo(() => countCategories(samples, CANDIDATES.length), [samples]);
  const freqs = Float64Array.from(counts, (c) => c / n);
  const tv = totalVariation(probs, freqs);
  const shown = Array.from(samples.slice(0, SHOWN_TOKENS), (k) => CANDIDATES[k]);

  return (
    <WidgetFrame widget={sampling} title={t('sampling.title')}>
      <div className="controls">
        <Slider label={t('temperature')} value={T} min={T_MIN} max={T_MAX} scale="log" step={0.01} onChange={(v) => set({ t: v })} />
        <Segmented label={t('sampling.n')} value={state.n} options={SAMPLE_SIZES.map((s) => ({ value: s, label: Number(s).toLocaleString('en-US') }))} onChange={(v) => set({ n: v })} />
        <div className="st-seed">
          <NumberField label={t('sampling.seed')} value={seed} min={0} max={MAX_SEED} validate={(v) => (Number.isInteger(v) ? null : t('sampling.seedInteger'))} onChange={(v) => set({ seed: v })} />
          <button type="button" className="button" data-param="seed" onClick={() => set({ seed: seed >= MAX_SEED ? 0 : seed + 1 })}>
            {t('sampling.nextSeed')}
          </button>
        </div>
      </div>
      <details className="st-details">
        <summary>{t('sampling.editLogits')}</summary>
        <LogitFields words={CANDIDATES} logits={z} onChange={(i, v) => set({ z: z.map((x, j) => (j === i ? v : x)) })} />
      </details>
      <p className="st-tokens" data-testid="sampled-tokens">
        <span className="st-tokens-label">{t('sampling.first', { k: Math.min(SHOWN_TOKENS, n) })}</span> {shown.join('\u00a0· ')}
      </p>
      <HistogramChart
        summary={t('sampling.summary', { n, seed, list: CANDIDATES.map((w, i) => `${w} ${pct(freqs[i])} / ${pct(probs[i])}`).join(', ') })}
        words={CANDIDATES}
        colors={COLORS}
        probs={probs}
        freqs={freqs}
        probLabel={t('sampling.probLegend', { T: formatNumber(T) })}
        freqLabel={t('sampling.freqLegend', { n })}
      />
      <div className="table-scroll">
        <table className="num-table">
          <caption className="sr-only">{t('sampling.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.word')}</th>
              <th scope="col">p</th>
              <th scope="col">{t('sampling.count')}</th>
              <th scope="col">{t('sampling.share')}</th>
            </tr>
          </thead>
          <tbody>
            {CANDIDATES.map((w, i) => (
              <tr key={w} data-testid={`row-${w}`} data-p={probs[i]} data-freq={freqs[i]} data-count={counts[i]}>
                <th scope="row">{w}</th>
                <td>{formatProb(probs[i])}</td>
                <td>{counts[i]}</td>
                <td>{formatNumber(freqs[i], 4)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="readout" aria-live="polite" data-testid="tv-readout" data-tv={tv}>
        {t('sampling.tv', { tv: formatNumber(tv, 3), n })}
      </p>
    </WidgetFrame>
  );
}
