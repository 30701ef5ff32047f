import { describe, expect, it } from 'vitest';
import { autoYDomain, formatNumber, nearestIndex } from './scales';

describe('plot scales', () => {
  it('finds the nearest sample by binary search', () => {
    const xs = [0, 1, 2, 3, 4];
    expect(nearestIndex(xs, 2.4)).toBe(2);
    expect(nearestIndex(xs, 2.6)).toBe(3);
    expect(nearestIndex(xs, -5)).toBe(0);
    expect(nearestIndex(xs, 99)).toBe(4);
    expect(nearestIndex([], 1)).toBe(-1);
  });

  it('ignores non-finite values and non-positive ones on a log axis', () => {
    const s = { id: 'a', label: 'a', color: 'red', x: [0, 1, 2, 3], y: [NaN, 1e-18, 0.25, Infinity] };
    expect(autoYDomain([s], 'log')).toEqual([1e-18, 0.25]);
    const lin = autoYDomain([{ ...s, y: [0, 1, -Infinity, 2] }], 'linear');
    expect(lin[0]).toBeCloseTo(-0.1);
    expect(lin[1]).toBeCloseTo(2.1);
  });

  it('formats tiny, huge and special values readably', () => {
    expect(formatNumber(4.248e-18)).toBe('4.248e−18');
    expect(formatNumber(0.25)).toBe('0.25');
    expect(formatNumber(-Infinity)).toBe('−∞');
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(-0.5)).toBe('−0.5');
    expect(formatNumber(1e-6)).toBe('1e−6');
    expect(formatNumber(123456789)).toBe('1.235e8');
  });
});
