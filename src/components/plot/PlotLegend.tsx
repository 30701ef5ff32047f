import type { Series } from './types';

/**
 * A plot's key: a short line in each series' colour and dash, then its label. Hidden from
 * screen readers, which get the plot's summary and data table instead.
 */
export function PlotLegend({ series }: { series: readonly Pick<Series, 'id' | 'label' | 'color' | 'dash'>[] }) {
  return (
    <ul className="plot-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.id}>
          <svg width="26" height="10">
            <line x1="1" x2="25" y1="5" y2="5" stroke={s.color} strokeWidth={3} strokeDasharray={s.dash} />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
