/**
 * The figures in the saturation lesson's words, from the engine calls the widgets make, formatted
 * by the one shared formatter. Cheap on purpose: a few derivative evaluations, one bisection and
 * the zig-zag widget's 2×2 algebra (200 points). The depth chain's numbers need a backward pass
 * through a 30-layer network, so the prose does not quote them: the widget's readouts show them
 * live, and claims.test.ts pins what the prose says about them.
 */
import { activations } from '../../engine';
import { formatFixed, formatNumber } from '../../format/number';
import { DEPTH30 } from './exercises';
import { zigzagSchema } from './schema';
import { zigzagCases } from './zigzag';

/** The x below which GELU′ is exactly 0 in float64 (its Gaussian tail underflows): bisection on [−64, −1]. */
export function geluZeroBelow(): number {
  const df = (x: number) => activations.gelu.df(x);
  let alive = -1;
  let dead = -64;
  if (df(alive) === 0 || df(dead) !== 0) throw new RangeError('GELU′: no underflow edge in [−64, −1]');
  for (let k = 0; k < 60; k++) {
    const mid = (alive + dead) / 2;
    if (df(mid) === 0) dead = mid;
    else alive = mid;
  }
  return alive;
}

const [pos, cen] = zigzagCases(zigzagSchema.lr.default, zigzagSchema.steps.default, zigzagSchema.seed.default);

export const figures = {
  /** σ′(40) = σ(40)·σ(−40), the slope widget's default point. */
  sigmoid40: formatNumber(activations.sigmoid.df(40), 3),
  /** σ′(10) and tanh′(10): why both look like zero on a linear axis there. */
  sigmoid10: formatNumber(activations.sigmoid.df(10), 2),
  tanh10: formatNumber(activations.tanh.df(10), 2),
  /** Where GELU′ underflows to exactly 0. */
  geluZero: formatFixed(geluZeroBelow(), 1),
  /** Orders of magnitude in (1/4)^30, the bound for the depth widget's default 30 layers. */
  boundOrders: formatFixed(-DEPTH30.depth * Math.log10(0.25), 0),
  /** The zig-zag widget's defaults: condition numbers and largest stable learning rates. */
  kappaPos: formatNumber(pos.kappa, 3),
  kappaCen: formatNumber(cen.kappa, 3),
  maxLrPos: formatNumber(pos.maxLr, 3),
  lrGain: formatFixed(cen.maxLr / pos.maxLr, 0),
};
