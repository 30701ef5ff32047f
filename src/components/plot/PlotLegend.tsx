import { memo } from 'react';
import { symbolPath, type MarkerShape } from './symbols';

/** One key entry: a line (curves), a filled box (bars, regions) or a marker shape (points). */
export interface LegendItem {
  id: string;
  label: string;
  /** A CSS colour, usually a var(--cN) token so themes apply. */
  color: string;
  dash?: string;
  swatch?: 'line' | 'box' | MarkerShape;
  /** A second fill over a box (e.g. `url(#hatch)`), the pattern a bar segment carries. */
  pattern?: string;
}

/**
 * A plot's key: each entry's swatch, then its label. Hidden from screen readers, which get
 * the plot's summary and data table instead.
 */
export const PlotLegend = memo(function PlotLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="plot-legend" aria-hidden="true">
      {items.map((s) => (
        <li key={s.id}>
          <Swatch item={s} />
          {s.label}
        </li>
      ))}
    </ul>
  );
});

function Swatch({ item }: { item: LegendItem }) {
  const kind = item.swatch ?? 'line';
  if (kind === 'line') {
    return (
      <svg width="26" height="10">
        <line x1="1" x2="25" y1="5" y2="5" stroke={item.color} strokeWidth={3} strokeDasharray={item.dash} />
      </svg>
    );
  }
  if (kind === 'box') {
    return (
      <svg width="18" height="12">
        <rect width="18" height="12" fill={item.color} />
        {item.pattern && <rect width="18" height="12" fill={item.pattern} />}
      </svg>
    );
  }
  return (
    <svg width="16" height="16">
      <path transform="translate(8,8)" d={symbolPath(kind, 5)} {...(kind === 'times' ? { stroke: item.color, strokeWidth: 2, fill: 'none' } : { fill: item.color })} />
    </svg>
  );
}
