import { memo, useMemo } from 'react';
import { useFrame } from '../context';
import { linePath } from '../path';

export interface LineProps {
  /** Names the curve for tests and styles: `path.series[data-series=…]`. */
  id?: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  stroke: string;
  strokeWidth?: number;
  dash?: string;
  opacity?: number;
  /** Stay inside the frame (default); off for paths that may overhang on purpose. */
  clip?: boolean;
  className?: string;
}

/** A polyline through (x[i], y[i]); non-finite points leave gaps. The path is rebuilt only when the data or the scales change. */
export const Line = memo(function Line({ id, x, y, stroke, strokeWidth = 2.5, dash, opacity, clip = true, className = 'series' }: LineProps) {
  const f = useFrame();
  const d = useMemo(() => linePath(x, y, f.x, f.y), [x, y, f.x, f.y]);
  return (
    <path
      className={className}
      data-series={id}
      d={d}
      fill="none"
      stroke={stroke}
      strokeWidth={strokeWidth}
      strokeDasharray={dash}
      strokeOpacity={opacity}
      strokeLinejoin="round"
      clipPath={clip ? f.clip : undefined}
    />
  );
});
