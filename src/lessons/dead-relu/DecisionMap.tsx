import { memo, useEffect, useRef } from 'react';
import type { TrainingDataset } from '../../engine';
import { paintGrid } from './palette';

const SIZE = 300;

interface Props {
  summary: string;
  decision: Float32Array | null;
  gridSize: number;
  extent: number;
  data: TrainingDataset;
}

/**
 * The network's σ output over the plane (canvas) with the training points on top (SVG).
 * Class 1 is an orange disc, class 0 a blue square with a light outline: shape and colour.
 */
export const DecisionMap = memo(function DecisionMap({ summary, decision, gridSize, extent, data }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current && decision) paintGrid(ref.current, decision, gridSize, (p) => 2 * p - 1);
  }, [decision, gridSize]);
  return (
    <div className="dr-map" role="img" aria-label={summary}>
      <canvas ref={ref} width={SIZE} height={SIZE} aria-hidden="true" />
      <Points data={data} extent={extent} />
    </div>
  );
});

/** The training points: unchanged while a run trains, so memoised out of every snapshot's render. */
const Points = memo(function Points({ data, extent }: { data: TrainingDataset; extent: number }) {
  const px = (v: number) => ((v + extent) / (2 * extent)) * SIZE;
  const py = (v: number) => ((extent - v) / (2 * extent)) * SIZE;
  return (
    <svg viewBox={`0 0 ${SIZE} ${SIZE}`} aria-hidden="true">
      {Array.from({ length: data.y.length }, (_, i) => {
        const x = px(data.x[2 * i]);
        const y = py(data.x[2 * i + 1]);
        return data.y[i] === 1 ? (
          <circle key={i} cx={x} cy={y} r={4} fill="#b35806" stroke="#fff" strokeWidth={1.2} />
        ) : (
          <rect key={i} x={x - 3.5} y={y - 3.5} width={7} height={7} fill="#2166ac" stroke="#fff" strokeWidth={1.2} />
        );
      })}
    </svg>
  );
});
