import { describe, expect, it } from 'vitest';
import { activations, geluGateCurve, geluGateRunningMean, geluGateStdError, normalCdf } from '..';

describe('GELU as an expected gated input', () => {
  it('the running mean is x times the fraction of gates kept, and the same seed gives the same path', () => {
    const a = geluGateRunningMean(0.7, 500, 3);
    expect(Array.from(a)).toEqual(Array.from(geluGateRunningMean(0.7, 500, 3)));
    a.forEach((v, i) => {
      const kept = (v / 0.7) * (i + 1);
      expect(Math.abs(kept - Math.round(kept))).toBeLessThan(1e-9);
    });
    expect(geluGateCurve([0.7], 500, 3)[0]).toBeCloseTo(a[499], 14);
  });

  it('the sample mean converges to x·Φ(x) at the rate of its standard error', () => {
    for (const x of [-2, -0.75, 0.4, 1.5]) {
      const exact = activations.gelu.f(x);
      expect(exact).toBeCloseTo(x * normalCdf(x), 14);
      // Over 200 seeds, the z-scores of the mean at n = 400 have mean ≈ 0 and variance ≈ 1.
      const n = 400;
      const z = Array.from({ length: 200 }, (_, s) => (geluGateRunningMean(x, n, s + 1)[n - 1] - exact) / geluGateStdError(x, n));
      const mean = z.reduce((p, q) => p + q, 0) / z.length;
      const variance = z.reduce((p, q) => p + (q - mean) ** 2, 0) / (z.length - 1);
      expect(Math.abs(mean), `x=${x}`).toBeLessThan(0.3);
      expect(variance, `x=${x}`).toBeGreaterThan(0.7);
      expect(variance, `x=${x}`).toBeLessThan(1.3);
      expect(Math.abs(geluGateRunningMean(x, 100000, 9)[99999] - exact)).toBeLessThan(5 * geluGateStdError(x, 100000));
    }
  }, 60_000);

  it('rejects bad input by name', () => {
    expect(() => geluGateRunningMean(NaN, 10, 1)).toThrow(/x must be/);
    expect(() => geluGateRunningMean(1, 0, 1)).toThrow(/n must be/);
    expect(() => geluGateCurve([1, Infinity], 10, 1)).toThrow(/xs\[1\]/);
  });
});
