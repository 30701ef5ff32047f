import { scaleBand, scaleLinear } from 'd3';
import { useWidth } from '../../components/plot/useWidth';
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

const M = { top: 22, right: 8, bottom: 30, left: 40 };
const H = 220;

/**
 * Sampled share per word as bars, with the true probability as a marker across each bar,
 * so "how close is the histogram" reads as "how far is the bar top from the line" —
 * one band per word keeps it legible at 390 px, where paired bars would collide.
 */
export function HistogramChart({ summary, words, colors, probs, freqs, probLabel, freqLabel }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const innerW = Math.max(60, width - M.left - M.right);
  const innerH = H - M.top - M.bottom;
  const x = scaleBand<string>().domain(words).range([0, innerW]).padding(0.3);
  const y = scaleLinear().domain([0, 1]).range([innerH, 0]);
  const bw = x.bandwidth();
  return (
    <div className="st-hist">
      <ul className="plot-legend" aria-hidden="true">
        <li>
          <svg width="26" height="12">
            <rect x="4" y="1" width="18" height="10" fill="var(--muted)" />
          </svg>
          {freqLabel}
        </li>
        <li>
          <svg width="26" height="12">
            <line x1="1" x2="25" y1="6" y2="6" stroke="var(--text)" strokeWidth={3} strokeDasharray="5 2" />
          </svg>
          {probLabel}
        </li>
      </ul>
      <div className="bar-chart" ref={ref}>
        <svg viewBox={`0 0 ${width} ${H}`} width={width} height={H} role="img" aria-label={summary}>
          <g transform={`translate(${M.left},${M.top})`}>
            {y.ticks(5).map((t) => (
              <g key={t} transform={`translate(0,${y(t)})`} className="axis" aria-hidden="true">
                <line className="gridline" x2={innerW} />
                <text x={-6} dy="0.32em" textAnchor="end">
                  {`${Math.round(t * 100)}%`}
                </text>
              </g>
            ))}
            {words.map((w, i) => {
              const bx = x(w) ?? 0;
              const fy = y(freqs[i]);
              const py = y(probs[i]);
              return (
                <g key={w} data-hist={w}>
                  <rect x={bx} y={fy} width={bw} height={Math.max(innerH - fy, 1)} rx={3} fill={colors[i]} />
                  <line x1={bx - 6} x2={bx + bw + 6} y1={py} y2={py} stroke="var(--text)" strokeWidth={3} strokeDasharray="5 2" />
                  <text x={bx + bw / 2} y={Math.min(fy, py) - 6} textAnchor="middle" className="bar-value">
                    {pct(freqs[i])}
                  </text>
                  <text x={bx + bw / 2} y={innerH + 20} textAnchor="middle" className="bar-label">
                    {w}
                  </text>
                </g>
              );
            })}
          </g>
        </svg>
      </div>
    </div>
  );
}
