import { checkScores } from './validate';

/**
 * Σ wᵢ with Neumaier's compensated summation, so "the weights sum to 1" is shown to the
 * last digit instead of drifting by n·ε, and a sum of 4096 tiny gates is not swamped.
 */
export function weightSum(w: ArrayLike<number>): number {
  checkScores('w', w);
  let s = 0;
  let c = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}
