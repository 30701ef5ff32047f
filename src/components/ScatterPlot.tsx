import { useMemo, useState, type PointerEvent } from 'react';
import { line, scaleLinear, scaleLog, symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';
import { Axis } from './plot/Axis';
import { formatNumber } from './plot/scales';
import { useWidth } from './plot/useWidth';

/**
 * A scatter plot with optional log axes, point groups told apart by colour AND marker
 * shape, and an optional polyline (e.g. a Pareto frontier). The text alternative is a
 * folded data table; `summary` is the accessible name. Shared: any lesson comparing
 * configurations on two axes (error vs cost, loss vs step size) can use it.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star' | 'wye';
const SHAPES: Record<MarkerShape, SymbolType> = {
  circle: symbolCircle, square: symbolSquare, triangle: symbolTriangle, diamond: symbolDiamond,
  cross: symbolCross, star: symbolStar, wye: symbolWye,
};

export interface ScatterGroup {
  id: string;
  label: string;
  color: string;
  shape: MarkerShape;
}

export interface ScatterPoint {
  id: string;
  group: string;
  x: number;
  y: number;
  /** Shown in the readout and the data table, e.g. "LUT, 256 entries". */
  label: string;
}

export interface ScatterPlotProps {
  summary: string;
  groups: readonly ScatterGroup[];
  points: readonly ScatterPoint[];
  xLabel: string;
  yLabel: string;
  xLog?: boolean;
  yLog?: boolean;
  /** Point ids joined in order by a dashed line. */
  path?: readonly string[];
  pathLabel?: string;
  height?: number;
  tableLabel: string;
  /** Header of the data table's first column (what a point is, e.g. "Configuration"). */
  nameHeader: string;
  format?: (v: number) => string;
}

const M = { top: 12, right: 16, bottom: 42, left: 62 };

function domainOf(vals: number[], log: boolean): [number, number] {
  const v = vals.filter((a) => Number.isFinite(a) && (!log || a > 0));
  if (v.length === 0) return log ? [1e-6, 1] : [0, 1];
  let lo = Math.min(...v);
  let hi = Math.max(...v);
  if (log) return [lo / 1.6, hi * 1.6];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

export function ScatterPlot({ summary, groups, points, xLabel, yLabel, xLog = false, yLog = false, path = [], pathLabel, height = 340, tableLabel, nameHeader, format = (v) => formatNumber(v, 3) }: ScatterPlotProps) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [hover, setHover] = useState<string | null>(null);
  const innerW = Math.max(60, width - M.left - M.right);
  const innerH = height - M.top - M.bottom;
  const { x, y } = useMemo(() => {
    const xd = domainOf(points.map((p) => p.x), xLog);
    const yd = domainOf(points.map((p) => p.y), yLog);
    return {
      x: (xLog ? scaleLog() : scaleLinear()).domain(xd).range([0, innerW]),
      y: (yLog ? scaleLog() : scaleLinear()).domain(yd).range([innerH, 0]),
    };
  }, [points, xLog, yLog, innerW, innerH]);
  const byId = new Map(points.map((p) => [p.id, p]));
  const groupOf = new Map(groups.map((g) => [g.id, g]));
  const drawable = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y) && (!xLog || p.x > 0) && (!yLog || p.y > 0));
  const pathPts = path.map((id) => byId.get(id)).filter((p): p is ScatterPoint => p !== undefined);
  const d = line<ScatterPoint>().x((p) => x(p.x)).y((p) => y(p.y))(pathPts) ?? '';
  const hovered = hover ? byId.get(hover) : undefined;

  function onPointer(e: PointerEvent<SVGRectElement>) {
    const rect = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - rect.left) / rect.width) * innerW;
    const py = ((e.clientY - rect.top) / rect.height) * innerH;
    let best: ScatterPoint | undefined;
    let bestD = 24 * 24;
    for (const p of drawable) {
      const dd = (x(p.x) - px) ** 2 + (y(p.y) - py) ** 2;
      if (dd < bestD) [best, bestD] = [p, dd];
    }
    setHover(best?.id ?? null);
  }

  return (
    <figure className="plot scatter-plot" ref={ref} style={{ margin: 0 }}>
      <ul className="plot-legend" aria-hidden="true">
        {groups.map((g) => (
          <li key={g.id} style={{ whiteSpace: 'nowrap' }}>
            <svg width="16" height="16">
              <path transform="translate(8,8)" d={symbol(SHAPES[g.shape], 70)() ?? ''} fill={g.color} />
            </svg>
            {g.label}
          </li>
        ))}
        {pathLabel && (
          <li>
            <svg width="26" height="10">
              <line x1="1" x2="25" y1="5" y2="5" stroke="var(--text)" strokeWidth={2} strokeDasharray="5 4" />
            </svg>
            {pathLabel}
          </li>
        )}
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={summary}>
        <g transform={`translate(${M.left},${M.top})`}>
          <g transform={`translate(0,${innerH})`}>
            <Axis scale={x} orient="bottom" gridLength={innerH} ticks={Math.max(3, Math.floor(innerW / 90))} log={xLog} />
          </g>
          <Axis scale={y} orient="left" gridLength={innerW} ticks={Math.max(3, Math.floor(innerH / 45))} log={yLog} />
          <path d={d} fill="none" stroke="var(--text)" strokeOpacity={0.7} strokeWidth={2} strokeDasharray="5 4" />
          {drawable.map((p) => {
            const g = groupOf.get(p.group);
            return (
              <path
                key={p.id}
                className="scatter-point"
                data-point={p.id}
                transform={`translate(${x(p.x)},${y(p.y)})`}
                d={symbol(SHAPES[g?.shape ?? 'circle'], p.id === hover ? 160 : 80)() ?? ''}
                fill={g?.color ?? 'var(--text)'}
                stroke="var(--surface)"
                strokeWidth={1}
              />
            );
          })}
          <rect width={innerW} height={innerH} fill="transparent" onPointerMove={onPointer} onPointerDown={onPointer} onPointerLeave={() => setHover(null)} />
          <text className="axis-label" x={innerW / 2} y={innerH + 38} textAnchor="middle">
            {xLabel}
          </text>
          <text className="axis-label" transform={`translate(${-50},${innerH / 2}) rotate(-90)`} textAnchor="middle">
            {yLabel}
          </text>
        </g>
      </svg>
      <figcaption className="plot-readout">{hovered ? `${hovered.label}: ${xLabel} = ${format(hovered.x)} · ${yLabel} = ${format(hovered.y)}` : '\u00a0'}</figcaption>
      <details className="plot-data">
        <summary>{tableLabel}</summary>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{nameHeader}</th>
                <th scope="col">{xLabel}</th>
                <th scope="col">{yLabel}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.label}</th>
                  <td>{format(p.x)}</td>
                  <td>{format(p.y)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
