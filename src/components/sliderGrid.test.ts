import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gridTop } from './sliderGrid';

describe('gridTop', () => {
  it('is max itself when the step divides the range', () => {
    expect(gridTop(0, 1, 0.25)).toBe(1);
    expect(gridTop(-1, 1, 0.05)).toBe(1);
    expect(gridTop(1, 20, 1)).toBe(20);
  });
  it('is the first grid point past max otherwise (the ε slider)', () => {
    const hi = Math.log10(0.5);
    const top = gridTop(-6, hi, 0.05);
    expect(top).toBeGreaterThanOrEqual(hi);
    expect(top - hi).toBeLessThan(0.05);
    expect(top).toBeCloseTo(-0.3, 12);
  });
  it('always lies within one step at or above max, on the grid', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), fc.double({ min: 1e-3, max: 50, noNaN: true }), fc.double({ min: 1e-3, max: 10, noNaN: true }), (lo, span, step) => {
        const top = gridTop(lo, lo + span, step);
        const k = (top - lo) / step;
        return top >= lo + span && top - (lo + span) < step * (1 + 1e-9) && (top === lo + span || Math.abs(k - Math.round(k)) < 1e-6);
      }),
    );
  });
  it('leaves degenerate ranges alone', () => {
    expect(gridTop(1, 1, 0.1)).toBe(1);
    expect(gridTop(0, 1, 0)).toBe(1);
  });
});
