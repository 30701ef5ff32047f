import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { posteriorVsLogistic2D } from './compare';
import type { Cov2, TwoGaussians2D } from './twoClass2d';

const cov = (sx: number, sy: number, rho: number): Cov2 => ({ xx: sx * sx, xy: rho * sx * sy, yy: sy * sy });

/** The textbook formulas, literally, in float64: densities, Bayes' rule, explicit Σ⁻¹ for the line. */
function bruteGap(g: TwoGaussians2D, n: number, e: number): { maxAbs: number; argMax: [number, number] } {
  const dens = (x: number, y: number, mu: ArrayLike<number>, c: Cov2) => {
    const det = c.xx * c.yy - c.xy * c.xy;
    const [d0, d1] = [x - mu[0], y - mu[1]];
    return Math.exp(-0.5 * (c.yy * d0 * d0 - 2 * c.xy * d0 * d1 + c.xx * d1 * d1) / det) / (2 * Math.PI * Math.sqrt(det));
  };
  const p = g.prior1;
  const same = g.cov1.xx === g.cov2.xx && g.cov1.xy === g.cov2.xy && g.cov1.yy === g.cov2.yy;
  const s = same ? g.cov1 : { xx: p * g.cov1.xx + (1 - p) * g.cov2.xx, xy: p * g.cov1.xy + (1 - p) * g.cov2.xy, yy: p * g.cov1.yy + (1 - p) * g.cov2.yy };
  const det = s.xx * s.yy - s.xy * s.xy;
  const inv = { xx: s.yy / det, xy: -s.xy / det, yy: s.xx / det };
  const q = (m: ArrayLike<number>) => inv.xx * m[0] * m[0] + 2 * inv.xy * m[0] * m[1] + inv.yy * m[1] * m[1];
  const d = [g.mu1[0] - g.mu2[0], g.mu1[1] - g.mu2[1]];
  const w = [inv.xx * d[0] + inv.xy * d[1], inv.xy * d[0] + inv.yy * d[1]];
  const b = -0.5 * (q(g.mu1) - q(g.mu2)) + Math.log(p / (1 - p));
  let best = { maxAbs: 0, argMax: [0, 0] as [number, number] };
  const h = (2 * e) / n;
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      const [x, y] = [-e + (c + 0.5) * h, e - (r + 0.5) * h];
      const a = p * dens(x, y, g.mu1, g.cov1);
      const post = a / (a + (1 - p) * dens(x, y, g.mu2, g.cov2));
      const gap = Math.abs(post - 1 / (1 + Math.exp(-(w[0] * x + w[1] * y + b))));
      if (gap > best.maxAbs) best = { maxAbs: gap, argMax: [x, y] };
    }
  return best;
}

describe('posteriorVsLogistic2D', () => {
  it('shared Σ: the posterior is σ(wᵀx + b) to rounding, for random classes', () => {
    const rng = createRng(3);
    for (let i = 0; i < 40; i++) {
      const c = cov(rng.uniform(0.3, 2.5), rng.uniform(0.3, 2.5), rng.uniform(-0.9, 0.9));
      const g = { mu1: [rng.uniform(-3, 3), rng.uniform(-3, 3)], cov1: c, mu2: [rng.uniform(-3, 3), rng.uniform(-3, 3)], cov2: { ...c }, prior1: rng.uniform(0.01, 0.99) };
      expect(posteriorVsLogistic2D(g, 41, 4).maxAbs).toBeLessThan(1e-13);
    }
  });

  it('unequal Σ: agrees with the literal formulas (max and where), and is far from 0', () => {
    const rng = createRng(4);
    for (let i = 0; i < 20; i++) {
      const g = {
        mu1: [rng.uniform(-2, 2), rng.uniform(-2, 2)], cov1: cov(rng.uniform(0.4, 2), rng.uniform(0.4, 2), rng.uniform(-0.8, 0.8)),
        mu2: [rng.uniform(-2, 2), rng.uniform(-2, 2)], cov2: cov(rng.uniform(0.4, 2), rng.uniform(0.4, 2), rng.uniform(-0.8, 0.8)), prior1: rng.uniform(0.1, 0.9),
      };
      const got = posteriorVsLogistic2D(g, 31, 3);
      const ref = bruteGap(g, 31, 3);
      expect(Math.abs(got.maxAbs - ref.maxAbs)).toBeLessThan(1e-12);
      expect(got.argMax[0]).toBeCloseTo(ref.argMax[0], 12);
      expect(got.argMax[1]).toBeCloseTo(ref.argMax[1], 12);
    }
    const nested = { mu1: [0, 0], cov1: cov(0.5, 0.5, 0), mu2: [0, 0], cov2: cov(2, 2, 0), prior1: 0.5 };
    // equal means: the pooled line is flat at ½, while the posterior is 16/17 at the centre
    expect(posteriorVsLogistic2D(nested, 41, 4).maxAbs).toBeGreaterThan(0.4);
  });

  it('bad input names the argument', () => {
    const g = { mu1: [0, 0], cov1: cov(1, 1, 0), mu2: [1, 0], cov2: cov(1, 1, 0), prior1: 0.5 };
    expect(() => posteriorVsLogistic2D(g, 0)).toThrow(/gridSize/);
    expect(() => posteriorVsLogistic2D({ ...g, cov2: { xx: 1, xy: 2, yy: 1 } })).toThrow(/cov2 must be symmetric positive definite/);
  });
});

function numpyAvailable(): boolean {
  try {
    execFileSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!numpyAvailable())('posteriorVsLogistic2D against NumPy', () => {
  it('the same gap as NumPy computes with its own linear algebra', () => {
    const g = { mu1: [1, 0.5], cov1: cov(1, 0.7, 0.3), mu2: [-1, -0.5], cov2: cov(1.6, 0.5, -0.5), prior1: 0.4 };
    const program = `
import numpy as np
m1, m2 = np.array([1, 0.5]), np.array([-1, -0.5])
def cov(sx, sy, r): return np.array([[sx*sx, r*sx*sy], [r*sx*sy, sy*sy]])
S1, S2, p = cov(1, 0.7, 0.3), cov(1.6, 0.5, -0.5), 0.4
n, e = 51, 3.0
c = -e + (np.arange(n) + 0.5) * (2 * e / n)
X, Y = np.meshgrid(c, c[::-1])
P = np.stack([X.ravel(), Y.ravel()], 1)
def logpdf(m, S):
    d = P - m
    return -0.5 * np.einsum('ij,jk,ik->i', d, np.linalg.inv(S), d) - np.log(2 * np.pi) - 0.5 * np.log(np.linalg.det(S))
a = np.log(p) + logpdf(m1, S1) - np.log(1 - p) - logpdf(m2, S2)
post = 1 / (1 + np.exp(-a))
S = p * S1 + (1 - p) * S2
w = np.linalg.solve(S, m1 - m2)
b = -0.5 * (m1 @ np.linalg.solve(S, m1) - m2 @ np.linalg.solve(S, m2)) + np.log(p / (1 - p))
print(repr(float(np.abs(post - 1 / (1 + np.exp(-(P @ w + b)))).max())))
`;
    const ref = Number(execFileSync('python3', ['-c', program]).toString().trim());
    expect(Math.abs(posteriorVsLogistic2D(g, 51, 3).maxAbs - ref)).toBeLessThan(1e-12);
  });
});
