/**
 * SONF — second-order nonlinear function (Zhang, Vassiliadis & Delgado-Frias 1996):
 * 1 − ½(1 − x/4)² on [0, 4), ½(1 + x/4)² on (−4, 0), saturated outside. One squarer,
 * two shifts and two subtracts; no table. Continuous and monotone.
 */
import type { FixedFormat } from '../fixed/format';
import { quantizerOrIdentity } from '../fixed/quantize';
import { checkInput, magnitude, makeCost, resolveConfig, type Approximation, type ConfigParam, type HardwareCost } from './types';

const CONFIG: ConfigParam[] = [];

/**
 * Stored values: input, |x|, x/4 (a shift), u = 1 − |x|/4, u² (the squarer output), u²/2
 * (a shift) and the result. With q = identity this is exactly the published formula:
 * 1 − |x|/4 equals 1 + x/4 for x < 0 bit for bit, and (u·u)/2 equals ½·u².
 */
export function sonfWith(x: number, q: (v: number) => number): number {
  const xq = q(x);
  if (xq >= 4) return q(1);
  if (xq <= -4) return q(0);
  const a = magnitude(xq);
  const u = q(1 - q(a / 4));
  const h = q(q(u * u) / 2);
  return xq >= 0 ? q(1 - h) : h;
}

/** SONF's own tanh form: sign(x)(|x| − x²/4) for |x| < 2, else ±1 (= 2·SONF(2x) − 1). */
export function sonfTanhWith(x: number, q: (v: number) => number): number {
  const xq = q(x);
  if (xq >= 2) return q(1);
  if (xq <= -2) return q(-1);
  const a = magnitude(xq);
  const y = q(a - q(q(a * a) / 4));
  return xq < 0 ? q(-y) : y;
}

function evaluate(x: number, config?: Record<string, number>, format?: FixedFormat): number {
  checkInput('sonf', x);
  resolveConfig('sonf', CONFIG, config);
  return sonfWith(x, quantizerOrIdentity(format));
}

export function sonfCost(): HardwareCost {
  // Dependent chain: subtract → square → subtract (the shifts are wiring): 3 cycles.
  return makeCost({ multipliers: 1, adders: 2, shifts: 2, comparators: 1, tableBits: 0, latencyCycles: 3 });
}

function cost(config?: Record<string, number>, format?: FixedFormat): HardwareCost {
  resolveConfig('sonf', CONFIG, config);
  quantizerOrIdentity(format);
  return sonfCost();
}

export const sonf: Approximation = {
  name: 'sonf',
  label: 'SONF (second-order nonlinear function)',
  source:
    'M. Zhang, S. Vassiliadis, J. G. Delgado-Frias, "Sigmoid generators for neural computing using piecewise approximations", IEEE Trans. Computers 45(9):1045–1049, 1996',
  publishedMaxError: 0.022,
  config: CONFIG,
  evaluate,
  cost,
};
