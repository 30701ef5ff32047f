import { memo } from 'react';
import { formatNumber } from '../../format/number';
import type { PlotTable } from './table';

/**
 * The plot's text alternative: its table, folded away by default. Memoised: a slider that
 * moves only a rule or a band over unchanged curves leaves the table's rows alone.
 */
export const PlotDataTable = memo(function PlotDataTable({ table, label }: { table: PlotTable; label: string }) {
  const fmt = (c: number | string) => (typeof c === 'number' ? formatNumber(c) : c);
  return (
    <details className="plot-data">
      <summary>{label}</summary>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) =>
                  j === 0 && table.rowHeader ? (
                    <th key={j} scope="row">
                      {fmt(c)}
                    </th>
                  ) : (
                    <td key={j}>{fmt(c)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
});
