import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contours, geoPath } from 'd3';
import { ZIGZAG_DOMAIN, ZIGZAG_TARGET, quadraticLevelEllipse, quadraticLossGrid, quadraticMaxOnDomain, type Ellipse, type Sym2, type Vec2 } from '../../engine';
import { Frame } from '../../components/plot/Frame';
import { continuous, useFrame } from '../../components/plot/context';
import { Dot } from '../../components/plot/marks/Dot';
import { Line } from '../../components/plot/marks/Line';
import { RuleX, RuleY } from '../../components/plot/marks/Rule';

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

/**
 * The loss's level sets. The loss is quadratic, so each is an exact ellipse from the engine
 * (centre w*, axes along H's eigenvectors), drawn in data units under one transform and
 * clipped to the frame. Marching squares over an 81 × 81 grid (d3.contours) cost 10–12 ms
 * per seed step for the two panels (issue 20); the ellipses cost microseconds. The grid
 * stays only for an H that is not positive definite, whose level sets are not ellipses.
 */
function Contours({ h }: { h: Sym2 }) {
  const f = useFrame();
  const x = continuous(f.x, 'ContourPanel');
  const y = continuous(f.y, 'ContourPanel');
  const rings = useMemo(() => {
    // Halving levels: equal spacing on a log scale shows the long valley and the bowl alike.
    const max = quadraticMaxOnDomain(h);
    const levels = Array.from({ length: LEVELS }, (_, k) => max * 0.5 ** (k + 1));
    const ellipses = levels.map((l) => quadraticLevelEllipse(h, l));
    return ellipses.every((e) => e !== null) ? { ellipses: ellipses as Ellipse[] } : { paths: gridContours(h, levels) };
  }, [h]);
  const stroke = { fill: 'none', stroke: 'var(--muted)', strokeOpacity: 0.55, strokeWidth: 1, vectorEffect: 'non-scaling-stroke' } as const;
  const k = f.width / (G - 1);
  return (
    <>
      <rect width={f.width} height={f.height} fill="var(--surface-2)" />
      {rings.ellipses ? (
        <g clipPath={f.clip}>
          {/* Data units → pixels (y flips), so each ring is drawn as the engine states it. */}
          <g transform={`translate(${x(0)},${y(0)}) scale(${x(1) - x(0)},${y(1) - y(0)})`}>
            {rings.ellipses.map((e, i) => (
              <ellipse key={i} cx={e.cx} cy={e.cy} rx={e.rx} ry={e.ry} transform={`rotate(${(e.angle * 180) / Math.PI},${e.cx},${e.cy})`} {...stroke} />
            ))}
          </g>
        </g>
      ) : (
        <g transform={`translate(${-k / 2},${-k / 2}) scale(${k})`}>
          {rings.paths.map((d, i) => (
            <path key={i} d={d} {...stroke} />
          ))}
        </g>
      )}
    </>
  );
}

/** Marching squares over the loss on a G × G grid spanning the frame (grid units). */
function gridContours(h: Sym2, levels: number[]): string[] {
  const gen = geoPath();
  return contours().size([G, G]).thresholds(levels)(Array.from(quadraticLossGrid(h, G))).map((c) => gen(c) ?? '');
}

/** The minimum as a star, and the axis names inside the frame's corners. */
function Labels() {
  const f = useFrame();
  const x = continuous(f.x, 'ContourPanel');
  const y = continuous(f.y, 'ContourPanel');
  return (
    <>
      <text x={x(ZIGZAG_TARGET[0])} y={y(ZIGZAG_TARGET[1])} textAnchor="middle" dominantBaseline="central" className="sat-star">
        ★
      </text>
      <text x={6} y={f.height - 8} className="sat-axis-name">
        w₁ →
      </text>
      <text x={6} y={16} className="sat-axis-name">
        ↑ w₂
      </text>
    </>
  );
}

// A diverging run leaves the plot fast: keep its coordinates within a few plot widths (the clip hides the rest).
const [D0, D1] = ZIGZAG_DOMAIN;
const keep = (v: number) => Math.max(D0 - 2 * (D1 - D0), Math.min(D1 + 2 * (D1 - D0), v));

/** Loss contours of one case with the descent path drawn up to `shown` points; the table lists the steps. */
export function ContourPanel({ summary, title, h, path, shown, color, marker }: Props) {
  const { t } = useTranslation();
  const steps = useMemo(() => path.slice(0, shown), [path, shown]);
  const line = useMemo(() => ({ x: steps.map((p) => keep(p[0])), y: steps.map((p) => keep(p[1])) }), [steps]);
  const dots = useMemo(() => steps.map(([a, b]) => ({ x: keep(a), y: keep(b) })), [steps]);
  const table = useMemo(() => ({ columns: [t('widget.plotStep'), 'w₁', 'w₂'], rows: steps.map((p, i) => [i, p[0], p[1]]), rowHeader: true }), [steps, t]);
  return (
    <Frame
      summary={summary}
      className="sat-contour"
      title={title}
      square={420}
      x={{ domain: ZIGZAG_DOMAIN, axis: false }}
      y={{ domain: ZIGZAG_DOMAIN, axis: false }}
      table={table}
    >
      <Contours h={h} />
      <RuleX x={0} stroke="var(--border)" strokeWidth={1} />
      <RuleY y={0} stroke="var(--border)" strokeWidth={1} />
      <Line x={line.x} y={line.y} stroke={color} strokeWidth={2.5} />
      <Dot data={dots} fill={color} shape={marker} r={3.5} clip />
      <Labels />
    </Frame>
  );
}
