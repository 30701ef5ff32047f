/**
 * PLAN — piecewise linear approximation of a nonlinear function (Amin, Curtis &
 * Hayes-Gill 1997). Every slope is a power of two, so the datapath is comparators, one
 * (selected) shift and adds: no multiplier.
 *
 * Note: PLAN is NOT monotone. At |x| = 2.375 the left segment reaches 0.921875 but the
 * right one starts at 0.91796875, a drop of 2^−8 (the published constants do not meet).
 */
import type { FixedFormat } from '../fixed/format';
import { quantizerOrIdentity } from '../fixed/quantize';
import { checkInput, magnitude, makeCost, resolveConfig, type Approximation, type ConfigParam, type HardwareCost } from './types';

const CONFIG: ConfigParam[] = [];

/**
 * The datapath with every stored value passed through q (identity in float mode, which
 * leaves exactly the published formula). Segment thresholds are compared exactly, as an
 * HLS comparison against a literal is: only assignments quantize.
 */
export function planWith(x: number, q: (v: number) => number): number {
  const xq = q(x);
  const a = magnitude(xq);
  let y: number;
  if (a >= 5) y = q(1);
  else if (a >= 2.375) y = q(q(a * 0.03125) + q(0.84375));
  else if (a >= 1) y = q(q(a * 0.125) + q(0.625));
  else y = q(q(a * 0.25) + q(0.5));
  return xq < 0 ? q(1 - y) : y;
}

function evaluate(x: number, config?: Record<string, number>, format?: FixedFormat): number {
  checkInput('plan', x);
  resolveConfig('plan', CONFIG, config);
  return planWith(x, quantizerOrIdentity(format));
}

function cost(config?: Record<string, number>, format?: FixedFormat): HardwareCost {
  resolveConfig('plan', CONFIG, config);
  quantizerOrIdentity(format); // validates the format
  // One shift and one add for the segment (shift amount picked by 3 comparators), plus
  // the 1 − y subtract on the negative side; the two adds are dependent: 2 cycles.
  return makeCost({ multipliers: 0, adders: 2, shifts: 1, comparators: 3, tableBits: 0, latencyCycles: 2 });
}

export const plan: Approximation = {
  name: 'plan',
  label: 'PLAN (piecewise linear, power-of-two slopes)',
  source:
    'H. Amin, K. M. Curtis, B. R. Hayes-Gill, "Piecewise linear approximation applied to nonlinear function of a neural network", IEE Proc. Circuits, Devices and Systems 144(6):313–317, 1997',
  publishedMaxError: 0.0189,
  config: CONFIG,
  evaluate,
  cost,
};
