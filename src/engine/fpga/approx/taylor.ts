/**
 * Truncated Taylor (Maclaurin) series of σ at 0:
 *   ½ + x/4 − x³/48 + x⁵/480 − 17x⁷/80640 + 31x⁹/1451520.
 * σ has poles at ±iπ, so the radius of convergence is π: beyond |x| = π adding terms makes
 * it worse, and far out the polynomial explodes (it is neither bounded nor monotone).
 */
import type { FixedFormat } from '../fixed/format';
import { quantizerOrIdentity } from '../fixed/quantize';
import { checkInput, makeCost, resolveConfig, type Approximation, type ConfigParam, type HardwareCost } from './types';

const CONFIG: ConfigParam[] = [{ name: 'order', default: 5, min: 1, max: 9, step: 1 }];

/** Coefficients of x¹, x³, x⁵, x⁷, x⁹ (the even ones vanish: σ − ½ is odd). */
export const TAYLOR_COEFFS: readonly number[] = [1 / 4, -1 / 48, 1 / 480, -17 / 80640, 31 / 1451520];

/** Number of odd terms kept at a given order. */
function oddTerms(order: number): number {
  return Math.floor((order + 1) / 2);
}

/**
 * Horner in x²: ½ + x·(c1 + x²(c3 + x²(c5 + …))). Stored values: input, coefficients,
 * each Horner accumulator, x·p and the result. x² itself is kept at full width (the exact
 * 2W-bit product, as a designer would declare it) — otherwise any |x| ≥ √2 would overflow
 * a Q2.x datapath before the polynomial is even formed.
 */
export function taylorWith(x: number, order: number, q: (v: number) => number): number {
  const m = oddTerms(order);
  const xq = q(x);
  const x2 = xq * xq;
  let p = q(TAYLOR_COEFFS[m - 1]);
  for (let k = m - 2; k >= 0; k--) p = q(q(p * x2) + q(TAYLOR_COEFFS[k]));
  return q(q(xq * p) + q(0.5));
}

function evaluate(x: number, config?: Record<string, number>, format?: FixedFormat): number {
  checkInput('taylor', x);
  const { order } = resolveConfig('taylor', CONFIG, config);
  return taylorWith(x, order, quantizerOrIdentity(format));
}

function cost(config?: Record<string, number>, format?: FixedFormat): HardwareCost {
  const { order } = resolveConfig('taylor', CONFIG, config);
  quantizerOrIdentity(format);
  const m = oddTerms(order);
  if (m === 1) return makeCost({ multipliers: 1, adders: 1, latencyCycles: 2 });
  // x², m − 1 Horner multiply-adds, the final ×x and +½.
  return makeCost({ multipliers: m + 1, adders: m, latencyCycles: 1 + 2 * (m - 1) + 2 });
}

export const taylor: Approximation = {
  name: 'taylor',
  label: 'Taylor series at 0',
  source: 'Maclaurin series of the logistic function (coefficients from the Euler numbers); radius of convergence π, poles at ±iπ',
  config: CONFIG,
  evaluate,
  cost,
};
