import { describe, expect, it } from 'vitest';
import { errorStats } from './errorStats';
import { sigmoidExact } from './exact';

describe('errorStats', () => {
  it('exact function has zero error; a constant offset gives that offset everywhere', () => {
    expect(errorStats(sigmoidExact, -8, 8, 101)).toEqual({ maxAbs: 0, meanAbs: 0, rms: 0, argMax: -8 });
    const s = errorStats((x) => sigmoidExact(x) + 0.01, -1, 1, 11);
    expect(s.maxAbs).toBeCloseTo(0.01, 15);
    expect(s.meanAbs).toBeCloseTo(0.01, 15);
    expect(s.rms).toBeCloseTo(0.01, 15);
  });

  it('argMax is the grid point of the largest error, endpoints included', () => {
    const s = errorStats((x) => sigmoidExact(x) + (x === 2 ? 0.5 : 0), -2, 2, 5);
    expect(s.argMax).toBe(2);
    expect(s.maxAbs).toBeCloseTo(0.5, 14);
    expect(s.meanAbs).toBeCloseTo(0.1, 15);
  });

  it('takes another reference, and counts NaN as infinite error', () => {
    expect(errorStats(Math.tanh, -3, 3, 7, Math.tanh).maxAbs).toBe(0);
    expect(errorStats(() => NaN, 0, 1, 3).maxAbs).toBe(Infinity);
  });

  it('validates its arguments', () => {
    expect(() => errorStats(sigmoidExact, 1, 1, 10)).toThrow(/hi must be finite and > lo/);
    expect(() => errorStats(sigmoidExact, NaN, 1, 10)).toThrow(/lo must be finite/);
    expect(() => errorStats(sigmoidExact, 0, 1, 1)).toThrow(/samples/);
    expect(() => errorStats(sigmoidExact, 0, 1, 2.5)).toThrow(/samples/);
  });
});
