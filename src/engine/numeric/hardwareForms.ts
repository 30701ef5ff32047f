/**
 * The textbook formulas as a p-precision datapath would run them, for the overflow
 * lessons. Every input is rounded to p, every elementary step (exp, negation, subtraction,
 * addition left to right, division) is computed in float64 and rounded to p: exp overflows
 * to Infinity exactly where the format's exp would, and Infinity/Infinity gives NaN.
 */
import { checkFinite, checkVector } from './errors';
import { checkPrecision, roundTo, type Precision } from './precision';

function rounder(p: Precision): (v: number) => number {
  const q = checkPrecision(p);
  return (v) => roundTo(v, q);
}

/** exp(z_i) / Σ_j exp(z_j) with no max subtraction: overflows for z_i > ln(max). */
export function softmaxNaive(z: ArrayLike<number>, p: Precision): Float64Array {
  checkVector('z', z);
  const r = rounder(p);
  const n = z.length;
  const e = new Float64Array(n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    e[i] = r(Math.exp(r(z[i])));
    s = i === 0 ? e[i] : r(s + e[i]);
  }
  for (let i = 0; i < n; i++) e[i] = r(e[i] / s);
  return e;
}

/** exp(z_i − max) / Σ_j exp(z_j − max): every exp is ≤ 1, the sum is ≥ 1. */
export function softmaxStable(z: ArrayLike<number>, p: Precision): Float64Array {
  checkVector('z', z);
  const r = rounder(p);
  const n = z.length;
  const zr = new Float64Array(n);
  let m = -Infinity;
  for (let i = 0; i < n; i++) {
    zr[i] = r(z[i]);
    if (zr[i] > m) m = zr[i];
  }
  const e = new Float64Array(n);
  let s = 0;
  for (let i = 0; i < n; i++) {
    e[i] = r(Math.exp(r(zr[i] - m)));
    s = i === 0 ? e[i] : r(s + e[i]);
  }
  for (let i = 0; i < n; i++) e[i] = r(e[i] / s);
  return e;
}

/** 1 / (1 + exp(−x)): exp(−x) overflows for x < −ln(max) (the result is then 0, harmlessly). */
export function sigmoidNaive(x: number, p: Precision): number {
  checkFinite('x', x);
  const r = rounder(p);
  const xr = r(x);
  return r(1 / r(1 + r(Math.exp(-xr))));
}

/** Branch on the sign: 1/(1 + e^{−x}) for x ≥ 0, e^{x}/(1 + e^{x}) for x < 0. */
export function sigmoidStable(x: number, p: Precision): number {
  checkFinite('x', x);
  const r = rounder(p);
  const xr = r(x);
  if (xr >= 0) return r(1 / r(1 + r(Math.exp(-xr))));
  const e = r(Math.exp(xr));
  return r(e / r(1 + e));
}

/** (e^x − e^{−x}) / (e^x + e^{−x}): Infinity/Infinity = NaN once e^{|x|} overflows. */
export function tanhNaive(x: number, p: Precision): number {
  checkFinite('x', x);
  const r = rounder(p);
  const xr = r(x);
  const a = r(Math.exp(xr));
  const b = r(Math.exp(-xr));
  return r(r(a - b) / r(a + b));
}

/** sign(x)·(1 − e^{−2|x|}) / (1 + e^{−2|x|}): the exponential is ≤ 1. */
export function tanhStable(x: number, p: Precision): number {
  checkFinite('x', x);
  const r = rounder(p);
  const xr = r(x);
  const t = r(Math.exp(-r(2 * Math.abs(xr))));
  const v = r(r(1 - t) / r(1 + t));
  return xr < 0 ? -v : v;
}
