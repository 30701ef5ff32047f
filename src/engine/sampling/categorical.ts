/**
 * Drawing tokens from a categorical distribution (what a language model does after the
 * softmax), and comparing the resulting histogram with the probabilities.
 */
import { checkArrayLike, checkInteger, checkProbability, show } from '../numeric/errors';
import { uniformStream } from '../random';

export const MAX_SAMPLES = 10_000_000;
// Softmax outputs sum to 1 within a few ulps; anything further off is a caller bug.
const SUM_TOLERANCE = 1e-9;

/** A probability vector: entries in [0, 1] that sum to 1 (within rounding). Returns the sum. */
export function checkDistribution(name: string, p: unknown): number {
  const v = checkArrayLike(name, p);
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += checkProbability(`${name}[${i}]`, v[i]);
  if (!(Math.abs(sum - 1) <= SUM_TOLERANCE * v.length)) throw new RangeError(`${name} must sum to 1, got a sum of ${show(sum)}`);
  return sum;
}

/**
 * n independent draws of a class index from `probs`, by inverse CDF on the running sums.
 * A class with probability 0 is never drawn; the same (probs, n, seed) always gives the
 * same draws, and the first k draws do not depend on n.
 */
export function sampleCategorical(probs: ArrayLike<number>, n: number, seed: number): Int32Array {
  const total = checkDistribution('probs', probs);
  checkInteger('n', n, 0, MAX_SAMPLES);
  const k = probs.length;
  const cum = new Float64Array(k);
  let acc = 0;
  let last = 0;
  for (let i = 0; i < k; i++) {
    acc += probs[i];
    cum[i] = acc;
    if (probs[i] > 0) last = i;
  }
  const next = uniformStream(seed);
  const out = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    // Scaling u by the actual total (not 1) keeps rounding in the sums from biasing the last class.
    const u = next() * total;
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (u < cum[mid]) hi = mid;
      else lo = mid + 1;
    }
    // u·total can round up to total itself; the draw then belongs to the last live class.
    out[s] = Math.min(lo, last);
  }
  return out;
}

/** How many times each of the k classes occurs in `samples`. */
export function countCategories(samples: ArrayLike<number>, k: number): Int32Array {
  checkInteger('k', k, 1);
  const counts = new Int32Array(k);
  for (let i = 0; i < samples.length; i++) {
    const c = samples[i];
    if (!Number.isInteger(c) || c < 0 || c >= k) throw new RangeError(`samples[${i}] must be a class index in [0, ${k - 1}], got ${show(c)}`);
    counts[c]++;
  }
  return counts;
}

/** Counts per class of n seeded draws: sampleCategorical followed by countCategories. */
export function sampleCounts(probs: ArrayLike<number>, n: number, seed: number): Int32Array {
  return countCategories(sampleCategorical(probs, n, seed), probs.length);
}

/** Total-variation distance ½ Σ |p_i − q_i|: the largest gap in probability any event can show. */
export function totalVariation(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkDistribution('p', p);
  checkDistribution('q', q);
  if (p.length !== q.length) throw new RangeError(`q must have the same length as p (${p.length}), got ${q.length}`);
  let s = 0;
  for (let i = 0; i < p.length; i++) s += Math.abs(p[i] - q[i]);
  return s / 2;
}
