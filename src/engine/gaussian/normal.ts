/**
 * The normal density, in log space first: the densities of two well-separated classes
 * underflow to 0 long before their ratio (which is all Bayes' rule needs) stops being
 * meaningful, so every caller that divides densities works with logs.
 */
import { checkFinite, checkPositive } from '../numeric/errors';

const HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln N(x; μ, σ²) = −ln σ − ½ ln 2π − (x − μ)²/(2σ²). */
export function normalLogPdf(x: number, mu: number, sigma: number): number {
  checkFinite('x', x);
  checkFinite('mu', mu);
  checkPositive('sigma', sigma);
  const z = (x - mu) / sigma;
  return -Math.log(sigma) - HALF_LN_2PI - 0.5 * z * z;
}

/** N(x; μ, σ²), the bell curve itself (0 once it underflows, far in the tails). */
export function normalPdf(x: number, mu: number, sigma: number): number {
  return Math.exp(normalLogPdf(x, mu, sigma));
}
