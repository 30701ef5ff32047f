import { describe, expect, it } from 'vitest';
import { sigmoidNaive, sigmoidStable, softmaxNaive, softmaxStable, tanhNaive, tanhStable } from './hardwareForms';
import { formatInfo, roundTo } from './precision';
import { softmax } from './softmax';

describe('hardware forms', () => {
  it('softmax([10, 2, 10000, 4]): naive NaN, stable one-hot', () => {
    expect(Array.from(softmaxNaive([10, 2, 10000, 4], 'float64'))).toEqual([0, 0, NaN, 0]);
    expect(Array.from(softmaxStable([10, 2, 10000, 4], 'float64'))).toEqual([0, 0, 1, 0]);
  });
  it('float16 naive softmax overflows above ln(65504) ≈ 11.09', () => {
    expect(Array.from(softmaxNaive([11, 0], 'float16')).every(Number.isFinite)).toBe(true);
    expect(softmaxNaive([12, 0], 'float16')[0]).toBeNaN();
    const st = softmaxStable([12, 0], 'float16');
    expect(st[0]).toBe(roundTo(st[0], 'float16'));
    expect(Math.abs(st[0] - softmax([12, 0])[0])).toBeLessThan(formatInfo('float16').epsilon);
  });
  it('every output is a number of the format', () => {
    const z = [0.1, -2.7, 3.3, 1e-3];
    for (const p of ['float16', 'bfloat16', 'float32'] as const) {
      for (const v of softmaxStable(z, p)) expect(v).toBe(roundTo(v, p));
      for (const v of softmaxNaive(z, p)) expect(v).toBe(roundTo(v, p));
      expect(sigmoidNaive(0.3, p)).toBe(roundTo(sigmoidNaive(0.3, p), p));
    }
  });
  it('sigmoid: naive loses the tail in float16, stable keeps it', () => {
    expect(sigmoidNaive(-12, 'float16')).toBe(0); // e^12 overflows float16: 1/Inf
    expect(sigmoidStable(-12, 'float16')).toBeGreaterThan(0);
    expect(sigmoidStable(-12, 'float16')).toBe(roundTo(Math.exp(-12), 'float16'));
    expect(sigmoidNaive(0, 'bfloat16')).toBe(0.5);
    expect(sigmoidStable(800, 'float64')).toBe(1);
    expect(sigmoidStable(-800, 'float64')).toBe(0);
  });
  it('tanh: naive gives NaN once e^x overflows, stable does not', () => {
    expect(tanhNaive(12, 'float16')).toBeNaN();
    expect(tanhNaive(710, 'float64')).toBeNaN();
    expect(tanhStable(12, 'float16')).toBe(1);
    expect(tanhStable(-710, 'float64')).toBe(-1);
    expect(tanhStable(0.5, 'float64')).toBeCloseTo(Math.tanh(0.5), 15);
  });
});
