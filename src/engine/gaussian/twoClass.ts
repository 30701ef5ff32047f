/**
 * Two classes on a line, each a Gaussian: p(x | C_k) = N(x; μ_k, σ_k²), with prior
 * π₁ = P(C₁) and π₂ = 1 − π₁. Bayes' rule gives the posterior P(C₁ | x); its log-odds
 * a(x) = ln[π₁ p(x|C₁)] − ln[π₂ p(x|C₂)] is a quadratic in x, and with equal spreads the
 * x² terms cancel, leaving a straight line: P(C₁ | x) = σ(w x + b). This file computes
 * both sides independently, so the lesson can show that they agree (or, with unequal
 * spreads, that they don't).
 */
import { checkFinite, checkPositive, show } from '../numeric/errors';
import { sigmoidK } from '../numeric/scalar';
import { normalLogPdf } from './normal';

export interface TwoGaussians {
  mu1: number;
  sigma1: number;
  mu2: number;
  sigma2: number;
  /** P(C₁), strictly between 0 and 1 (a certain class has no log-odds). */
  prior1: number;
}

export interface Quadratic {
  /** x² coefficient: 1/(2σ₂²) − 1/(2σ₁²); exactly 0 when σ₁ = σ₂. */
  a2: number;
  /** x coefficient: μ₁/σ₁² − μ₂/σ₂². */
  a1: number;
  /** constant: μ₂²/(2σ₂²) − μ₁²/(2σ₁²) + ln(σ₂/σ₁) + ln(π₁/π₂). */
  a0: number;
}

export interface Logistic {
  w: number;
  b: number;
  /** The shared variance used: π₁σ₁² + π₂σ₂² (equal to σ² when the spreads agree). */
  variance: number;
}

/** Validates the five parameters, naming the bad one. */
export function checkTwoGaussians(g: TwoGaussians): TwoGaussians {
  if (g === null || typeof g !== 'object') throw new RangeError(`params must be an object, got ${show(g)}`);
  checkFinite('mu1', g.mu1);
  checkPositive('sigma1', g.sigma1);
  checkFinite('mu2', g.mu2);
  checkPositive('sigma2', g.sigma2);
  checkPrior1(g.prior1);
  return g;
}

/** π₁ = P(C₁) strictly inside (0, 1): a certain class has no log-odds. Shared by the 1-D and 2-D checks. */
export function checkPrior1(prior1: unknown): number {
  if (typeof prior1 !== 'number' || !(prior1 > 0 && prior1 < 1)) {
    throw new RangeError(`prior1 must be a probability strictly between 0 and 1, got ${show(prior1)}`);
  }
  return prior1;
}

/** ln(π₁/π₂) with π₂ = 1 − π₁ formed by log1p, so priors near 1 keep their digits. */
function logPriorOdds(prior1: number): number {
  return Math.log(prior1) - Math.log1p(-prior1);
}

/** The joint densities in log space: ln π_k + ln N(x; μ_k, σ_k²), k = 1, 2. */
export function logJoints(x: number, g: TwoGaussians): [number, number] {
  checkTwoGaussians(g);
  return [
    Math.log(g.prior1) + normalLogPdf(x, g.mu1, g.sigma1),
    Math.log1p(-g.prior1) + normalLogPdf(x, g.mu2, g.sigma2),
  ];
}

/**
 * P(C₁ | x) by Bayes' rule, literally: π₁p₁ / (π₁p₁ + π₂p₂). Both joints are scaled by the
 * larger one first (the max trick), so far-out x, where both densities underflow, still
 * gives the right answer instead of 0/0.
 */
export function gaussianPosterior(x: number, g: TwoGaussians): number {
  const [l1, l2] = logJoints(x, g);
  const m = Math.max(l1, l2);
  const e1 = Math.exp(l1 - m);
  const e2 = Math.exp(l2 - m);
  return e1 / (e1 + e2);
}

/** The log-odds a(x) = a₂x² + a₁x + a₀ of the two classes, in closed form. */
export function logOddsQuadratic(g: TwoGaussians): Quadratic {
  checkTwoGaussians(g);
  const v1 = g.sigma1 * g.sigma1;
  const v2 = g.sigma2 * g.sigma2;
  return {
    a2: 1 / (2 * v2) - 1 / (2 * v1),
    a1: g.mu1 / v1 - g.mu2 / v2,
    a0: (g.mu2 * g.mu2) / (2 * v2) - (g.mu1 * g.mu1) / (2 * v1) + Math.log(g.sigma2 / g.sigma1) + logPriorOdds(g.prior1),
  };
}

/** a(x) evaluated from the coefficients. */
export function evalQuadratic(q: Quadratic, x: number): number {
  return (q.a2 * x + q.a1) * x + q.a0;
}

/**
 * w and b of σ(wx + b) when both classes share one variance σ² — the linear discriminant.
 * With unequal spreads we still need *a* σ² to draw the line a logistic model would give,
 * so we pool them as π₁σ₁² + π₂σ₂² (the within-class variance); with equal spreads this is
 * σ² and the line is the exact posterior.
 */
export function sharedVarianceLogistic(g: TwoGaussians): Logistic {
  checkTwoGaussians(g);
  const variance = g.sigma1 === g.sigma2 ? g.sigma1 * g.sigma1 : g.prior1 * g.sigma1 * g.sigma1 + (1 - g.prior1) * g.sigma2 * g.sigma2;
  return {
    w: (g.mu1 - g.mu2) / variance,
    b: (g.mu2 * g.mu2 - g.mu1 * g.mu1) / (2 * variance) + logPriorOdds(g.prior1),
    variance,
  };
}

/** σ(wx + b), evaluated without overflow for any finite argument. */
export function logisticAt(x: number, l: Pick<Logistic, 'w' | 'b'>): number {
  checkFinite('x', x);
  return sigmoidK(l.w * x + l.b);
}

/**
 * Where P(C₁ | x) = ½: the real roots of a(x) = 0, ascending. One root for a line, zero or
 * two for a parabola (one class's bell can be inside the other's on both sides). Uses the
 * cancellation-free pair q/a₂, a₀/q.
 */
export function decisionBoundaries(g: TwoGaussians): number[] {
  const { a2, a1, a0 } = logOddsQuadratic(g);
  // `+ 0` turns a −0 root into 0, so a boundary at the origin reads as 0.
  if (a2 === 0) return a1 === 0 ? [] : [-a0 / a1 + 0];
  const disc = a1 * a1 - 4 * a2 * a0;
  if (disc < 0) return [];
  const q = -0.5 * (a1 + (a1 >= 0 ? 1 : -1) * Math.sqrt(disc));
  const roots = q === 0 ? [0] : [q / a2, a0 / q];
  return [...new Set(roots)].sort((u, v) => u - v);
}
