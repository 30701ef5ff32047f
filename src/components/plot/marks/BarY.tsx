import type { SVGProps } from 'react';
import { band, continuous, useFrame } from '../context';

export interface BarDatum {
  /** The bar's category on the x band scale; also `g[data-bar]`. */
  id: string;
  value: number;
  color?: string;
  /** Text above the bar instead of the formatted value (e.g. "66.5%"). */
  valueText?: string;
  /** Where the text sits if not on the bar's top: above a reference drawn higher than the bar. */
  textAt?: number;
}

interface BarYProps {
  data: readonly BarDatum[];
  format: (v: number) => string;
  /** Extra props per bar group: the editable bar chart makes each bar a slider. */
  item?: (d: BarDatum, i: number) => SVGProps<SVGGElement>;
  /** A transparent full-height target per bar, so a short bar is easy to grab. */
  hit?: boolean;
}

/** Vertical bars from y = 0 (or the domain's edge nearest it) to each value, the value written above. */
export function BarY({ data, format, item, hit = false }: BarYProps) {
  const f = useFrame();
  const x = band(f.x, 'BarY');
  const y = continuous(f.y, 'BarY');
  const [lo, hi] = y.domain();
  const y0 = y(Math.max(lo, Math.min(hi, 0)));
  const w = x.bandwidth();
  return (
    <>
      {data.map((b, i) => {
        const bx = x(b.id) ?? 0;
        // Off-scale values stop at the frame's edge; non-finite ones draw as a sliver at 0.
        const v = Number.isFinite(b.value) ? Math.max(lo, Math.min(hi, b.value)) : 0;
        const top = Math.min(y(v), y0);
        const textY = b.textAt === undefined || !Number.isFinite(y(b.textAt)) ? top : Math.min(top, y(b.textAt));
        return (
          <g key={b.id} data-bar={b.id} {...item?.(b, i)}>
            {hit && <rect x={bx - 4} width={w + 8} height={f.height} fill="transparent" />}
            <rect x={bx} y={top} width={w} height={Math.max(Math.abs(y(v) - y0), 1)} rx={3} fill={b.color ?? 'var(--c1)'} />
            <text x={bx + w / 2} y={textY - 6} textAnchor="middle" className="bar-value">
              {b.valueText ?? format(b.value)}
            </text>
          </g>
        );
      })}
    </>
  );
}
