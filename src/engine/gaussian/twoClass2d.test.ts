import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng } from '../random';
import {
  covarianceEllipse2D, evalLogOdds2D, gaussianPosterior2D, gaussianPosteriorGrid2D, logisticAt2D, logJoints2D, logOdds2D,
  normalLogPdf2D, sharedCovarianceLogistic2D, type Cov2, type TwoGaussians2D,
} from './twoClass2d';

/** Σ = R diag(l1, l2) Rᵀ, R the rotation by t. */
const spd = (l1: number, l2: number, t: number): Cov2 => {
  const [c, s] = [Math.cos(t), Math.sin(t)];
  return { xx: l1 * c * c + l2 * s * s, xy: (l1 - l2) * c * s, yy: l1 * s * s + l2 * c * c };
};
const swap = (g: TwoGaussians2D): TwoGaussians2D => ({ mu1: g.mu2, cov1: g.cov2, mu2: g.mu1, cov2: g.cov1, prior1: 1 - g.prior1 });

/** The textbook formula, literally: explicit inverse, densities, Bayes' rule (float64; fine where nothing underflows). */
function direct(x: number[], g: TwoGaussians2D): number {
  const dens = (mu: ArrayLike<number>, c: Cov2) => {
    const det = c.xx * c.yy - c.xy * c.xy;
    const [d0, d1] = [x[0] - mu[0], x[1] - mu[1]];
    const m = (c.yy * d0 * d0 - 2 * c.xy * d0 * d1 + c.xx * d1 * d1) / det;
    return Math.exp(-0.5 * m) / (2 * Math.PI * Math.sqrt(det));
  };
  const a = g.prior1 * dens(g.mu1, g.cov1);
  return a / (a + (1 - g.prior1) * dens(g.mu2, g.cov2));
}

const g0: TwoGaussians2D = { mu1: [1, 0.5], cov1: spd(1, 0.3, 0.4), mu2: [-0.5, -1], cov2: spd(0.6, 1.5, -0.2), prior1: 0.3 };

describe('2-D Gaussian posterior', () => {
  it('matches the direct density formula where it is safe', () => {
    const rng = createRng(5);
    for (let i = 0; i < 500; i++) {
      const x = [rng.uniform(-3, 3), rng.uniform(-3, 3)];
      expect(Math.abs(gaussianPosterior2D(x, g0) - direct(x, g0))).toBeLessThan(1e-14);
    }
  });

  it('stays exact where both densities underflow (log space), and the grid is the point function', () => {
    const far: TwoGaussians2D = { ...g0, mu1: [40, 0], mu2: [-40, 0], cov1: spd(0.5, 0.5, 0), cov2: spd(0.5, 0.5, 0) };
    expect(direct([0, 300], far)).toBeNaN(); // 0/0 in the textbook formula
    // Equal Σ, midpoint line x = 0: the log-odds is ln(π₁/π₂) exactly, whatever the distance.
    expect(gaussianPosterior2D([0, 300], far)).toBeCloseTo(0.3, 15);
    expect(gaussianPosterior2D([1e6, -1e6], far)).toBe(1);
    const grid = gaussianPosteriorGrid2D(g0, 8, { xMin: -2, xMax: 2, yMin: -1, yMax: 3 });
    expect(grid[0]).toBe(gaussianPosterior2D([-2 + 0.25, 3 - 0.25], g0)); // row 0 = top
    expect(grid[8 * 7 + 3]).toBe(gaussianPosterior2D([-2 + 3.5 * 0.5, 3 - 7.5 * 0.5], g0));
    expect(gaussianPosteriorGrid2D(g0, 4, 2)).toEqual(gaussianPosteriorGrid2D(g0, 4, { xMin: -2, xMax: 2, yMin: -2, yMax: 2 }));
  });

  it('log density: normalisation and the Cholesky form against the direct one', () => {
    const c = spd(2, 0.5, 1);
    expect(normalLogPdf2D([0, 0], [0, 0], c)).toBeCloseTo(-Math.log(2 * Math.PI) - 0.5 * Math.log(1), 14);
    // a nearly flat ellipse keeps its determinant (xx·yy − xy² with exact products)
    const thin = spd(1, 1e-10, 0.3);
    expect(normalLogPdf2D([0, 0], [0, 0], thin)).toBeCloseTo(-Math.log(2 * Math.PI) - 0.5 * Math.log(1e-10), 5);
  });

  it('validates means, covariances and the prior, naming them', () => {
    expect(() => gaussianPosterior2D([0, 0], { ...g0, cov1: { xx: 1, xy: 1, yy: 1 } })).toThrow(/cov1 must be symmetric positive definite/);
    expect(() => gaussianPosterior2D([0, 0], { ...g0, cov2: { xx: -1, xy: 0, yy: 1 } })).toThrow(/cov2 must be symmetric positive definite/);
    expect(() => gaussianPosterior2D([0, 0], { ...g0, cov2: { xx: 1, xy: NaN, yy: 1 } })).toThrow(/cov2\.xy must be a finite number, got NaN/);
    expect(() => gaussianPosterior2D([0, 0], { ...g0, mu1: [0] })).toThrow(/mu1 must be a 2-vector/);
    expect(() => gaussianPosterior2D([0, 0], { ...g0, mu2: [0, Infinity] })).toThrow(/mu2\[1\]/);
    expect(() => gaussianPosterior2D([0, 0], { ...g0, prior1: 1 })).toThrow(/prior1/);
    expect(() => gaussianPosterior2D([0, NaN], g0)).toThrow(/x\[1\]/);
    expect(() => gaussianPosteriorGrid2D(g0, 0)).toThrow(/gridSize/);
    expect(() => gaussianPosteriorGrid2D(g0, 4, { xMin: 1, xMax: 0, yMin: 0, yMax: 1 })).toThrow(/bounds/);
    expect(() => covarianceEllipse2D(spd(1, 1, 0), 0)).toThrow(/scale/);
  });

  it('covariance ellipse: semi-axes √λ and the major axis is an eigenvector', () => {
    const c = spd(4, 0.25, 0.7);
    const e = covarianceEllipse2D(c, 2);
    expect(e.radii[0]).toBeCloseTo(4, 14);
    expect(e.radii[1]).toBeCloseTo(1, 14);
    expect(e.angle).toBeCloseTo(0.7, 14);
    expect(covarianceEllipse2D(spd(1, 1, 0)).angle).toBe(0);
  });
});

