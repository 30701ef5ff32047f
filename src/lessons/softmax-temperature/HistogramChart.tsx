import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Frame } from '../../components/plot/Frame';
import { BarY } from '../../components/plot/marks/BarY';
import { TickY } from '../../components/plot/marks/TickY';
import { formatPercent } from '../../format/number';
import { pct } from './format';

interface Props {
  /** Accessible name: what the chart shows right now. */
  summary: string;
  words: readonly string[];
  colors: readonly string[];
  /** The distribution the tokens were drawn from: drawn as a marker line across each bar. */
  probs: ArrayLike<number>;
  /** The sampled shares: drawn as the bars. */
  freqs: ArrayLike<number>;
  probLabel: string;
  freqLabel: string;
}

const percentTick = (v: number) => formatPercent(v);

/**
 * Sampled share per word as bars (BarY), with the true probability as a tick across each
 * bar (TickY), so "how close is the histogram" reads as "how far is the bar top from the
 * line" — one band per word keeps it legible at 390 px, where paired bars would collide.
 */
export function HistogramChart({ summary, words, colors, probs, freqs, probLabel, freqLabel }: Props) {
  const { t } = useTranslation();
  const bars = words.map((w, i) => ({ id: w, value: freqs[i], color: colors[i], valueText: pct(freqs[i]), textAt: probs[i] }));
  const ticks = words.map((w, i) => ({ id: w, value: probs[i] }));
  const legend = useMemo(
    () => [
      { id: 'freq', label: freqLabel, color: 'var(--muted)', swatch: 'box' as const },
      { id: 'prob', label: probLabel, color: 'var(--text)', dash: '5 2' },
    ],
    [freqLabel, probLabel],
  );
  const table = { columns: [t('widget.plotItem'), freqLabel, probLabel], rows: words.map((w, i) => [w, freqs[i], probs[i]]), rowHeader: true };
  return (
    <Frame
      summary={summary}
      className="bar-chart st-hist"
      x={{ type: 'band', domain: words, padding: 0.3 }}
      y={{ domain: [0, 1], ticks: 5, format: percentTick }}
      height={220}
      margin={{ top: 22 }}
      legend={legend}
      table={table}
    >
      <BarY data={bars} format={pct} />
      <TickY data={ticks} dash="5 2" />
    </Frame>
  );
}
