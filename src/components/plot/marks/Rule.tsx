import { useFrame, continuous } from '../context';

interface RuleProps {
  stroke?: string;
  /** In pixels: a rule keeps its width whatever the domain (a band in data units would not). */
  strokeWidth?: number;
  dash?: string;
  opacity?: number;
  className?: string;
}

const inside = (v: number, [a, b]: number[]) => Number.isFinite(v) && v >= Math.min(a, b) && v <= Math.max(a, b);

/** A vertical line across the frame at data x (the current value of a slider, x = 0). Nothing when x is off the plot. */
export function RuleX({ x, stroke = 'var(--text)', strokeWidth = 2, dash, opacity, className = 'rule' }: RuleProps & { x: number }) {
  const f = useFrame();
  const sx = continuous(f.x, 'RuleX');
  if (!inside(x, sx.domain())) return null;
  const px = sx(x);
  return <line className={className} data-x={x} x1={px} x2={px} y1={0} y2={f.height} stroke={stroke} strokeWidth={strokeWidth} strokeDasharray={dash} strokeOpacity={opacity} />;
}

/** A horizontal line across the frame at data y. Nothing when y is off the plot. */
export function RuleY({ y, stroke = 'var(--text)', strokeWidth = 2, dash, opacity, className = 'rule' }: RuleProps & { y: number }) {
  const f = useFrame();
  const sy = continuous(f.y, 'RuleY');
  if (!inside(y, sy.domain())) return null;
  const py = sy(y);
  return <line className={className} data-y={y} x1={0} x2={f.width} y1={py} y2={py} stroke={stroke} strokeWidth={strokeWidth} strokeDasharray={dash} strokeOpacity={opacity} />;
}
