import { crossEntropy, entropy, klDivergence } from '../numeric';
import { checkIndex, checkNonNegative, checkProbabilities, checkProbability } from '../numeric/errors';

/**
 * Cross-entropy between two distributions, H(p, q) = −Σ p_i ln q_i, with 0·ln 0 = 0 and
 * +∞ where q gives zero mass to something p expects. Checked against H(p) + KL(p‖q).
 */
export function crossEntropyOf(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkProbabilities('p', p);
  checkProbabilities('q', q);
  if (p.length !== q.length) throw new RangeError(`p and q must have the same length, got ${p.length} and ${q.length}`);
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    if (p[i] === 0) continue;
    if (q[i] === 0) return Infinity;
    s -= p[i] * Math.log(q[i]);
  }
  return s;
}

/** CE = H + KL: the three numbers of the stacked bar, each computed on its own. */
export function ceDecomposition(p: ArrayLike<number>, q: ArrayLike<number>): { entropy: number; kl: number; crossEntropy: number } {
  return { entropy: entropy(p), kl: klDivergence(p, q), crossEntropy: crossEntropyOf(p, q) };
}

/**
 * Sets p[i] to v and rescales the other entries so the vector still sums to 1 (keeping
 * their proportions; spread evenly when they were all 0). For draggable distributions.
 */
export function setProbability(p: ArrayLike<number>, i: number, v: number): number[] {
  checkProbabilities('p', p);
  checkIndex('i', i, p.length);
  checkProbability('v', v);
  const rest = Array.from(p).reduce((a, x, j) => (j === i ? a : a + x), 0);
  const k = p.length - 1;
  return Array.from(p, (x, j) => {
    if (j === i) return k === 0 ? 1 : v;
    return rest > 0 ? (x * (1 - v)) / rest : (1 - v) / k;
  });
}

/**
 * Mean multi-class log loss of a table of predicted rows against their true classes, as
 * sklearn.metrics.log_loss computes it (without its clipping): (1/N) Σ −ln p_{n, y_n}.
 */
export function meanLogLoss(rows: readonly ArrayLike<number>[], targets: readonly number[]): { perSample: number[]; mean: number } {
  if (rows.length === 0) throw new RangeError('rows must be a non-empty table, got []');
  if (rows.length !== targets.length) throw new RangeError(`rows and targets must have the same length, got ${rows.length} and ${targets.length}`);
  const perSample = rows.map((r, n) => crossEntropy(r, targets[n]));
  return { perSample, mean: perSample.reduce((a, v) => a + v, 0) / rows.length };
}

/** Non-negative weights scaled to sum to 1 (for distributions read from a link). */
export function normalizeWeights(w: ArrayLike<number>): number[] {
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    checkNonNegative(`w[${i}]`, w[i]);
    s += w[i];
  }
  if (w.length === 0) throw new RangeError('w must be a non-empty vector, got []');
  if (!(s > 0)) throw new RangeError('w must have a positive sum, got all zeros');
  return Array.from(w, (v) => v / s);
}
