import { band, continuous, useFrame } from '../context';

interface TickYProps {
  /** One tick per category: its band key and its y value. */
  data: readonly { id: string; value: number }[];
  stroke?: string;
  strokeWidth?: number;
  dash?: string;
  /** How far the tick reaches past the band on each side, in pixels. */
  overhang?: number;
}

/** A horizontal tick across each category's band at a y value (a reference level over a bar). */
export function TickY({ data, stroke = 'var(--text)', strokeWidth = 3, dash, overhang = 6 }: TickYProps) {
  const f = useFrame();
  const x = band(f.x, 'TickY');
  const y = continuous(f.y, 'TickY');
  return (
    <>
      {data.map((d) => {
        const bx = x(d.id) ?? 0;
        const py = y(d.value);
        return Number.isFinite(py) ? (
          <line key={d.id} className="tick" data-tick={d.id} x1={bx - overhang} x2={bx + x.bandwidth() + overhang} y1={py} y2={py} stroke={stroke} strokeWidth={strokeWidth} strokeDasharray={dash} />
        ) : null;
      })}
    </>
  );
}
