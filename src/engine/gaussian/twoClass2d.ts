/**
 * Two Gaussian classes in the plane: p(x | C_k) = N(x; μ_k, Σ_k), priors π₁ and π₂ = 1 − π₁.
 * The 2-D version of twoClass.ts, for the lesson where the means and covariance ellipses are
 * dragged: the posterior P(C₁ | x) by Bayes' rule (point and heat-map grid), and its log-odds
 *
 *   a(x) = ln π₁N₁(x) − ln π₂N₂(x) = xᵀA x + wᵀx + c,   A = ½(Σ₂⁻¹ − Σ₁⁻¹),
 *
 * which with a shared Σ loses its quadratic part: P(C₁ | x) = σ(wᵀx + b), w = Σ⁻¹(μ₁ − μ₂),
 * a straight boundary. With unequal Σ it is a conic (ellipse, parabola or hyperbola).
 *
 * Numerics: the densities are never formed. Each log density comes from the Cholesky factor
 * of Σ (Mahalanobis distance as a sum of two squares, ln|Σ| as a sum of logs); the posterior
 * is exp(l₁ − logSumExp(l₁, l₂)) = σ(l₁ − l₂), with l₁ − l₂ rearranged so that it is not the
 * difference of two huge numbers (oddsAt), so points where both densities underflow still
 * get their posterior to the last bits. det Σ = xx·yy − xy² is formed with error-free
 * products, so nearly flat ellipses keep their digits.
 */
import { dd, twoProd } from '../numeric/dd';
import { checkFinite, checkInteger, show } from '../numeric/errors';
import { sigmoidK } from '../numeric/scalar';
import { checkPrior1 } from './twoClass';

/** A symmetric 2×2 matrix [[xx, xy], [xy, yy]]: a covariance, or the log-odds' quadratic part. */
export interface Cov2 {
  xx: number;
  xy: number;
  yy: number;
}

export interface TwoGaussians2D {
  mu1: ArrayLike<number>; // length 2
  cov1: Cov2; // symmetric positive definite
  mu2: ArrayLike<number>;
  cov2: Cov2;
  /** P(C₁), strictly between 0 and 1. */
  prior1: number;
}

/** Log-odds a(x) = xᵀAx + wᵀx + c = A.xx·x² + 2A.xy·x·y + A.yy·y² + w₀x + w₁y + c. */
export interface LogOdds2D {
  A: Cov2;
  w: [number, number];
  c: number;
  /** True when A is exactly zero (Σ₁ = Σ₂): the boundary a(x) = 0 is a straight line. */
  linear: boolean;
}

export interface Logistic2D {
  /** σ(wᵀx + b): w = Σ⁻¹(μ₁ − μ₂), b = −½(μ₁ᵀΣ⁻¹μ₁ − μ₂ᵀΣ⁻¹μ₂) + ln(π₁/π₂). */
  w: [number, number];
  b: number;
  /** The Σ used: the shared one, or (if they differ) the pooled π₁Σ₁ + π₂Σ₂. */
  cov: Cov2;
  /** True when Σ₁ = Σ₂, so σ(wᵀx + b) is the exact posterior. */
  exact: boolean;
}

/** Grid bounds: a number e means the square [−e, e]². */
export type PlaneBounds = number | { xMin: number; xMax: number; yMin: number; yMax: number };

/** det = xx·yy − xy², with both products exact (two TwoProducts), so only the final sum rounds. */
function det2(c: Cov2): number {
  twoProd(c.xx, c.yy);
  const ph = dd.hi;
  const pl = dd.lo;
  twoProd(c.xy, c.xy);
  return ph - dd.hi + (pl - dd.lo);
}

function checkMean(name: string, mu: unknown): ArrayLike<number> {
  const m = mu as ArrayLike<number> | null;
  if (m === null || typeof m !== 'object' || m.length !== 2) throw new RangeError(`${name} must be a 2-vector [x, y], got ${show(mu)}`);
  checkFinite(`${name}[0]`, m[0]);
  checkFinite(`${name}[1]`, m[1]);
  return m;
}

