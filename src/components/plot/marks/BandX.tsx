import { useFrame, continuous } from '../context';

/**
 * A shaded x-interval across the full height (a region: where an activation saturates,
 * where a format overflows), clipped to the domain. For a single x use RuleX, whose width
 * is in pixels.
 */
export function BandX({ x0, x1, fill = 'var(--shade)', className = 'band' }: { x0: number; x1: number; fill?: string; className?: string }) {
  const f = useFrame();
  const sx = continuous(f.x, 'BandX');
  const [d0, d1] = sx.domain();
  const a = sx(Math.max(x0, Math.min(d0, d1)));
  const b = sx(Math.min(x1, Math.max(d0, d1)));
  return b > a ? <rect className={className} x={a} width={b - a} height={f.height} fill={fill} /> : null;
}
