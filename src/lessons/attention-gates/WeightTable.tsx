import { formatNumber } from '../../components/plot/scales';
import { tokenLabel } from './scores';

export interface WeightColumn {
  /** Used in data-testid="<key>-<token>" so tests read exactly what is shown. */
  key: string;
  label: string;
  values: ArrayLike<number>;
}

interface Props {
  caption: string;
  summary: string;
  tokenHeader: string;
  columns: readonly WeightColumn[];
  /** Extra rows after the tokens, e.g. the weight softmax₁ leaves on "nothing". */
  extra?: readonly { label: string; cells: readonly (number | null)[] }[];
}

/** The bars' numbers as a table: the charts' text alternative, folded away by default. */
export function WeightTable({ caption, summary, tokenHeader, columns, extra = [] }: Props) {
  const rows = columns[0]?.values.length ?? 0;
  return (
    <details className="plot-data">
      <summary>{summary}</summary>
      <div className="table-scroll">
        <table className="num-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{tokenHeader}</th>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => (
              <tr key={i}>
                <th scope="row">{tokenLabel(i)}</th>
                {columns.map((c) => (
                  <td key={c.key} data-testid={`${c.key}-${tokenLabel(i)}`}>
                    {formatNumber(c.values[i], 6)}
                  </td>
                ))}
              </tr>
            ))}
            {extra.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {r.cells.map((v, j) => (
                  <td key={j}>{v === null ? '—' : formatNumber(v, 6)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