/** Throws unless `c` is a finite symmetric positive definite 2×2 matrix. */
export function checkCov2(name: string, c: unknown): Cov2 {
  const v = c as Cov2 | null;
  if (v === null || typeof v !== 'object') throw new RangeError(`${name} must be { xx, xy, yy }, got ${show(c)}`);
  checkFinite(`${name}.xx`, v.xx);
  checkFinite(`${name}.xy`, v.xy);
  checkFinite(`${name}.yy`, v.yy);
  if (!(v.xx > 0 && v.yy > 0 && det2(v) > 0)) {
    throw new RangeError(`${name} must be symmetric positive definite (xx > 0, yy > 0, xx·yy − xy² > 0), got ${show({ xx: v.xx, xy: v.xy, yy: v.yy })}`);
  }
  return v;
}

export function checkTwoGaussians2D(g: TwoGaussians2D): TwoGaussians2D {
  if (g === null || typeof g !== 'object') throw new RangeError(`params must be an object, got ${show(g)}`);
  checkMean('mu1', g.mu1);
  checkCov2('cov1', g.cov1);
  checkMean('mu2', g.mu2);
  checkCov2('cov2', g.cov2);
  checkPrior1(g.prior1);
  return g;
}

/** Σ⁻¹ = adj(Σ)/det Σ. */
function inverse(c: Cov2): Cov2 {
  const d = det2(c);
  return { xx: c.yy / d, xy: -c.xy / d, yy: c.xx / d };
}

/** Σ = LLᵀ (L lower triangular) and the normalising constant −ln 2π − ½ ln|Σ| = −ln 2π − ln L₀₀ − ln L₁₁. */
interface Factor {
  l00: number;
  l10: number;
  l11: number;
  logNorm: number;
  mu: ArrayLike<number>;
}

function factor(mu: ArrayLike<number>, c: Cov2): Factor {
  const l00 = Math.sqrt(c.xx);
  const l11 = Math.sqrt(det2(c) / c.xx);
  return { l00, l10: c.xy / l00, l11, logNorm: -Math.log(2 * Math.PI) - Math.log(l00) - Math.log(l11), mu };
}

/** ln N(x; μ, Σ) = logNorm − ½|u|², u = L⁻¹(x − μ): the Mahalanobis distance as a sum of squares. */
function logPdfF(x0: number, x1: number, f: Factor): number {
  const u0 = (x0 - f.mu[0]) / f.l00;
  const u1 = (x1 - f.mu[1] - f.l10 * u0) / f.l11;
  return f.logNorm - 0.5 * (u0 * u0 + u1 * u1);
}

const logPdf = (x0: number, x1: number, mu: ArrayLike<number>, c: Cov2) => logPdfF(x0, x1, factor(mu, c));

/** ln N(x; μ, Σ) of a 2-D normal. */
export function normalLogPdf2D(x: ArrayLike<number>, mu: ArrayLike<number>, cov: Cov2): number {
  checkMean('x', x);
  checkMean('mu', mu);
  checkCov2('cov', cov);
  return logPdf(x[0], x[1], mu, cov);
}

/** [ln π₁N₁(x), ln π₂N₂(x)]; π₂ = 1 − π₁ enters as log1p(−π₁). */
export function logJoints2D(x: ArrayLike<number>, g: TwoGaussians2D): [number, number] {
  checkTwoGaussians2D(g);
  checkMean('x', x);
  return [Math.log(g.prior1) + logPdf(x[0], x[1], g.mu1, g.cov1), Math.log1p(-g.prior1) + logPdf(x[0], x[1], g.mu2, g.cov2)];
}

/**
 * The log-odds l₁ − l₂ without subtracting two large log densities. With d = x − μ₁,
 * δ = μ₁ − μ₂ (so x − μ₂ = d + δ) and P_k = Σ_k⁻¹:
 *   l₁ − l₂ = c₀ − ½[dᵀ(P₁ − P₂)d − 2δᵀP₂d − δᵀP₂δ],   c₀ = ln(π₁/π₂) + ½ ln(|Σ₂|/|Σ₁|).
 * Far from both means each Mahalanobis distance is huge and they nearly cancel; here the
 * terms are only as large as the log-odds' own sensitivity, and with Σ₁ = Σ₂ (P₁ − P₂ = 0
 * exactly) it is c₀ + wᵀ(x − (μ₁ + μ₂)/2) to the last bits at any distance.
 */
