import { memo, useId, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { contours, geoPath } from 'd3';
import { covarianceEllipse2D, type Cov2 } from '../../engine';
import { Frame } from '../../components/plot/Frame';
import { Raster } from '../../components/plot/marks/Raster';
import { continuous, useFrame } from '../../components/plot/context';
import { gridCsv, gridTable } from '../../components/plot/table';
import type { LegendItem } from '../../components/plot/PlotLegend';
import { svgTabStop } from '../../components/svgFocus';
import { PLANE_EXTENT } from './schema';

const E = PLANE_EXTENT;
const BOX = [-E, E, -E, E] as const;
/** Class 2 (P → 0) through the page colour (P = ½) to class 1 (P → 1). */
const RAMP = ['var(--c2)', 'var(--bg)', 'var(--c1)'] as const;
/** Means stay inside the schema's range; keys step by 0.1, with Shift by 0.5. */
const MEAN_MAX = 3.5;

export interface MeanHandle {
  /** 1 or 2. */
  k: 1 | 2;
  x: number;
  y: number;
  cov: Cov2;
  label: string;
}

interface Props {
  summary: string;
  legend: readonly LegendItem[];
  posterior: Float64Array;
  grid: number;
  handles: readonly [MeanHandle, MeanHandle];
  onMove: (k: 1 | 2, x: number, y: number) => void;
}

const snap = (v: number) => Math.round(Math.min(MEAN_MAX, Math.max(-MEAN_MAX, v)) * 10) / 10;

/** The P = ½ level of the posterior grid: d3's marching squares in grid units, scaled to the frame. */
function Boundary({ posterior, grid }: { posterior: Float64Array; grid: number }) {
  const f = useFrame();
  const d = useMemo(() => {
    // d3 only indexes the values (its own density grids are Float32Arrays): no 6.6k-element copy per step.
    const [ring] = contours().size([grid, grid]).thresholds([0.5])(posterior as unknown as number[]);
    return ring ? (geoPath()(ring) ?? '') : '';
  }, [posterior, grid]);
  // d3 closes each region along the grid's edge; a clip 1.5 px inside the plot keeps only the curve.
  const clipId = `ws-inset-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const k = f.width / grid;
  return (
    <g clipPath={`url(#${clipId})`}>
      <clipPath id={clipId}>
        <rect x={1.5} y={1.5} width={Math.max(0, f.width - 3)} height={Math.max(0, f.height - 3)} />
      </clipPath>
      <g transform={`scale(${k})`}>
        <path className="ws-boundary" d={d} fill="none" stroke="var(--text)" strokeWidth={2.5} strokeDasharray="8 5" vectorEffect="non-scaling-stroke" />
      </g>
    </g>
  );
}

/** 1σ and 2σ ellipses of one class around its mean, rotated by the engine's principal angle (class 2 dashed, as its handle's label says). */
function Ellipses({ h }: { h: MeanHandle }) {
  const f = useFrame();
  const x = continuous(f.x, 'Ellipses');
  const y = continuous(f.y, 'Ellipses');
  const unit = f.width / (2 * E);
  return (
    <g pointerEvents="none">
      {[1, 2].map((s) => {
        const e = covarianceEllipse2D(h.cov, s);
        const [cx, cy] = [x(h.x), y(h.y)];
        // y grows downwards on screen, so a counter-clockwise data angle is a negative SVG rotation.
        return (
          <ellipse
            key={s}
            cx={cx}
            cy={cy}
            rx={e.radii[0] * unit}
            ry={e.radii[1] * unit}
            transform={`rotate(${(-e.angle * 180) / Math.PI} ${cx} ${cy})`}
            fill="none"
            stroke="var(--text)"
            strokeWidth={s === 1 ? 2 : 1.25}
            strokeDasharray={h.k === 2 ? '6 4' : undefined}
            strokeOpacity={s === 1 ? 0.9 : 0.6}
          />
        );
      })}
    </g>
  );
}

/** The two means as focusable, draggable handles: pointer drag, arrow keys (Shift: bigger steps). */
function Handles({ handles, onMove }: Pick<Props, 'handles' | 'onMove'>) {
  const f = useFrame();
  const x = continuous(f.x, 'Handles');
  const y = continuous(f.y, 'Handles');
  const dragging = useRef<1 | 2 | null>(null);
  function at(e: PointerEvent<SVGGElement>): [number, number] | null {
    const m = (e.currentTarget.parentNode as SVGGElement | null)?.getScreenCTM();
    if (!m) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return [snap(x.invert(p.x)), snap(y.invert(p.y))];
  }
  function onKey(h: MeanHandle, e: KeyboardEvent<SVGGElement>) {
    const s = e.shiftKey ? 0.5 : 0.1;
    const d: Record<string, [number, number]> = { ArrowRight: [s, 0], ArrowLeft: [-s, 0], ArrowUp: [0, s], ArrowDown: [0, -s] };
    if (!(e.key in d)) return;
    e.preventDefault();
    onMove(h.k, snap(h.x + d[e.key][0]), snap(h.y + d[e.key][1]));
  }
  return (
    <g>
      {handles.map((h) => (
        <g
          key={h.k}
          ref={svgTabStop}
          className="ws-handle"
          data-mean={h.k}
          role="button"
          aria-roledescription="draggable point"
          aria-label={h.label}
          transform={`translate(${x(h.x)},${y(h.y)})`}
          onKeyDown={(e) => onKey(h, e)}
          onPointerDown={(e) => {
            dragging.current = h.k;
            e.currentTarget.setPointerCapture(e.pointerId);
          }}
          onPointerMove={(e) => {
            if (dragging.current !== h.k) return;
            const p = at(e);
            if (p) onMove(h.k, p[0], p[1]);
          }}
          onPointerUp={() => {
            dragging.current = null;
          }}
          style={{ cursor: 'move', touchAction: 'none' }}
        >
          {/* A generous invisible hit area for fingers; the visible disc is smaller. */}
          <circle r={20} fill="transparent" />
          {/* A page-coloured ring, then the class colour with a text-coloured rim: visible on either region. */}
          <circle r={10} fill="var(--bg)" />
          <circle r={6.5} fill={`var(--c${h.k})`} stroke="var(--text)" strokeWidth={1.5} />
          <text className="ws-handle-label" y={-14} textAnchor="middle">
            {`μ${h.k === 1 ? '₁' : '₂'}`}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The posterior P(C₁ | x) over the plane, its ½ level, both classes' ellipses and the draggable means. */
export const PlanePlot = memo(function PlanePlot({ summary, legend, posterior, grid, handles, onMove }: Props) {
  const table = useMemo(() => gridTable(posterior, grid, BOX), [posterior, grid]);
  return (
    <Frame
      summary={summary}
      className="ws-plane"
      role="group"
      square={420}
      legend={legend}
      x={{ domain: [-E, E], label: 'x₁', ticks: 5 }}
      y={{ domain: [-E, E], label: 'x₂', ticks: 5 }}
      table={table}
      csv={() => gridCsv(posterior, grid, BOX, 'P(C1|x)')}
    >
      {/* Faded, so the ellipses, the boundary and the handles stay readable on top. */}
      <g opacity={0.6}>
        <Raster values={posterior} cols={grid} rows={grid} extent={BOX} colors={RAMP} />
      </g>
      <Boundary posterior={posterior} grid={grid} />
      <Ellipses h={handles[0]} />
      <Ellipses h={handles[1]} />
      <Handles handles={handles} onMove={onMove} />
    </Frame>
  );
});
