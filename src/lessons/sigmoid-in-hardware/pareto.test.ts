import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { areaOf, frontier } from './pareto';

describe('frontier', () => {
  it('keeps exactly the points nothing cheaper beats', () => {
    const pts = [
      { c: 1, error: 0.1 }, { c: 2, error: 0.2 }, { c: 3, error: 0.01 }, { c: 3, error: 0.05 }, { c: 9, error: 0.001 },
    ];
    expect(frontier(pts, (p) => p.c)).toEqual([pts[0], pts[2], pts[4]]);
  });

  it('is never dominated and errors fall along it', () => {
    const pt = fc.record({ c: fc.integer({ min: 0, max: 100 }), error: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(pt, { minLength: 1, maxLength: 30 }), (pts) => {
        const f = frontier(pts, (p) => p.c);
        for (let k = 1; k < f.length; k++) expect(f[k].error).toBeLessThan(f[k - 1].error);
        for (const p of f) expect(pts.some((o) => o.c <= p.c && o.error < p.error)).toBe(false);
      }),
    );
  });
});

describe('areaOf', () => {
  it('charges W per adder/comparator, W² per multiplier/divider, shifts free', () => {
    const c = { multipliers: 1, adders: 2, shifts: 5, comparators: 1, tableBits: 100, latencyCycles: 3, dividers: 1 };
    expect(areaOf(c, 16)).toBe(100 + 16 * 3 + 256 * 2);
  });
});
