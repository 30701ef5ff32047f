/**
 * Sampling helpers the lessons use to turn engine functions into curves and regions.
 * Pure; the grids are inclusive of both ends so plots reach the axis limits.
 */
import { checkGrid } from '../numeric/errors';

export interface Sampled {
  x: Float64Array;
  y: Float64Array;
}

/** n evenly spaced points from lo to hi inclusive, with f evaluated at each. */
export function sampleFunction(f: (x: number) => number, lo: number, hi: number, n: number): Sampled {
  checkGrid(lo, hi, n);
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const h = (hi - lo) / (n - 1);
  for (let i = 0; i < n; i++) {
    // lo + i*h, with the last point pinned to hi so rounding never leaves a gap.
    const xi = i === n - 1 ? hi : lo + i * h;
    x[i] = xi;
    y[i] = f(xi);
  }
  return { x, y };
}

export interface Interval {
  x0: number;
  x1: number;
}

/**
 * The maximal runs of samples where `pred(y)` holds, as x-intervals. Each run is widened
 * to the midpoints with its neighbours so adjacent shaded regions meet the curve's change.
 */
export function intervalsWhere(s: Sampled, pred: (y: number, x: number) => boolean): Interval[] {
  const out: Interval[] = [];
  const n = s.x.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const inside = i < n && pred(s.y[i], s.x[i]);
    if (inside && start < 0) start = i;
    if (!inside && start >= 0) {
      const end = i - 1;
      const x0 = start === 0 ? s.x[0] : (s.x[start - 1] + s.x[start]) / 2;
      const x1 = end === n - 1 ? s.x[n - 1] : (s.x[end] + s.x[end + 1]) / 2;
      out.push({ x0, x1 });
      start = -1;
    }
  }
  return out;
}

/** Total length of a set of disjoint intervals. */
export function totalLength(intervals: readonly Interval[]): number {
  return intervals.reduce((acc, iv) => acc + (iv.x1 - iv.x0), 0);
}
