import { describe, expect, it } from 'vitest';
import { argmax } from '../index';

describe('argmax', () => {
  it('is the index of the largest entry, the first one on ties', () => {
    expect(argmax([38, 20, 40, 39])).toBe(2);
    expect(argmax([1, 3, 3, 2])).toBe(1);
    expect(argmax([5])).toBe(0);
    expect(argmax(Float64Array.of(-1, -0.5, -2))).toBe(1);
    expect(argmax([0, -0])).toBe(0);
    expect(argmax([-0, 0])).toBe(0); // −0 === 0: a tie
  });
  it('treats ±Infinity as ordinary values', () => {
    expect(argmax([-Infinity, -Infinity])).toBe(0);
    expect(argmax([-Infinity, -1e308])).toBe(1);
    expect(argmax([1, Infinity, Infinity])).toBe(1);
  });
  it('returns the first NaN (NaN counts as the largest, as in NumPy)', () => {
    expect(argmax([1, NaN, 5, NaN])).toBe(1);
    expect(argmax([NaN, 5])).toBe(0);
    expect(argmax([5, Infinity, NaN])).toBe(2);
  });
  it('throws a RangeError naming the argument on empty or non-array input', () => {
    expect(() => argmax([])).toThrow(RangeError);
    expect(() => argmax([])).toThrow('values must be a non-empty vector, got []');
    expect(() => argmax(null as unknown as number[])).toThrow(/^values must be an array/);
  });
});
