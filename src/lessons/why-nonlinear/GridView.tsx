import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Frame } from '../../components/plot/Frame';
import { Line } from '../../components/plot/marks/Line';
import { tableCsv, type PlotTable } from '../../components/plot/table';
import { formatNumber } from '../../format/number';

export interface DrawnLine {
  id: string;
  axis: 'v' | 'h';
  /** The original line's position: the x = 0 and y = 0 lines are drawn heavier. */
  at: number;
  points: Float64Array; // (x, y) interleaved
}

interface Props {
  title: string;
  summary: string;
  lines: readonly DrawnLine[];
  /** Half-width of the square shown. */
  extent: number;
}

/** Each line's points as [name, x, y] rows, every `stride`-th point (and the last). */
function lineRows(lines: readonly DrawnLine[], stride: (n: number) => number): PlotTable['rows'] {
  return lines.flatMap((l) => {
    const n = l.points.length / 2;
    const s = Math.max(1, stride(n));
    const name = `${l.axis === 'v' ? 'x' : 'y'} = ${formatNumber(l.at)}`;
    const ks = Array.from({ length: Math.ceil(n / s) }, (_, i) => i * s);
    if (ks[ks.length - 1] !== n - 1) ks.push(n - 1);
    return ks.map((k) => [name, l.points[2 * k], l.points[2 * k + 1]]);
  });
}

interface Split {
  drawn: { l: DrawnLine; x: Float64Array; y: Float64Array }[];
  rows: PlotTable['rows'];
}

// Per lines array: the collapse widget hands back the same arrays for a stack it has shown
// before (collapse.ts stackView), so stepping back costs no re-splitting (issue 20).
const splits = new WeakMap<readonly DrawnLine[], Split>();

/** Each line's x and y apart (what Line draws), and the table's rows: five points per line (every point in the CSV). */
function split(lines: readonly DrawnLine[]): Split {
  let s = splits.get(lines);
  if (!s) {
    const drawn = lines.map((l) => {
      const n = l.points.length / 2;
      return { l, x: Float64Array.from({ length: n }, (_, k) => l.points[2 * k]), y: Float64Array.from({ length: n }, (_, k) => l.points[2 * k + 1]) };
    });
    s = { drawn, rows: lineRows(lines, (n) => Math.ceil((n - 1) / 4)) };
    splits.set(lines, s);
  }
  return s;
}

/**
 * A square view of the plane with grid lines drawn as Line marks. Lines that were vertical
 * are solid in --c1, lines that were horizontal dashed in --c2: colour and dash tell the
 * two families apart even after a map has twisted them. Each row of the table names an
 * original line (x = c or y = c) and a point of its image.
 */
export function GridView({ title, summary, lines, extent }: Props) {
  const { t } = useTranslation();
  const parts = useMemo(() => split(lines), [lines]);
  const { drawn } = parts;
  const table = useMemo(() => ({ columns: [t('widget.plotItem'), 'x', 'y'], rows: parts.rows, rowHeader: true }), [parts, t]);
  return (
    <Frame
      summary={summary}
      className="grid-view"
      title={title}
      titleClassName="grid-view-title"
      square={360}
      x={{ domain: [-extent, extent], ticks: 4, grid: false }}
      y={{ domain: [-extent, extent], ticks: 4, grid: false }}
      table={table}
      csv={() => tableCsv({ columns: table.columns, rows: lineRows(lines, () => 1) })}
    >
      {drawn.map(({ l, x, y }) => (
        <Line
          key={l.id}
          className="grid-line"
          x={x}
          y={y}
          stroke={l.axis === 'v' ? 'var(--c1)' : 'var(--c2)'}
          strokeWidth={Math.abs(l.at) < 1e-12 ? 3 : 1.4}
          dash={l.axis === 'h' ? '5 3' : undefined}
        />
      ))}
    </Frame>
  );
}
