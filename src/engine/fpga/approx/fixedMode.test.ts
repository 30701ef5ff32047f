/**
 * Fixed-point mode on Q4.12 (ap_fixed<16,4>) and Q2.6 (ap_fixed<8,2>), default TRN/WRAP.
 * Every output is a stored word, so an exact multiple of the step; and the error curve
 * sits on a quantization floor. With TRN, the final truncation alone adds an error
 * uniform on [0, step) — mean step/2 — independent of the method's own error, so the
 * mean error cannot fall far below step/2 and the median not far below step/4 (we
 * assert ≥ step/4 and ≥ step/8, leaving room for the method error to partly cancel it).
 */
import { describe, expect, it } from 'vitest';
import { sigmoidApprox } from '.';
import { APPROX_NAMES } from './types';
import { apFixed, formatRange, formatStep, type FixedFormat } from '../fixed/format';
import { sigmoidExact } from '../exact';

const formats: [string, FixedFormat][] = [
  ['Q4.12 = ap_fixed<16,4>', apFixed(16, 4)],
  ['Q2.6 = ap_fixed<8,2>', apFixed(8, 2)],
];
/** The most precise setting of each method, so its own error is below the format's step. */
const precise: Record<string, Record<string, number>> = {
  taylor: { order: 9 }, lut: { entries: 4096, interpolate: 1 }, plan: {}, sonf: {},
  cordic: { iterations: 24 }, hybrid: { entries: 256 },
};

function grid(fmt: FixedFormat, lo: number, hi: number): number[] {
  // Every representable input in [lo, hi] (inputs are quantized anyway), capped at ~8k points.
  const { min, max } = formatRange(fmt);
  const step = formatStep(fmt);
  const a = Math.max(lo, min);
  const b = Math.min(hi, max);
  const stride = Math.max(1, Math.ceil((b - a) / step / 8000));
  const xs: number[] = [];
  for (let x = a; x <= b; x += stride * step) xs.push(x);
  return xs;
}

function median(v: number[]): number {
  const s = [...v].sort((p, q) => p - q);
  return s[s.length >> 1];
}

describe.each(formats)('%s', (_label, fmt) => {
  const step = formatStep(fmt);
  // Taylor only where it converges usefully; the others over the format's whole range.
  const xsFor = (name: string): number[] => (name === 'taylor' ? grid(fmt, -2, 2) : grid(fmt, -8, 8));

  it.each(APPROX_NAMES)('%s: every output is an exact multiple of the step', (name) => {
    for (const x of xsFor(name)) {
      const y = sigmoidApprox[name].evaluate(x, precise[name], fmt);
      expect(Number.isInteger(y / step), `${name}(${x}) = ${y}`).toBe(true);
    }
  });

  it.each(APPROX_NAMES)('%s: the error shows the quantization floor', (name) => {
    const errs = xsFor(name).map((x) => Math.abs(sigmoidApprox[name].evaluate(x, precise[name], fmt) - sigmoidExact(x)));
    const mean = errs.reduce((s, e) => s + e, 0) / errs.length;
    expect(mean).toBeGreaterThanOrEqual(step / 4);
    expect(median(errs)).toBeGreaterThanOrEqual(step / 8);
  });
});

describe('fixed point against float', () => {
  it('precise methods in Q4.12 are within a few steps of σ; PLAN and SONF keep their own error', () => {
    const fmt = apFixed(16, 4);
    const step = formatStep(fmt);
    const xs = grid(fmt, -8, 8);
    const maxErr = (name: (typeof APPROX_NAMES)[number]): number =>
      Math.max(...xs.map((x) => Math.abs(sigmoidApprox[name].evaluate(x, precise[name], fmt) - sigmoidExact(x))));
    expect(maxErr('lut')).toBeLessThan(4 * step);
    expect(maxErr('cordic')).toBeLessThan(10 * step);
    expect(maxErr('plan')).toBeCloseTo(0.0189, 3);
    expect(maxErr('sonf')).toBeCloseTo(0.0216, 3);
  });

  it('|x| of the signed minimum does not wrap (held in a magnitude register)', () => {
    const fmt = apFixed(16, 4);
    for (const name of ['plan', 'sonf', 'cordic', 'hybrid'] as const) {
      expect(sigmoidApprox[name].evaluate(-8, undefined, fmt)).toBeLessThan(0.02);
    }
  });
});
