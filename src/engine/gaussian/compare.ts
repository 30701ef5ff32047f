/**
 * How far the shared-variance logistic σ(wx + b) is from the true Gaussian posterior on an
 * interval: ~1e−16 when the spreads are equal (the same function, two formulas), visibly
 * large when they are not.
 */
import { checkGrid } from '../numeric/errors';
import { gaussianPosterior, logisticAt, sharedVarianceLogistic, type TwoGaussians } from './twoClass';
import { gaussianPosteriorGrid2D, logisticAt2D, sharedCovarianceLogistic2D, type PlaneBounds, type TwoGaussians2D } from './twoClass2d';

export interface PosteriorGap {
  maxAbs: number;
  argMax: number;
}

export function posteriorVsLogistic(g: TwoGaussians, lo: number, hi: number, samples = 801): PosteriorGap {
  checkGrid(lo, hi, samples, 'samples');
  const l = sharedVarianceLogistic(g);
  let maxAbs = 0;
  let argMax = lo;
  for (let i = 0; i < samples; i++) {
    const x = lo + ((hi - lo) * i) / (samples - 1);
    const d = Math.abs(gaussianPosterior(x, g) - logisticAt(x, l));
    if (d > maxAbs) {
      maxAbs = d;
      argMax = x;
    }
  }
  return { maxAbs, argMax };
}

export interface PosteriorGap2D {
  maxAbs: number;
  /** The grid point [x, y] where the gap is largest (the first one on ties). */
  argMax: [number, number];
}

/**
 * The 2-D version: max |P(C₁ | x) − σ(wᵀx + b)| over the same cell centres as
 * gaussianPosteriorGrid2D (so a heat map and its readout talk about the same points), with
 * w, b from sharedCovarianceLogistic2D. ~1e−16 with a shared Σ; with unequal Σ the pooled line
 * misses the curved boundary.
 */
export function posteriorVsLogistic2D(g: TwoGaussians2D, gridSize = 101, bounds: PlaneBounds = 3): PosteriorGap2D {
  const post = gaussianPosteriorGrid2D(g, gridSize, bounds);
  const l = sharedCovarianceLogistic2D(g);
  const b = typeof bounds === 'number' ? { xMin: -bounds, xMax: bounds, yMin: -bounds, yMax: bounds } : bounds;
  const dx = (b.xMax - b.xMin) / gridSize;
  const dy = (b.yMax - b.yMin) / gridSize;
  let maxAbs = 0;
  let argMax: [number, number] = [b.xMin + 0.5 * dx, b.yMax - 0.5 * dy];
  const pt = [0, 0];
  for (let r = 0, k = 0; r < gridSize; r++) {
    pt[1] = b.yMax - (r + 0.5) * dy;
    for (let c = 0; c < gridSize; c++, k++) {
      pt[0] = b.xMin + (c + 0.5) * dx;
      const d = Math.abs(post[k] - logisticAt2D(pt, l));
      if (d > maxAbs) {
        maxAbs = d;
        argMax = [pt[0], pt[1]];
      }
    }
  }
  return { maxAbs, argMax };
}
