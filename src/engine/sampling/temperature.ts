/**
 * The pieces of softmax with temperature, p_i = e^{(z_i − m)/T} / Σ_j e^{(z_j − m)/T}
 * with m = max z, laid out so a lesson can print the formula with its current numbers.
 * Subtracting m first keeps every exponent ≤ 0, so no term overflows even at T = 0.01.
 */
import { checkInteger, checkPositive, checkVector } from '../numeric/errors';

export interface TemperatureTerms {
  /** m = max_j z_j, the shift. */
  max: number;
  /** (z_i − m) / T, all ≤ 0. */
  exponents: Float64Array;
  /** e^{(z_i − m)/T}, in (0, 1]; the largest logit's term is exactly 1. */
  terms: Float64Array;
  /** Σ_j of the terms, in [1, k]. */
  sum: number;
}

export function temperatureTerms(logits: ArrayLike<number>, temperature: number): TemperatureTerms {
  checkVector('logits', logits);
  checkPositive('temperature', temperature);
  const k = logits.length;
  let max = -Infinity;
  for (let i = 0; i < k; i++) if (logits[i] > max) max = logits[i];
  const exponents = new Float64Array(k);
  const terms = new Float64Array(k);
  let sum = 0;
  for (let i = 0; i < k; i++) {
    exponents[i] = (logits[i] - max) / temperature;
    terms[i] = Math.exp(exponents[i]);
    sum += terms[i];
  }
  return { max, exponents, terms, sum };
}

/** n temperatures spaced evenly in log10 from tMin to tMax inclusive (for sweeps and slider ticks). */
export function logSpace(tMin: number, tMax: number, n: number): Float64Array {
  checkPositive('tMin', tMin);
  checkPositive('tMax', tMax);
  if (!(tMax > tMin)) throw new RangeError(`tMax must be greater than tMin (${tMin}), got ${tMax}`);
  checkInteger('n', n, 2);
  const a = Math.log10(tMin);
  const b = Math.log10(tMax);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = i === 0 ? tMin : i === n - 1 ? tMax : 10 ** (a + ((b - a) * i) / (n - 1));
  return out;
}
