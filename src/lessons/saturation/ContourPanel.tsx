import { useMemo } from 'react';
import { contours, geoPath, scaleLinear } from 'd3';
import { ZIGZAG_DOMAIN, ZIGZAG_TARGET, quadraticLossGrid, type Sym2, type Vec2 } from '../../engine';

const SIZE = 300;
const G = 81;
const LEVELS = 10;

interface Props {
  summary: string;
  title: string;
  h: Sym2;
  path: readonly Vec2[];
  shown: number;
  color: string;
  marker: 'circle' | 'square';
}

/** Loss contours of one case with the descent path drawn up to `shown` points. */
export function ContourPanel({ summary, title, h, path, shown, color, marker }: Props) {
  const rings = useMemo(() => {
    const grid = quadraticLossGrid(h, G);
    let max = 0;
    for (const v of grid) max = Math.max(max, v);
    // Halving levels: equal spacing on a log scale shows the long valley and the bowl alike.
    const levels = Array.from({ length: LEVELS }, (_, k) => max * 0.5 ** (k + 1));
    const gen = geoPath();
    return contours().size([G, G]).thresholds(levels)(Array.from(grid)).map((c) => gen(c) ?? '');
  }, [h]);
  const x = scaleLinear().domain(ZIGZAG_DOMAIN).range([0, SIZE]);
  const y = scaleLinear().domain(ZIGZAG_DOMAIN).range([SIZE, 0]);
  const clip = (v: number) => Math.max(-SIZE, Math.min(2 * SIZE, v));
  const pts = path.slice(0, shown).map(([a, b]) => [clip(x(a)), clip(y(b))] as const);
  const k = SIZE / (G - 1);
  return (
    <figure className="sat-contour">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={summary}>
        <defs>
          <clipPath id={`clip-${marker}`}>
            <rect width={SIZE} height={SIZE} />
          </clipPath>
        </defs>
        <rect width={SIZE} height={SIZE} fill="var(--surface-2)" />
        <g transform={`translate(${-k / 2},${-k / 2}) scale(${k})`}>
          {rings.map((d, i) => (
            <path key={i} d={d} fill="none" stroke="var(--muted)" strokeOpacity={0.55} strokeWidth={1} vectorEffect="non-scaling-stroke" />
          ))}
        </g>
        <line x1={x(0)} x2={x(0)} y1={0} y2={SIZE} stroke="var(--border)" />
        <line x1={0} x2={SIZE} y1={y(0)} y2={y(0)} stroke="var(--border)" />
        <g clipPath={`url(#clip-${marker})`}>
          <polyline points={pts.map((p) => p.join(',')).join(' ')} fill="none" stroke={color} strokeWidth={2.5} strokeLinejoin="round" />
          {pts.map(([px, py], i) =>
            marker === 'circle' ? (
              <circle key={i} cx={px} cy={py} r={3.5} fill={color} />
            ) : (
              <rect key={i} x={px - 3.5} y={py - 3.5} width={7} height={7} fill={color} />
            ),
          )}
        </g>
        <text x={x(ZIGZAG_TARGET[0])} y={y(ZIGZAG_TARGET[1])} textAnchor="middle" dominantBaseline="central" className="sat-star">
          ★
        </text>
        <text x={6} y={SIZE - 8} className="sat-axis-name">w₁ →</text>
        <text x={6} y={16} className="sat-axis-name">↑ w₂</text>
      </svg>
    </figure>
  );
}
