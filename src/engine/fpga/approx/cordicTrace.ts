/**
 * Hyperbolic CORDIC, one micro-rotation at a time: the same arithmetic as `cordicWith`
 * (cordic.ts), with every register kept so a reader can step through it. The two are kept
 * apart because the evaluator runs in sweeps of thousands of inputs and must not allocate;
 * cordicTrace.test.ts holds them equal bit for bit.
 */
import type { FixedFormat } from '../fixed/format';
import { quantizerOrIdentity } from '../fixed/quantize';
import { cordicGain, cordicSchedule } from './cordic';
import { checkInput, magnitude } from './types';

/** Longest trace: far enough to reach the third repeated shift, 40, in float64. */
export const CORDIC_TRACE_MAX = 48;

export interface CordicIteration {
  /** 1-based position in the sequence. */
  index: number;
  /** Shift i: this rotation is by ±atanh 2^−i. */
  shift: number;
  /** True for the second use of 4, 13, 40, … (hyperbolic CORDIC needs them to converge). */
  repeated: boolean;
  /** The stored angle atanh 2^−i (after quantization to the format). */
  angle: number;
  /** Direction: +1 rotates by +angle (the residual was ≥ 0), −1 by −angle. */
  direction: 1 | -1;
  /** Residual angle before and after this rotation: what is still to be rotated. */
  zBefore: number;
  z: number;
  /** The x (→ cosh) and y (→ sinh) registers after this rotation. */
  x: number;
  y: number;
  /** −log₂|z|: how many bits of r the rotations so far have matched (Infinity if z = 0). */
  bits: number;
  /** bits minus the previous iteration's (or the starting residual's). */
  gained: number;
}

export interface CordicTrace {
  /** The input as stored, and its reduction |x| = k·ln2 − r. */
  input: number;
  k: number;
  r: number;
  /** 1/K, the starting x register that cancels the rotations' gain. */
  invGain: number;
  /** −log₂|r|: the residual's bits before any rotation. */
  startBits: number;
  steps: CordicIteration[];
  /** eʳ = x + y after the last rotation, e^−|x| = 2^−k·eʳ, and σ(x). */
  er: number;
  e: number;
  output: number;
}

const bitsOf = (z: number): number => (z === 0 ? Infinity : -Math.log2(Math.abs(z)));

/**
 * Every register of the CORDIC sigmoid for one input after n micro-rotations (1 … 48).
 * `format` undefined is float64; otherwise each stored value is quantized as the
 * `cordic` approximation quantizes it, and `output` equals its `evaluate` bit for bit.
 */
export function cordicTrace(x: number, n: number, format?: FixedFormat): CordicTrace {
  checkInput('cordicTrace', x);
  if (!Number.isInteger(n) || n < 1 || n > CORDIC_TRACE_MAX) throw new RangeError(`cordicTrace: n must be an integer in 1…${CORDIC_TRACE_MAX}, got ${String(n)}`);
  const q = quantizerOrIdentity(format);
  const xq = q(x);
  const shifts = cordicSchedule(n);
  const invGain = 1 / cordicGain(n);
  if (!Number.isFinite(xq)) {
    // Only float64 lets ±∞ through; the evaluator answers the limits without rotating.
    return { input: xq, k: 0, r: 0, invGain, startBits: Infinity, steps: [], er: 1, e: xq > 0 ? 0 : Infinity, output: q(xq > 0 ? 1 : 0) };
  }
  const a = magnitude(xq);
  const k = Math.round(a * q(1 / Math.LN2));
  let z = q(k * q(Math.LN2) - a);
  const r = z;
  let cx = q(invGain);
  let cy = 0;
  let prevBits = bitsOf(z);
  const steps: CordicIteration[] = [];
  for (let j = 0; j < shifts.length; j++) {
    const p = 2 ** -shifts[j];
    const sy = q(cy * p);
    const sx = q(cx * p);
    const angle = q(Math.atanh(p));
    const zBefore = z;
    const direction: 1 | -1 = z >= 0 ? 1 : -1;
    cx = q(cx + direction * sy);
    cy = q(cy + direction * sx);
    z = q(z - direction * angle);
    const bits = bitsOf(z);
    steps.push({ index: j + 1, shift: shifts[j], repeated: j > 0 && shifts[j - 1] === shifts[j], angle, direction, zBefore, z, x: cx, y: cy, bits, gained: bits === prevBits ? 0 : bits - prevBits });
    prevBits = bits;
  }
  const er = q(cx + cy);
  const e = q(er * 2 ** -k);
  const output = xq >= 0 ? q(1 / (1 + e)) : q(e / (1 + e));
  return { input: xq, k, r, invGain, startBits: bitsOf(r), steps, er, e, output };
}
