import { describe, expect, it } from 'vitest';
import { CONVEX_NAMES, convexTarget, fitMaxout, MAX_PIECES } from '..';

describe('maxout fits a convex function with k pieces', () => {
  it('matches the closed form for x²: equal cells, each with RMS error d²/(6√5)', () => {
    // The best line through x² on a cell of width d leaves x² − d²/12 about its centre: RMS d²/√180.
    for (const k of [2, 4, 8]) {
      const d = 4 / k;
      expect(fitMaxout('square', k).rmse / (d * d / Math.sqrt(180))).toBeCloseTo(1, 1);
    }
  });

  it('is exact where the target is itself a maximum of k lines', () => {
    expect(fitMaxout('abs', 2).rmse).toBeLessThan(1e-12);
    expect(fitMaxout('abs', 1).rmse).toBeGreaterThan(0.3);
  });

  it('is a maximum of its pieces, hence convex, and the error falls with k', () => {
    for (const name of CONVEX_NAMES) {
      let prev = Infinity;
      for (let k = 1; k <= MAX_PIECES; k++) {
        const fit = fitMaxout(name, k);
        fit.xs.forEach((x, i) => {
          expect(fit.fitted[i]).toBe(Math.max(...fit.pieces.map((p) => p.w * x + p.b)));
          expect(fit.target[i]).toBe(convexTarget(name, x));
        });
        // Second differences of a convex function on an even grid are ≥ 0.
        for (let i = 1; i < fit.xs.length - 1; i++) expect(fit.fitted[i + 1] - 2 * fit.fitted[i] + fit.fitted[i - 1]).toBeGreaterThanOrEqual(-1e-9);
        expect(fit.rmse, `${name} k=${k}`).toBeLessThanOrEqual(prev + 1e-12);
        prev = fit.rmse;
      }
    }
  }, 60_000);

  it('rejects bad input by name', () => {
    expect(() => fitMaxout('square', 0)).toThrow(/k must be/);
    expect(() => fitMaxout('cube' as 'square', 2)).toThrow(/name must be/);
  });
});
