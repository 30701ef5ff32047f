/**
 * The maxout widget's data, from the engine's fit: the target, the maximum of the k pieces,
 * and each piece as a line over the whole domain (so the reader sees the lines the maximum
 * is taken over, not only the winning segments).
 */
import { fitMaxout, MAXOUT_DOMAIN, type ConvexName, type MaxoutFit } from '../../engine';

export interface MaxoutView {
  fit: MaxoutFit;
  /** Each piece w_j x + b_j over the grid. */
  lines: Float64Array[];
  /** The y-range the plot shows: the target's, padded. */
  yDomain: [number, number];
}

export function maxoutView(target: ConvexName, k: number): MaxoutView {
  const fit = fitMaxout(target, k);
  const lines = fit.pieces.map((p) => Float64Array.from(fit.xs, (x) => p.w * x + p.b));
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of fit.target) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const pad = 0.15 * (hi - lo);
  return { fit, lines, yDomain: [lo - pad, hi + pad] };
}

/** How far the error falls when k doubles from k to 2k (for the exercise and the claims). */
export const maxoutErrorRatio = (target: ConvexName, k: number) => fitMaxout(target, k).rmse / fitMaxout(target, 2 * k).rmse;

export const MAXOUT_X: readonly [number, number] = [MAXOUT_DOMAIN[0], MAXOUT_DOMAIN[1]];
