import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ghm, ghmBinOf, gradientNorms } from './ghm';
import { makeImbalancedScores } from './dataset';

describe('GHM-C', () => {
  const set = makeImbalancedScores({ seed: 1 });
  it('g = |σ(z) − y| keeps tiny values', () => {
    const g = gradientNorms(Float64Array.of(-40, 40), Uint8Array.of(0, 1));
    expect(g[0]).toBeCloseTo(4.248354255291589e-18, 30);
    expect(g[1]).toBeCloseTo(4.248354255291589e-18, 30);
  });
  it('every non-empty bin carries the same total weight N/M', () => {
    const r = ghm(set.z, set.y, 10);
    const n = set.z.length;
    for (const b of r.bins) if (b.count > 0) expect(b.count * b.beta).toBeCloseTo(n / 10, 9);
    expect(r.bins.reduce((a, b) => a + b.count, 0)).toBe(n);
  });
  it('the histogram is U-shaped and β damps both ends', () => {
    const r = ghm(set.z, set.y, 10);
    const c = r.bins.map((b) => b.count);
    const mid = Math.min(...c.slice(3, 7));
    expect(c[0]).toBeGreaterThan(mid);
    expect(c[9]).toBeGreaterThan(mid);
    expect(r.bins[0].beta).toBeLessThan(r.bins[5].beta);
    expect(r.bins[9].beta).toBeLessThan(r.bins[5].beta);
    expect(r.bins[0].ghmShare).toBeLessThan(r.bins[0].ceShare);
  });
  it('shares add up to 1 for any bin count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), (m) => {
        const r = ghm(set.z, set.y, m);
        for (const k of ['ceShare', 'ghmShare', 'gradShare', 'ghmGradShare'] as const) {
          expect(r.bins.reduce((a, b) => a + b[k], 0)).toBeCloseTo(1, 10);
        }
      }),
      { numRuns: 20 },
    );
  });
  it('bins g = 1 into the last bin and rejects bad bin counts', () => {
    expect(ghmBinOf(1, 10)).toBe(9);
    expect(ghmBinOf(0, 10)).toBe(0);
    expect(() => ghm(set.z, set.y, 0)).toThrow(/bins/);
  });
});
