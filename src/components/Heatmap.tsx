import { useMemo } from 'react';
import { Frame } from './plot/Frame';
import { Dot } from './plot/marks/Dot';
import { Raster } from './plot/marks/Raster';
import { gridCsv, gridTable } from './plot/table';

/**
 * A decision-boundary heatmap: a gridSize² field of values in [0, 1] (row 0 = top, as the
 * trainer's decisionGrid returns it) over [−extent, extent]², painted from `lowColor`
 * through the surface colour to `highColor`, with the data points on top told apart by
 * shape (○ vs ✕) as well as colour. A Frame with a Raster and Dots; the table samples the
 * field on a 9 × 9 grid, the CSV has all of it.
 */
export interface HeatmapPoint {
  x: number;
  y: number;
  label: 0 | 1;
}

export interface HeatmapProps {
  summary: string;
  values: Float32Array | Float64Array;
  gridSize: number;
  extent: number;
  points?: readonly HeatmapPoint[];
  /** CSS colours (var(--cN) allowed) for value 0 and value 1. */
  lowColor?: string;
  highColor?: string;
  /** Rendered size in CSS pixels (square); shrinks to fit its container. */
  size?: number;
}

const NO_POINTS: readonly HeatmapPoint[] = [];

export function Heatmap({ summary, values, gridSize, extent, points = NO_POINTS, lowColor = 'var(--c1)', highColor = 'var(--c2)', size = 260 }: HeatmapProps) {
  const box = useMemo(() => [-extent, extent, -extent, extent] as const, [extent]);
  const colors = useMemo(() => [lowColor, 'var(--surface)', highColor], [lowColor, highColor]);
  const dots = useMemo(
    () => points.map((p) => (p.label === 1 ? { x: p.x, y: p.y, shape: 'times' as const, fill: highColor, r: 3 } : { x: p.x, y: p.y, fill: 'var(--surface)', r: 3 })),
    [points, highColor],
  );
  const table = useMemo(() => gridTable(values, gridSize, box), [values, gridSize, box]);
  return (
    <Frame
      summary={summary}
      className="heatmap"
      square={size}
      x={{ domain: [-extent, extent], axis: false }}
      y={{ domain: [-extent, extent], axis: false }}
      table={table}
      csv={() => gridCsv(values, gridSize, box)}
    >
      <Raster values={values} cols={gridSize} rows={gridSize} extent={box} colors={colors} pixelated />
      <Dot data={dots} stroke={lowColor} strokeWidth={1.5} />
    </Frame>
  );
}