interface Odds {
  D: Cov2;
  P2: Cov2;
  d0: number;
  d1: number;
  m: ArrayLike<number>;
  c0: number;
}

function prepareOdds(g: TwoGaussians2D): Odds {
  const p1 = inverse(g.cov1);
  const P2 = inverse(g.cov2);
  const D = { xx: p1.xx - P2.xx, xy: p1.xy - P2.xy, yy: p1.yy - P2.yy };
  const d0 = g.mu1[0] - g.mu2[0];
  const d1 = g.mu1[1] - g.mu2[1];
  const c0 = Math.log(g.prior1) - Math.log1p(-g.prior1) + 0.5 * Math.log(det2(g.cov2) / det2(g.cov1));
  return { D, P2, d0, d1, m: g.mu1, c0 };
}

function oddsAt(o: Odds, x0: number, x1: number): number {
  const u0 = x0 - o.m[0];
  const u1 = x1 - o.m[1];
  const { D, P2, d0, d1 } = o;
  const quadD = D.xx * u0 * u0 + 2 * D.xy * u0 * u1 + D.yy * u1 * u1;
  const p0 = P2.xx * d0 + P2.xy * d1; // P₂δ
  const p1 = P2.xy * d0 + P2.yy * d1;
  return o.c0 - 0.5 * quadD + (p0 * (u0 + 0.5 * d0) + p1 * (u1 + 0.5 * d1));
}

/** P(C₁ | x) = π₁N₁ / (π₁N₁ + π₂N₂) = σ(l₁ − l₂), in [0, 1] for any finite x. */
export function gaussianPosterior2D(x: ArrayLike<number>, g: TwoGaussians2D): number {
  checkTwoGaussians2D(g);
  checkMean('x', x);
  return sigmoidK(oddsAt(prepareOdds(g), x[0], x[1]));
}

/**
 * The posterior at the centres of a gridSize² grid, row-major, row 0 at the top (y = yMax),
 * as the trainer's decision grids: cell (r, c) is at x = xMin + (c + ½)·Δx, y = yMax − (r + ½)·Δy.
 */
export function gaussianPosteriorGrid2D(g: TwoGaussians2D, gridSize: number, bounds: PlaneBounds = 3): Float64Array {
  checkTwoGaussians2D(g);
  checkInteger('gridSize', gridSize, 1, 2048);
  const b = typeof bounds === 'number' ? { xMin: -bounds, xMax: bounds, yMin: -bounds, yMax: bounds } : bounds;
  if (b === null || typeof b !== 'object') throw new RangeError(`bounds must be a number or { xMin, xMax, yMin, yMax }, got ${show(bounds)}`);
  for (const k of ['xMin', 'xMax', 'yMin', 'yMax'] as const) checkFinite(`bounds.${k}`, b[k]);
  if (!(b.xMin < b.xMax && b.yMin < b.yMax)) throw new RangeError(`bounds must have xMin < xMax and yMin < yMax, got ${show(bounds)}`);
  const dx = (b.xMax - b.xMin) / gridSize;
  const dy = (b.yMax - b.yMin) / gridSize;
  const o = prepareOdds(g);
  const out = new Float64Array(gridSize * gridSize);
  for (let r = 0, k = 0; r < gridSize; r++) {
    const y = b.yMax - (r + 0.5) * dy;
    for (let c = 0; c < gridSize; c++, k++) {
      const x = b.xMin + (c + 0.5) * dx;
      out[k] = sigmoidK(oddsAt(o, x, y));
    }
  }
  return out;
}

const quad = (p: Cov2, u: ArrayLike<number>, v: ArrayLike<number>) => p.xx * u[0] * v[0] + p.xy * (u[0] * v[1] + u[1] * v[0]) + p.yy * u[1] * v[1];