const coord = fc.double({ min: -3, max: 3, noNaN: true });
const lam = fc.double({ min: 0.2, max: 4, noNaN: true });
const ang = fc.double({ min: -Math.PI, max: Math.PI, noNaN: true });
const cov = fc.tuple(lam, lam, ang).map(([a, b, t]) => spd(a, b, t));
const prior = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const params = fc.record({ mu1: fc.tuple(coord, coord), cov1: cov, mu2: fc.tuple(coord, coord), cov2: cov, prior1: prior });
const point = fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }));

describe('posterior invariants (property tests)', () => {
  it('is a probability; swapping the classes gives 1 − p; the closed-form log-odds is l₁ − l₂', () => {
    fc.assert(
      fc.property(params, point, (g, x) => {
        const p = gaussianPosterior2D(x, g);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(Math.abs(p + gaussianPosterior2D(x, swap(g)) - 1)).toBeLessThan(1e-14); // 1 − π₁ rounds; each side expands around its own mean
        const [l1, l2] = logJoints2D(x, g);
        expect(Math.abs(evalLogOdds2D(logOdds2D(g), x) - (l1 - l2))).toBeLessThan(1e-12 * (1 + Math.abs(l1) + Math.abs(l2)));
      }),
    );
  });

  it('with a shared Σ equals σ(wᵀx + b) to 1e−14, and the quadratic part is exactly 0', () => {
    fc.assert(
      fc.property(params, point, (g0, x) => {
        const g = { ...g0, cov2: g0.cov1 };
        const l = sharedCovarianceLogistic2D(g);
        expect(l.exact).toBe(true);
        expect(logOdds2D(g).linear).toBe(true);
        expect(Math.abs(gaussianPosterior2D(x, g) - logisticAt2D(x, l))).toBeLessThan(1e-14);
        // w = Σ⁻¹(μ₁ − μ₂): Σw = μ₁ − μ₂
        const c = g.cov1;
        const scale = 1 + Math.hypot(...l.w);
        expect(Math.abs(c.xx * l.w[0] + c.xy * l.w[1] - (g.mu1[0] - g.mu2[0]))).toBeLessThan(1e-13 * scale);
        expect(Math.abs(c.xy * l.w[0] + c.yy * l.w[1] - (g.mu1[1] - g.mu2[1]))).toBeLessThan(1e-13 * scale);
      }),
    );
  });

  it('with unequal Σ the line is only the pooled approximation', () => {
    const g = { ...g0, cov1: spd(0.2, 0.2, 0), cov2: spd(3, 3, 0), mu1: [0, 0], mu2: [0, 0] };
    const l = sharedCovarianceLogistic2D(g);
    expect(l.exact).toBe(false);
    expect(logOdds2D(g).linear).toBe(false);
    expect(Math.abs(gaussianPosterior2D([0, 0], g) - logisticAt2D([0, 0], l))).toBeGreaterThan(0.3); // the bend
  });
});

