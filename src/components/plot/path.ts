import { line } from 'd3';
import { isBandScale, type FrameScale } from './layout';

/**
 * The SVG path of a polyline through (x[i], y[i]), in pixels. Points a scale cannot place
 * (NaN, ±∞, ≤ 0 on a log axis) break the line into pieces. On a linear y axis values far
 * off the plot are pulled in to one plot-height beyond it, so SVG coordinates stay sane
 * (1e300 would not draw); the clip hides the difference and readouts keep true values.
 */
export function linePath(x: ArrayLike<number>, y: ArrayLike<number>, sx: FrameScale, sy: FrameScale): string {
  if (isBandScale(sx) || isBandScale(sy)) return '';
  const xLog = 'base' in sx; // only log scales have a base
  const yLog = 'base' in sy;
  const [d0, d1] = sy.domain();
  const lo = Math.min(d0, d1);
  const hi = Math.max(d0, d1);
  const span = hi - lo;
  const n = Math.min(x.length, y.length);
  const idx = Array.from({ length: n }, (_, i) => i);
  return (
    line<number>()
      .defined((i) => Number.isFinite(x[i]) && Number.isFinite(y[i]) && (!xLog || x[i] > 0) && (!yLog || y[i] > 0))
      .x((i) => sx(x[i]))
      .y((i) => sy(yLog ? y[i] : Math.min(hi + span, Math.max(lo - span, y[i]))))(idx) ?? ''
  );
}