/** The log-odds' coefficients in closed form (from Σ⁻¹, not from the densities). */
export function logOdds2D(g: TwoGaussians2D): LogOdds2D {
  checkTwoGaussians2D(g);
  const p1 = inverse(g.cov1);
  const p2 = inverse(g.cov2);
  const A = { xx: 0.5 * (p2.xx - p1.xx), xy: 0.5 * (p2.xy - p1.xy), yy: 0.5 * (p2.yy - p1.yy) };
  const [m1, m2] = [g.mu1, g.mu2];
  const w: [number, number] = [p1.xx * m1[0] + p1.xy * m1[1] - (p2.xx * m2[0] + p2.xy * m2[1]), p1.xy * m1[0] + p1.yy * m1[1] - (p2.xy * m2[0] + p2.yy * m2[1])];
  const c = 0.5 * (quad(p2, m2, m2) - quad(p1, m1, m1)) + 0.5 * (Math.log(det2(g.cov2)) - Math.log(det2(g.cov1))) + Math.log(g.prior1) - Math.log1p(-g.prior1);
  return { A, w, c, linear: A.xx === 0 && A.xy === 0 && A.yy === 0 };
}

/** a(x) from the coefficients. */
export function evalLogOdds2D(q: LogOdds2D, x: ArrayLike<number>): number {
  checkMean('x', x);
  return quad(q.A, x, x) + q.w[0] * x[0] + q.w[1] * x[1] + q.c;
}

/**
 * w, b of σ(wᵀx + b): exact with a shared Σ (the linear discriminant); with unequal Σ the line
 * a logistic model would draw from the pooled within-class covariance π₁Σ₁ + π₂Σ₂ (as the 1-D
 * sharedVarianceLogistic). b is formed as −½ wᵀ(μ₁ + μ₂) + ln(π₁/π₂), which equals the textbook
 * −½(μ₁ᵀΣ⁻¹μ₁ − μ₂ᵀΣ⁻¹μ₂) + ln(π₁/π₂) without subtracting two large quadratic forms.
 */
export function sharedCovarianceLogistic2D(g: TwoGaussians2D): Logistic2D {
  checkTwoGaussians2D(g);
  const [c1, c2, p] = [g.cov1, g.cov2, g.prior1];
  const exact = c1.xx === c2.xx && c1.xy === c2.xy && c1.yy === c2.yy;
  const cov = exact ? { ...c1 } : { xx: p * c1.xx + (1 - p) * c2.xx, xy: p * c1.xy + (1 - p) * c2.xy, yy: p * c1.yy + (1 - p) * c2.yy };
  const P = inverse(cov);
  const d0 = g.mu1[0] - g.mu2[0];
  const d1 = g.mu1[1] - g.mu2[1];
  const w: [number, number] = [P.xx * d0 + P.xy * d1, P.xy * d0 + P.yy * d1];
  const b = -0.5 * (w[0] * (g.mu1[0] + g.mu2[0]) + w[1] * (g.mu1[1] + g.mu2[1])) + Math.log(p) - Math.log1p(-p);
  return { w, b, cov, exact };
}

/** σ(wᵀx + b) without overflow. */
export function logisticAt2D(x: ArrayLike<number>, l: Pick<Logistic2D, 'w' | 'b'>): number {
  checkMean('x', x);
  return sigmoidK(l.w[0] * x[0] + l.w[1] * x[1] + l.b);
}

/**
 * The ellipse {x : (x − μ)ᵀΣ⁻¹(x − μ) = scale²} for drawing: semi-axes √λ·scale (major first)
 * and the major axis' angle from the x axis, in radians in (−π/2, π/2].
 */
export function covarianceEllipse2D(cov: Cov2, scale = 1): { radii: [number, number]; angle: number } {
  checkCov2('cov', cov);
  if (!(scale > 0 && Number.isFinite(scale))) throw new RangeError(`scale must be a finite number > 0, got ${show(scale)}`);
  const mean = 0.5 * (cov.xx + cov.yy);
  const r = Math.hypot(0.5 * (cov.xx - cov.yy), cov.xy);
  const big = mean + r;
  const small = det2(cov) / big; // λ₁λ₂ = det: no cancellation in mean − r for flat ellipses
  const angle = r === 0 ? 0 : 0.5 * Math.atan2(2 * cov.xy, cov.xx - cov.yy);
  return { radii: [Math.sqrt(big) * scale, Math.sqrt(small) * scale], angle };
}
