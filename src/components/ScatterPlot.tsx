import { useMemo } from 'react';
import { Frame } from './plot/Frame';
import { Dot } from './plot/marks/Dot';
import { Line } from './plot/marks/Line';
import { nearestPoint, type Crosshair } from './plot/readout';
import type { MarkerShape } from './plot/symbols';
import { isBandScale } from './plot/layout';
import { formatNumber } from '../format/number';

/**
 * A scatter plot with optional log axes, point groups told apart by colour AND marker
 * shape, and an optional polyline (e.g. a Pareto frontier): Frame + Line + Dot. Shared: any
 * lesson comparing configurations on two axes (error vs cost, loss vs step size) can use it.
 */
export type { MarkerShape };

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
  tableLabel?: string;
  /** Header of the data table's first column (what a point is, e.g. "Configuration"). */
  nameHeader: string;
  format?: (v: number) => string;
}

function domainOf(vals: readonly number[], log: boolean): [number, number] {
  const v = vals.filter((a) => Number.isFinite(a) && (!log || a > 0));
  if (v.length === 0) return log ? [1e-6, 1] : [0, 1];
  let lo = Math.min(...v);
  let hi = Math.max(...v);
  if (log) return [lo / 1.6, hi * 1.6];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.06;
  return [lo - pad, hi + pad];
}

const fmt3 = (v: number) => formatNumber(v, 3);

export function ScatterPlot({ summary, groups, points, xLabel, yLabel, xLog = false, yLog = false, path = [], pathLabel, height = 340, tableLabel, nameHeader, format = fmt3 }: ScatterPlotProps) {
  const xd = useMemo(() => domainOf(points.map((p) => p.x), xLog), [points, xLog]);
  const yd = useMemo(() => domainOf(points.map((p) => p.y), yLog), [points, yLog]);
  const groupOf = useMemo(() => new Map(groups.map((g) => [g.id, g])), [groups]);
  const dots = useMemo(
    () =>
      points
        .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y) && (!xLog || p.x > 0) && (!yLog || p.y > 0))
        .map((p) => ({ id: p.id, x: p.x, y: p.y, fill: groupOf.get(p.group)?.color, shape: groupOf.get(p.group)?.shape })),
    [points, groupOf, xLog, yLog],
  );
  const front = useMemo(() => {
    const byId = new Map(points.map((p) => [p.id, p]));
    const pts = path.map((id) => byId.get(id)).filter((p): p is ScatterPoint => p !== undefined);
    return { x: pts.map((p) => p.x), y: pts.map((p) => p.y) };
  }, [points, path]);
  // The crosshair rings the nearest point within 24 px (distances in the frame's pixels).
  const crosshair = useMemo<Crosshair>(
    () => (at, { x, y }) => {
      if (isBandScale(x) || isBandScale(y)) return null;
      const i = nearestPoint(dots.map((d) => x(d.x)), dots.map((d) => y(d.y)), at);
      const p = i < 0 ? undefined : points.find((q) => q.id === dots[i].id);
      return p ? { text: `${p.label}: ${xLabel} = ${format(p.x)} · ${yLabel} = ${format(p.y)}`, dots: [{ x: p.x, y: p.y, color: dots[i].fill ?? 'var(--text)', ring: true }] } : null;
    },
    [dots, points, xLabel, yLabel, format],
  );
  const legend = useMemo(
    () => [
      ...groups.map((g) => ({ id: g.id, label: g.label, color: g.color, swatch: g.shape })),
      ...(pathLabel ? [{ id: 'path', label: pathLabel, color: 'var(--text)', dash: '5 4' }] : []),
    ],
    [groups, pathLabel],
  );
  const table = useMemo(() => ({ columns: [nameHeader, xLabel, yLabel], rows: points.map((p) => [p.label, p.x, p.y]), rowHeader: true }), [points, nameHeader, xLabel, yLabel]);
  return (
    <Frame
      summary={summary}
      className="scatter-plot"
      x={{ type: xLog ? 'log' : 'linear', domain: xd, label: xLabel }}
      y={{ type: yLog ? 'log' : 'linear', domain: yd, label: yLabel }}
      height={height}
      legend={legend}
      table={table}
      tableLabel={tableLabel}
      crosshair={crosshair}
    >
      <Line x={front.x} y={front.y} stroke="var(--text)" opacity={0.7} strokeWidth={2} dash="5 4" className="front" />
      <Dot data={dots} r={5} stroke="var(--surface)" className="scatter-point" idAttr="point" />
    </Frame>
  );
}
