/**
 * Hyperbolic CORDIC in rotation mode, then one divide:
 *   1. range reduction |x| = k·ln2 − r, |r| ≤ ln2/2 (CORDIC only converges for |θ| ≲ 1.1182);
 *   2. rotate x₀ = 1/K, y₀ = 0, z₀ = r through i = 1, 2, 3, 4, 4, 5, …, 13, 13, …, 40, 40, …
 *      (indices 4, 13, 40, … — k → 3k + 1 — are repeated, otherwise it does not converge);
 *      then x → cosh r, y → sinh r and eʳ = x + y;
 *   3. e^−|x| = 2^−k · eʳ (a shift), σ = 1/(1 + e^−|x|) for x ≥ 0, e^−|x|/(1 + e^−|x|) for x < 0.
 * Each micro-rotation buys about one bit, so the error falls ~4× every two iterations.
 * Not monotone: the residual angle error depends on r non-monotonically.
 */
import type { FixedFormat } from '../fixed/format';
import { quantizerOrIdentity } from '../fixed/quantize';
import { FLOAT_WORD_BITS, checkInput, magnitude, makeCost, resolveConfig, type Approximation, type ConfigParam, type HardwareCost } from './types';

const CONFIG: ConfigParam[] = [{ name: 'iterations', default: 16, min: 2, max: 24, step: 1 }];

/** Shift indices of the first n micro-rotations, repeats included. */
export function cordicSchedule(n: number): number[] {
  const out: number[] = [];
  let repeat = 4;
  for (let i = 1; out.length < n; i++) {
    out.push(i);
    if (i === repeat && out.length < n) {
      out.push(i);
      repeat = 3 * repeat + 1;
    }
  }
  return out;
}

/** Gain of the sequence: K = ∏ √(1 − 2^−2i) over the shifts actually used. */
export function cordicGain(n: number): number {
  let k = 1;
  for (const i of cordicSchedule(n)) k *= Math.sqrt(1 - 2 ** (-2 * i));
  return k;
}

const schedules = new Map<number, { shifts: number[]; angles: number[]; invGain: number }>();
function schedule(n: number): { shifts: number[]; angles: number[]; invGain: number } {
  let s = schedules.get(n);
  if (!s) {
    const shifts = cordicSchedule(n);
    s = { shifts, angles: shifts.map((i) => Math.atanh(2 ** -i)), invGain: 1 / cordicGain(n) };
    schedules.set(n, s);
  }
  return s;
}

/**
 * Stored values: input, |x|, the constants (1/ln2, ln2, 1/K, every atanh 2^−i), r, the
 * x/y/z registers and their shifted copies each iteration, eʳ, e^−|x| and the quotient.
 * Sums feeding the divider and k·ln2 are full-width expressions (ap_fixed arithmetic does
 * not round until assignment), so 1 + e^−|x| = 2 does not overflow a Q2.x datapath.
 */
export function cordicWith(x: number, n: number, q: (v: number) => number): number {
  const xq = q(x);
  if (xq === Infinity) return q(1);
  if (xq === -Infinity) return q(0);
  const { shifts, angles, invGain } = schedule(n);
  const a = magnitude(xq);
  const k = Math.round(a * q(1 / Math.LN2));
  let z = q(k * q(Math.LN2) - a);
  let cx = q(invGain);
  let cy = 0;
  for (let j = 0; j < shifts.length; j++) {
    const p = 2 ** -shifts[j];
    const sy = q(cy * p);
    const sx = q(cx * p);
    const ang = q(angles[j]);
    if (z >= 0) {
      cx = q(cx + sy);
      cy = q(cy + sx);
      z = q(z - ang);
    } else {
      cx = q(cx - sy);
      cy = q(cy - sx);
      z = q(z + ang);
    }
  }
  const er = q(cx + cy);
  const e = q(er * 2 ** -k);
  return xq >= 0 ? q(1 / (1 + e)) : q(e / (1 + e));
}

function evaluate(x: number, config?: Record<string, number>, format?: FixedFormat): number {
  checkInput('cordic', x);
  const { iterations } = resolveConfig('cordic', CONFIG, config);
  return cordicWith(x, iterations, quantizerOrIdentity(format));
}

function cost(config?: Record<string, number>, format?: FixedFormat): HardwareCost {
  const { iterations: n } = resolveConfig('cordic', CONFIG, config);
  quantizerOrIdentity(format);
  const word = format?.width ?? FLOAT_WORD_BITS;
  // Per micro-rotation: x, y and z add/subtracts, two shifts, one atanh ROM read (in the
  // same cycle). Range reduction: two constant multipliers and a subtract. Then x + y,
  // the 2^−k barrel shift, 1 + e and a radix-2 divider (one quotient bit per cycle; a
  // float64 mantissa is 53 bits).
  const quotientBits = format ? format.width : 53;
  return makeCost({
    multipliers: 2,
    dividers: 1,
    adders: 3 * n + 3,
    shifts: 2 * n + 1,
    comparators: 0,
    tableBits: n * word,
    latencyCycles: 3 + n + 2 + quotientBits,
  });
}

export const cordic: Approximation = {
  name: 'cordic',
  label: 'CORDIC (hyperbolic) + divide',
  source:
    'J. S. Walther, "A unified algorithm for elementary functions", AFIPS Spring Joint Computer Conference 38:379–385, 1971 (hyperbolic CORDIC after J. E. Volder, IRE Trans. Electronic Computers EC-8(3), 1959)',
  config: CONFIG,
  evaluate,
  cost,
};
