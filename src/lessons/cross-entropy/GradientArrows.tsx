import { useWidth } from '../../components/plot/useWidth';
import { formatNumber } from '../../components/plot/scales';

export interface Arrow {
  id: string;
  label: string;
  value: number;
  color: string;
  dash?: string;
}

interface Props {
  summary: string;
  arrows: readonly Arrow[];
  /** Half-width of the scale: values in [−range, range]. */
  range?: number;
}

const ROW = 40;
const PAD = 14;

/**
 * One horizontal arrow per gradient, from 0 to its value on a shared scale, with the number
 * at the tip. The direction the logit will move under gradient descent is the opposite one.
 */
export function GradientArrows({ summary, arrows, range = 1 }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const w = Math.max(120, width);
  const x = (v: number) => PAD + ((Math.max(-range, Math.min(range, v)) + range) / (2 * range)) * (w - 2 * PAD);
  const h = arrows.length * ROW + 14;
  return (
    <div ref={ref} className="grad-arrows">
      <svg viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-label={summary}>
        <defs>
          {arrows.map((a) => (
            <marker key={a.id} id={`head-${a.id}`} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill={a.color} />
            </marker>
          ))}
        </defs>
        <line x1={x(0)} x2={x(0)} y1={0} y2={h - 14} stroke="var(--muted)" />
        {[-range, 0, range].map((v) => (
          <text key={v} x={x(v)} y={h - 2} textAnchor="middle" fill="var(--muted)" fontSize={11}>
            {formatNumber(v)}
          </text>
        ))}
        {arrows.map((a, i) => {
          const y = i * ROW + 24;
          const tip = x(a.value);
          const long = Math.abs(tip - x(0)) > 4;
          const right = a.value >= 0;
          return (
            <g key={a.id} data-arrow={a.id}>
              <text x={PAD} y={y - 10} fontSize={12} fill="var(--text)">
                {a.label} = {formatNumber(a.value, 4)}
              </text>
              {long ? (
                <line x1={x(0)} x2={tip} y1={y} y2={y} stroke={a.color} strokeWidth={4} strokeDasharray={a.dash} markerEnd={`url(#head-${a.id})`} />
              ) : (
                <circle cx={x(0)} cy={y} r={4} fill={a.color} />
              )}
              <text x={right ? Math.min(tip + 6, w - 4) : Math.max(tip - 6, 4)} y={y + 4} fontSize={11} fill="var(--muted)" textAnchor={right ? 'start' : 'end'} aria-hidden="true">
                {long ? '' : '≈ 0'}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
