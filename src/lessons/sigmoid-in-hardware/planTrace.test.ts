import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apFixed, sigmoidApprox } from '../../engine';
import { planTrace } from './planTrace';

describe('planTrace', () => {
  it('ends in the very word the engine computes, for any x and format', () => {
    fc.assert(
      fc.property(fc.double({ min: -12, max: 12, noNaN: true }), fc.integer({ min: 6, max: 24 }), fc.integer({ min: 4, max: 8 }), (x, w, i) => {
        const fmt = apFixed(w, i, 'TRN', 'SAT');
        expect(planTrace(x, fmt).output.value).toBe(sigmoidApprox.plan.evaluate(x, undefined, fmt));
      }),
    );
  });

  it('picks the segment by the comparators and shows two’s-complement bits', () => {
    const fmt = apFixed(16, 6, 'TRN', 'SAT');
    const t = planTrace(-1.5, fmt);
    expect(t.segment).toBe(2); // 1 ≤ |x| < 2.375: slope 2^−3
    expect(t.comparators.map((c) => c.fires)).toEqual([false, false, true]);
    expect(t.shifted?.value).toBe(0.1875);
    expect(t.sum.value).toBe(0.8125);
    expect(t.output.value).toBe(0.1875);
    expect(t.input.bits).toHaveLength(16);
    expect(t.input.bits[0]).toBe('1');
  });

  it('skips shift and add on the saturated segment', () => {
    const t = planTrace(6, apFixed(16, 6, 'TRN', 'SAT'));
    expect(t.segment).toBe(0);
    expect(t.shifted).toBeNull();
    expect(t.output.value).toBe(1);
  });
});
