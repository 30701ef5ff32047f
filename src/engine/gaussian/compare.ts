/**
 * How far the shared-variance logistic σ(wx + b) is from the true Gaussian posterior on an
 * interval: ~1e−16 when the spreads are equal (the same function, two formulas), visibly
 * large when they are not.
 */
import { checkGrid } from '../numeric/errors';
import { gaussianPosterior, logisticAt, sharedVarianceLogistic, type TwoGaussians } from './twoClass';

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
