import { memo, useMemo } from 'react';
import type { TrainingDataset } from '../../engine';
import { Frame } from '../../components/plot/Frame';
import { Dot } from '../../components/plot/marks/Dot';
import { Raster } from '../../components/plot/marks/Raster';
import { gridCsv, gridTable } from '../../components/plot/table';
import { DIVERGING_STOPS } from './palette';

interface Props {
  summary: string;
  decision: Float32Array | null;
  gridSize: number;
  extent: number;
  data: TrainingDataset;
}

const EMPTY = new Float32Array(0);

/**
 * The network's σ output over the plane (a Raster, smoothed) with the training points on top.
 * Class 1 is an orange disc, class 0 a blue square with a light outline: shape and colour.
 * The points' Dot mark is memoised, so a training snapshot repaints only the field.
 */
export const DecisionMap = memo(function DecisionMap({ summary, decision, gridSize, extent, data }: Props) {
  const values = decision ?? EMPTY;
  const box = useMemo(() => [-extent, extent, -extent, extent] as const, [extent]);
  const dots = useMemo(
    () =>
      Array.from({ length: data.y.length }, (_, i) =>
        data.y[i] === 1 ? { x: data.x[2 * i], y: data.x[2 * i + 1], fill: DIVERGING_STOPS[2] } : { x: data.x[2 * i], y: data.x[2 * i + 1], fill: DIVERGING_STOPS[0], shape: 'square' as const },
      ),
    [data],
  );
  const table = useMemo(() => gridTable(values, gridSize, box), [values, gridSize, box]);
  return (
    <Frame
      summary={summary}
      className="dr-decision"
      square={360}
      x={{ domain: [-extent, extent], axis: false }}
      y={{ domain: [-extent, extent], axis: false }}
      table={table}
      csv={() => gridCsv(values, gridSize, box, 'p')}
    >
      <Raster values={values} cols={gridSize} rows={gridSize} extent={box} colors={DIVERGING_STOPS} />
      <Dot data={dots} r={4} stroke="#fff" strokeWidth={1.2} />
    </Frame>
  );
});
