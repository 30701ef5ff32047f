/**
 * Error of an approximation against the exact function on an even grid of `samples`
 * points from lo to hi inclusive (so x = ±1 etc. are hit exactly when the grid allows).
 */
import { sigmoidExact } from './exact';

export interface ErrorStats {
  maxAbs: number;
  meanAbs: number;
  rms: number;
  /** x where |error| is largest (the first such x on the grid). */
  argMax: number;
}

export function errorStats(
  f: (x: number) => number,
  lo: number,
  hi: number,
  samples: number,
  reference: (x: number) => number = sigmoidExact,
): ErrorStats {
  if (typeof f !== 'function') throw new RangeError(`errorStats: f must be a function, got ${String(f)}`);
  if (!Number.isFinite(lo)) throw new RangeError(`errorStats: lo must be finite, got ${String(lo)}`);
  if (!Number.isFinite(hi) || !(hi > lo)) throw new RangeError(`errorStats: hi must be finite and > lo (${lo}), got ${String(hi)}`);
  if (!Number.isInteger(samples) || samples < 2) {
    throw new RangeError(`errorStats: samples must be an integer ≥ 2, got ${String(samples)}`);
  }
  let maxAbs = -1;
  let argMax = lo;
  let sum = 0;
  let sumSq = 0;
  const span = hi - lo;
  for (let k = 0; k < samples; k++) {
    // lo + span·k/(n−1) rather than accumulated steps: no drift, hi hit exactly.
    const x = k === samples - 1 ? hi : lo + (span * k) / (samples - 1);
    const e = Math.abs(f(x) - reference(x));
    // NaN error counts as infinitely bad rather than vanishing from max/mean.
    const err = Number.isNaN(e) ? Infinity : e;
    if (err > maxAbs) {
      maxAbs = err;
      argMax = x;
    }
    sum += err;
    sumSq += err * err;
  }
  return { maxAbs, meanAbs: sum / samples, rms: Math.sqrt(sumSq / samples), argMax };
}