/**
 * Independent references in python3: NumPy (slogdet + solve) for the log joints, and mpmath at
 * 50 digits for the posterior itself, which makes the far cases (where float64 l₁ − l₂ is the
 * difference of two numbers near 1e4) a real test of the rearranged log-odds.
 */
function pythonAvailable(): boolean {
  try {
    execFileSync('python3', ['-c', 'import numpy, mpmath'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const hasPython = pythonAvailable();
if (!hasPython) console.warn('twoClass2d.test: python3 with numpy + mpmath not found; skipping the NumPy/mpmath comparison');

describe.skipIf(!hasPython)('against NumPy and mpmath', () => {
  it('log joints and posteriors of 300 random cases, near and far', () => {
    const rng = createRng(9);
    const cases = Array.from({ length: 300 }, (_, i) => {
      const g: TwoGaussians2D = {
        mu1: [rng.uniform(-3, 3), rng.uniform(-3, 3)], cov1: spd(rng.uniform(0.1, 4), rng.uniform(0.1, 4), rng.uniform(-3, 3)),
        mu2: [rng.uniform(-3, 3), rng.uniform(-3, 3)], cov2: spd(rng.uniform(0.1, 4), rng.uniform(0.1, 4), rng.uniform(-3, 3)),
        prior1: rng.uniform(0.05, 0.95),
      };
      if (i % 5 === 0) g.cov2 = g.cov1; // shared Σ: a straight boundary, crossed far out too
      const r = i % 3 === 0 ? 60 : 4; // a third far out, where the densities underflow
      return { g, x: [rng.uniform(-r, r), rng.uniform(-r, r)] };
    });
    const program = `
import json, sys, numpy as np, mpmath as mp
mp.mp.dps = 50
cs = json.load(sys.stdin)
cov = lambda s: [[s['xx'], s['xy']], [s['xy'], s['yy']]]
def lj(x, mu, S, lp):
    S = np.array(S); d = np.array(x) - np.array(mu)
    return lp - np.log(2 * np.pi) - 0.5 * np.linalg.slogdet(S)[1] - 0.5 * d @ np.linalg.solve(S, d)
def mlj(x, mu, S, lp):
    (a, b), (_, c) = [[mp.mpf(v) for v in r] for r in S]
    det = a * c - b * b
    d0, d1 = mp.mpf(x[0]) - mp.mpf(mu[0]), mp.mpf(x[1]) - mp.mpf(mu[1])
    return lp - mp.log(2 * mp.pi) - mp.log(det) / 2 - (c * d0 * d0 - 2 * b * d0 * d1 + a * d1 * d1) / (2 * det)
out = []
for c in cs:
    g, x = c['g'], c['x']
    p1 = mp.mpf(g['prior1'])
    l1 = lj(x, g['mu1'], cov(g['cov1']), np.log(g['prior1']))
    l2 = lj(x, g['mu2'], cov(g['cov2']), np.log1p(-g['prior1']))
    a = mlj(x, g['mu1'], cov(g['cov1']), mp.log(p1)) - mlj(x, g['mu2'], cov(g['cov2']), mp.log(1 - p1))
    out.append([float(1 / (1 + mp.exp(-a))), float(l1), float(l2), float(a)])
print(json.dumps(out))`;
    const ref = JSON.parse(execFileSync('python3', ['-c', program], { input: JSON.stringify(cases), encoding: 'utf8' })) as number[][];
    let worst = 0;
    cases.forEach(({ g, x }, i) => {
      const [p, l1, l2, a] = ref[i];
      const [m1, m2] = logJoints2D(x, g);
      const tol = 1e-13 * (1 + Math.abs(l1) + Math.abs(l2)); // two different float64 routes to each log joint
      expect(Math.abs(m1 - l1)).toBeLessThan(tol);
      expect(Math.abs(m2 - l2)).toBeLessThan(tol);
      const err = Math.abs(gaussianPosterior2D(x, g) - p);
      worst = Math.max(worst, err);
      // σ′(a) ≤ ¼ converts a log-odds error into a posterior error; the log-odds itself to ~1e−13 relative.
      expect(err, `case ${i}: a = ${a}`).toBeLessThan(1e-15 + 0.25 * 1e-13 * (1 + Math.abs(a)) / Math.cosh(a / 2) ** 2);
    });
    expect(worst).toBeLessThan(1e-13);
  });
});
