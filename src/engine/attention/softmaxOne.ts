import { checkMaskedVector } from '../numeric/errors';

/**
 * softmax₁ ("attention is off by one"): wᵢ = exp(zᵢ) / (1 + Σⱼ exp(zⱼ)).
 * It is an ordinary softmax over the scores plus one implicit extra logit fixed at 0 whose
 * weight is thrown away, so a head can put its attention on "nothing". Stable for any
 * finite input: the max trick subtracts m = max(0, max zⱼ) — the 0 counts, because the
 * implicit logit is part of the row — so every exponential is ≤ 1 and the denominator ≥ 1.
 */
interface Parts {
  /** exp(zᵢ − m) */
  e: Float64Array;
  /** exp(0 − m): the implicit logit's term */
  e0: number;
  /** Σ exp(zⱼ − m), without the implicit term */
  s: number;
}

function parts(z: ArrayLike<number>): Parts {
  checkMaskedVector('z', z);
  let m = 0;
  for (let i = 0; i < z.length; i++) if (z[i] > m) m = z[i];
  const e = new Float64Array(z.length);
  let s = 0;
  for (let i = 0; i < z.length; i++) {
    e[i] = Math.exp(z[i] - m);
    s += e[i];
  }
  return { e, e0: Math.exp(-m), s };
}

/** The softmax₁ weights; they sum to less than 1, and to almost 0 when every score is very low. */
export function softmaxOne(z: ArrayLike<number>): Float64Array {
  const { e, e0, s } = parts(z);
  const d = e0 + s;
  for (let i = 0; i < e.length; i++) e[i] /= d;
  return e;
}

/**
 * Σᵢ softmax₁(z)ᵢ = S/(1 + S) with S = Σ exp(zⱼ), i.e. σ(logSumExp(z)). Formed as a ratio of
 * the scaled sums rather than as 1 − (null weight), which would cancel to 0 when tiny.
 */
export function softmaxOneSum(z: ArrayLike<number>): number {
  const { e0, s } = parts(z);
  return s / (e0 + s);
}

/**
 * The weight left on the implicit zero logit: 1/(1 + S) = 1 − Σ softmax₁. Computed directly,
 * not by subtraction, so it keeps full precision when the head attends almost fully.
 */
export function softmaxOneAbstain(z: ArrayLike<number>): number {
  const { e0, s } = parts(z);
  return e0 / (e0 + s);
}
