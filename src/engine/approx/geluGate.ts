/**
 * Why GELU has its shape (Hendrycks & Gimpel 2016): GELU(x) = x·Φ(x) is the expected value of
 * x·m, where the gate m is 1 with probability Φ(x) = P(Z ≤ x), Z ~ N(0, 1), else 0 — a
 * dropout-like mask that keeps large inputs and drops very negative ones. Here the gate is
 * actually sampled (seeded), so the sample mean can be watched converging to x·Φ(x).
 */
import { normalCdf } from '../numeric';
import { createRng } from '../random';

export const MAX_GATE_SAMPLES = 100000;

function checkN(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_GATE_SAMPLES) throw new RangeError(`n must be an integer in [1, ${MAX_GATE_SAMPLES}], got ${n}`);
}

/** The running sample mean of x·m after 1, 2, …, n draws of the Bernoulli(Φ(x)) gate m. */
export function geluGateRunningMean(x: number, n: number, seed: number): Float64Array {
  if (!Number.isFinite(x)) throw new RangeError(`x must be a finite number, got ${x}`);
  checkN(n);
  const rng = createRng(seed);
  const p = normalCdf(x);
  const out = new Float64Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    // next() is uniform on [0, 1): u < p has probability exactly p.
    if (rng.next() < p) kept++;
    out[i] = (x * kept) / (i + 1);
  }
  return out;
}

/** The sample mean of x·m with n gate draws at each x (one seeded stream per x, seed + i). */
export function geluGateCurve(xs: ArrayLike<number>, n: number, seed: number): Float64Array {
  checkN(n);
  return Float64Array.from(xs, (x, i) => {
    if (!Number.isFinite(x)) throw new RangeError(`xs[${i}] must be a finite number, got ${x}`);
    // The same stream as geluGateRunningMean(x, n, seed + i), without keeping the path.
    const rng = createRng(seed + i);
    const p = normalCdf(x);
    let kept = 0;
    for (let j = 0; j < n; j++) if (rng.next() < p) kept++;
    return (x * kept) / n;
  });
}

/** Standard error of that sample mean: |x|·√(Φ(x)(1 − Φ(x))/n). */
export function geluGateStdError(x: number, n: number): number {
  const p = normalCdf(x);
  return Math.abs(x) * Math.sqrt((p * (1 - p)) / n);
}
