import { useId } from 'react';
import { useWidth } from './plot/useWidth';
import { formatNumber } from './plot/scales';

export type SegmentFill = 'solid' | 'hatch' | 'dots';

export interface StackSegment {
  id: string;
  label: string;
  value: number;
  color: string;
  /** A second cue besides colour, so segments stay apart in greyscale and for colour-blind readers. */
  fill?: SegmentFill;
}

export interface StackRow {
  id: string;
  label: string;
  segments: readonly StackSegment[];
  /** Text after the bar (e.g. the total); defaults to the formatted sum. */
  totalText?: string;
}

export interface StackedBarsProps {
  /** Accessible name: what the bars show right now. */
  summary: string;
  rows: readonly StackRow[];
  /** Upper end of the value axis; defaults to the largest row total. */
  max?: number;
  format?: (v: number) => string;
}

const ROW_H = 26;
const LABEL_H = 18;
const GAP = 12;
const RIGHT = 64;
// Value text drawn over any segment colour: a halo in the page colour keeps it legible.
const HALO = { fill: 'var(--text)', stroke: 'var(--surface)', strokeWidth: 3, paintOrder: 'stroke', fontSize: 12, fontFamily: 'var(--mono)' } as const;

/**
 * Horizontal stacked bars, one row per item: parts of a whole (shares of a loss) or a sum
 * drawn as its terms (CE = H + KL). Row labels sit above the bars so long names fit on a
 * phone. Segment values are written inside when they fit; the legend names the parts.
 */
export function StackedBars({ summary, rows, max, format = (v) => formatNumber(v, 3) }: StackedBarsProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const totals = rows.map((r) => r.segments.reduce((a, s) => a + (Number.isFinite(s.value) ? Math.max(0, s.value) : 0), 0));
  const hi = max ?? Math.max(1e-12, ...totals);
  const innerW = Math.max(60, width - RIGHT);
  const sx = (v: number) => (Math.max(0, Math.min(hi, v)) / hi) * innerW;
  const height = rows.length * (ROW_H + LABEL_H + GAP);
  const legend = new Map<string, StackSegment>();
  rows.forEach((r) => r.segments.forEach((s) => legend.set(s.id, s)));
  const patternId = (fill: SegmentFill | undefined) => (fill && fill !== 'solid' ? `${uid}-${fill}` : null);

  return (
    <div className="stacked-bars" ref={ref}>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={summary}>
        <defs>
          <pattern id={`${uid}-hatch`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line x1="0" y1="0" x2="0" y2="6" stroke="var(--surface)" strokeWidth="2.2" strokeOpacity="0.75" />
          </pattern>
          <pattern id={`${uid}-dots`} width="6" height="6" patternUnits="userSpaceOnUse">
            <circle cx="3" cy="3" r="1.3" fill="var(--surface)" fillOpacity="0.8" />
          </pattern>
        </defs>
        {rows.map((r, ri) => {
          const y = ri * (ROW_H + LABEL_H + GAP);
          let acc = 0;
          return (
            <g key={r.id} data-row={r.id} transform={`translate(0,${y})`}>
              <text className="stack-label" y={13} fill="var(--text)" fontSize={13}>
                {r.label}
              </text>
              <g transform={`translate(0,${LABEL_H})`}>
                <rect width={innerW} height={ROW_H} fill="var(--surface-2)" rx={3} />
                {r.segments.map((s) => {
                  const x0 = sx(acc);
                  acc += Number.isFinite(s.value) ? Math.max(0, s.value) : hi;
                  const w = Math.max(0, sx(acc) - x0);
                  const pid = patternId(s.fill);
                  const text = format(s.value);
                  return (
                    <g key={s.id} data-segment={s.id}>
                      <rect x={x0} width={w} height={ROW_H} fill={s.color} />
                      {pid && <rect x={x0} width={w} height={ROW_H} fill={`url(#${pid})`} />}
                      {w > text.length * 7.5 + 8 && (
                        <text className="stack-value" x={x0 + w / 2} y={ROW_H / 2} dy="0.35em" textAnchor="middle" {...HALO}>
                          {text}
                        </text>
                      )}
                    </g>
                  );
                })}
                <text className="stack-total" x={innerW + 6} y={ROW_H / 2} dy="0.35em" fill="var(--text)" fontSize={12} fontFamily="var(--mono)">
                  {r.totalText ?? format(totals[ri])}
                </text>
              </g>
            </g>
          );
        })}
      </svg>
      <ul className="plot-legend" aria-hidden="true">
        {[...legend.values()].map((s) => {
          const pid = patternId(s.fill);
          return (
            <li key={s.id}>
              <svg width="18" height="12">
                <rect width="18" height="12" fill={s.color} />
                {pid && <rect width="18" height="12" fill={`url(#${pid})`} />}
              </svg>
              {s.label}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
