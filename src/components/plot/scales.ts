import type { Series, YScaleKind } from './types';

/** The y-extent of all finite (and, for log, positive) values, padded by 5%. */
export function autoYDomain(series: readonly Series[], kind: YScaleKind): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (let i = 0; i < s.y.length; i++) {
      const v = s.y[i];
      if (!Number.isFinite(v) || (kind === 'log' && v <= 0)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (lo > hi) return kind === 'log' ? [1e-6, 1] : [-1, 1];
  if (kind === 'log') return [lo, hi === lo ? lo * 10 : hi];
  if (lo === hi) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

/** Index of the sample nearest to `x` in an ascending array (binary search). */
export function nearestIndex(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  if (hi < 0) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid;
    else hi = mid;
  }
  return Math.abs(xs[lo] - x) <= Math.abs(xs[hi] - x) ? lo : hi;
}

/** Numbers become text in one place (src/format/number.ts); re-exported for the plots. */
export { formatNumber } from '../../format/number';
