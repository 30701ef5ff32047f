import { describe, expect, it } from 'vitest';
import { intervalsWhere, sampleFunction, totalLength } from './sampling';

describe('sampleFunction', () => {
  it('includes both ends exactly', () => {
    const s = sampleFunction((x) => x * x, -3, 7, 11);
    expect(s.x[0]).toBe(-3);
    expect(s.x[10]).toBe(7);
    expect(s.y[5]).toBe(4);
  });
  it('rejects bad grids with a RangeError naming the argument', () => {
    expect(() => sampleFunction(Math.sin, 0, 0, 10)).toThrow(/hi must be greater/);
    expect(() => sampleFunction(Math.sin, NaN, 1, 10)).toThrow(/lo must be/);
    expect(() => sampleFunction(Math.sin, 0, 1, 1)).toThrow(RangeError);
  });
});

describe('intervalsWhere', () => {
  it('finds both tails where |x| > 2 and measures them', () => {
    const s = sampleFunction((x) => x, -4, 4, 801);
    const iv = intervalsWhere(s, (y) => Math.abs(y) > 2);
    expect(iv).toHaveLength(2);
    expect(iv[0].x0).toBe(-4);
    expect(iv[0].x1).toBeCloseTo(-2, 2);
    expect(iv[1].x0).toBeCloseTo(2, 2);
    expect(iv[1].x1).toBe(4);
    expect(Math.abs(totalLength(iv) - 4)).toBeLessThanOrEqual(0.011);
  });
  it('returns nothing when the predicate never holds', () => {
    expect(intervalsWhere(sampleFunction(Math.cos, 0, 1, 50), () => false)).toEqual([]);
  });
});
