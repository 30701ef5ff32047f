import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contours, geoPath } from 'd3';
import { ZIGZAG_DOMAIN, ZIGZAG_TARGET, quadraticLossGrid, type Sym2, type Vec2 } from '../../engine';
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

/** The loss's level sets, drawn in grid units and scaled to the frame (the grid spans the frame's domain). */
function Contours({ h }: { h: Sym2 }) {
  const f = useFrame();
  const rings = useMemo(() => {
    const grid = quadraticLossGrid(h, G);
    let max = 0;
    for (const v of grid) max = Math.max(max, v);
    // Halving levels: equal spacing on a log scale shows the long valley and the bowl alike.
    const levels = Array.from({ length: LEVELS }, (_, k) => max * 0.5 ** (k + 1));
    const gen = geoPath();
    return contours().size([G, G]).thresholds(levels)(Array.from(grid)).map((c) => gen(c) ?? '');
  }, [h]);
  const k = f.width / (G - 1);
  return (
    <>
      <rect width={f.width} height={f.height} fill="var(--surface-2)" />
      <g transform={`translate(${-k / 2},${-k / 2}) scale(${k})`}>
        {rings.map((d, i) => (
          <path key={i} d={d} fill="none" stroke="var(--muted)" strokeOpacity={0.55} strokeWidth={1} vectorEffect="non-scaling-stroke" />
        ))}
      </g>
    </>
  );
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
