import { formatNumber } from './scales';
import type { Series } from './types';

/** The plot's text alternative: a sampled table of every series, folded away by default. */
export function PlotDataTable({ series, label, rows = 25 }: { series: readonly Series[]; label: string; rows?: number }) {
  const first = series[0];
  // Nothing to tabulate yet (e.g. a training run before its first snapshot).
  if (!first || first.x.length === 0) return null;
  const n = first.x.length;
  const stride = Math.max(1, Math.floor((n - 1) / (rows - 1)));
  const idx: number[] = [];
  for (let i = 0; i < n; i += stride) idx.push(i);
  if (idx[idx.length - 1] !== n - 1) idx.push(n - 1);
  return (
    <details className="plot-data">
      <summary>{label}</summary>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">x</th>
              {series.map((s) => (
                <th key={s.id} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {idx.map((i) => (
              <tr key={i}>
                <td>{formatNumber(first.x[i])}</td>
                {series.map((s) => (
                  <td key={s.id}>{formatNumber(s.y[i])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
