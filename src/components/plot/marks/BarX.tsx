import { band, continuous, useFrame } from '../context';

export interface BarXDatum {
  id: string;
  /** The row: a key of the y band scale. */
  row: string;
  x1: number;
  x2: number;
  fill: string;
  /** A second fill drawn over the first (a hatch or dot pattern, `url(#…)`). */
  pattern?: string;
}

interface BarXProps {
  data: readonly BarXDatum[];
  /** Pixels kept free at the top and bottom of each row's band (room for a label above). */
  inset?: readonly [number, number];
  /** A track behind each row's bars, across the whole x range. */
  background?: string;
}

/**
 * Horizontal bars from x1 to x2 within each row's band: stack segments by giving each the
 * previous one's end as its start. Each segment is a `g[data-segment]`, its rect first.
 */
export function BarX({ data, inset = [0, 0], background }: BarXProps) {
  const f = useFrame();
  const x = continuous(f.x, 'BarX');
  const y = band(f.y, 'BarX');
  const h = Math.max(1, y.bandwidth() - inset[0] - inset[1]);
  const top = (row: string) => (y(row) ?? 0) + inset[0];
  const rows = background ? [...new Set(data.map((d) => d.row))] : [];
  return (
    <>
      {rows.map((r) => (
        <rect key={r} className="bar-track" y={top(r)} width={f.width} height={h} fill={background} rx={3} />
      ))}
      {data.map((d) => {
        const a = x(d.x1);
        const w = Math.max(0, x(d.x2) - a);
        return (
          <g key={`${d.row}:${d.id}`} data-segment={d.id}>
            <rect x={a} y={top(d.row)} width={w} height={h} fill={d.fill} />
            {d.pattern && <rect x={a} y={top(d.row)} width={w} height={h} fill={d.pattern} />}
          </g>
        );
      })}
    </>
  );
}
