import { formatNumber } from '../../format/number';
import type { Series } from './types';

/**
 * Every plot's text alternative and CSV: a table of plain values. Numbers stay numbers here,
 * so the table shows them through formatNumber and the CSV keeps full precision.
 */
export type Cell = number | string;

export interface PlotTable {
  columns: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** The first cell of each row names it (a <th scope="row">). */
  rowHeader?: boolean;
}

/**
 * Curves sampled on the first series' x grid, about `rows` rows, always including the last
 * sample. Plots draw series on one grid; the CSV export has every sample of each.
 */
export function seriesTable(series: readonly Series[], rows = 25): PlotTable {
  const first = series[0];
  const n = first ? first.x.length : 0;
  const idx: number[] = [];
  if (n > 0) {
    const stride = Math.max(1, Math.floor((n - 1) / (rows - 1)));
    for (let i = 0; i < n; i += stride) idx.push(i);
    if (idx[idx.length - 1] !== n - 1) idx.push(n - 1);
  }
  return {
    columns: ['x', ...series.map((s) => s.label)],
    rows: idx.map((i) => [first.x[i], ...series.map((s) => (i < s.y.length ? s.y[i] : NaN))]),
  };
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The table as CSV: text quoted, numbers at full precision. */
export function tableCsv(table: PlotTable): string {
  const cell = (c: Cell) => (typeof c === 'number' ? String(c) : quote(c));
  return [table.columns.map(quote).join(','), ...table.rows.map((r) => r.map(cell).join(','))].join('\n') + '\n';
}

/** CSV with one x column per series (series may sample different x grids). */
export function seriesCsv(series: readonly Series[]): string {
  const header = series.flatMap((s) => [quote(`${s.label} x`), quote(s.label)]).join(',');
  const n = Math.max(0, ...series.map((s) => s.x.length));
  const rows: string[] = [header];
  for (let i = 0; i < n; i++) {
    rows.push(series.flatMap((s) => (i < s.x.length ? [String(s.x[i]), String(s.y[i])] : ['', ''])).join(','));
  }
  return rows.join('\n') + '\n';
}

/**
 * A g×g grid (row 0 = top) over [x0, x1] × [y0, y1], sampled to about `n`×`n` cells for the
 * table: rows are y from top to bottom, columns x from left to right, values at cell centres.
 */
export function gridTable(values: ArrayLike<number>, g: number, [x0, x1, y0, y1]: readonly [number, number, number, number], n = 9): PlotTable {
  const pick = Array.from(new Set(Array.from({ length: Math.min(n, g) }, (_, k) => Math.round((k * (g - 1)) / Math.max(1, Math.min(n, g) - 1)))));
  const cx = (i: number) => x0 + ((i + 0.5) / g) * (x1 - x0);
  const cy = (j: number) => y1 - ((j + 0.5) / g) * (y1 - y0);
  return {
    columns: ['y \\ x', ...pick.map((i) => formatNumber(cx(i), 3))],
    rows: g === 0 || values.length < g * g ? [] : pick.map((j) => [cy(j), ...pick.map((i) => values[j * g + i])]),
    rowHeader: true,
  };
}

/** The full grid as CSV rows x, y, value (cell centres). */
export function gridCsv(values: ArrayLike<number>, g: number, [x0, x1, y0, y1]: readonly [number, number, number, number], name = 'value'): string {
  const rows: string[] = [`"x","y",${quote(name)}`];
  for (let j = 0; j < g && values.length >= g * g; j++) {
    for (let i = 0; i < g; i++) rows.push(`${x0 + ((i + 0.5) / g) * (x1 - x0)},${y1 - ((j + 0.5) / g) * (y1 - y0)},${values[j * g + i]}`);
  }
  return rows.join('\n') + '\n';
}
