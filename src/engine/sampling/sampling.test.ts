import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSeed, uniformStream } from '../random';
import { countCategories, sampleCategorical, sampleCounts, totalVariation } from './categorical';
import { logSpace, temperatureTerms } from './temperature';

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('uniformStream', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = uniformStream(7);
    const b = uniformStream(7);
    const c = uniformStream(8);
    const xa = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xa);
    expect(Array.from({ length: 5 }, c)).not.toEqual(xa);
  });
  it('stays in [0, 1) with a mean near 1/2', () => {
    const u = uniformStream(123);
    let s = 0;
    let outside = 0;
    for (let i = 0; i < 100_000; i++) {
      const x = u();
      if (!(x >= 0 && x < 1)) outside++;
      s += x;
    }
    expect(outside).toBe(0);
    // σ of the mean is 1/√(12·10^5) ≈ 9e-4; 5σ.
    expect(Math.abs(s / 100_000 - 0.5)).toBeLessThan(0.0046);
  });
  it('rejects seeds that are not 32-bit unsigned integers, naming the argument', () => {
    for (const bad of [-1, 1.5, NaN, 2 ** 32, Infinity]) expect(() => checkSeed(bad)).toThrow(/seed must be an integer/);
  });
});

describe('sampleCategorical', () => {
  it('never draws a zero-probability class and always draws a certain one', () => {
    expect(Array.from(new Set(sampleCategorical([0, 1, 0], 500, 3)))).toEqual([1]);
  });
  it('reproduces from the seed, and the first draws do not depend on n', () => {
    const p = [0.1, 0.2, 0.3, 0.4];
    const a = sampleCategorical(p, 1000, 42);
    expect(sampleCategorical(p, 1000, 42)).toEqual(a);
    expect(Array.from(sampleCategorical(p, 100, 42))).toEqual(Array.from(a.slice(0, 100)));
    expect(sampleCategorical(p, 1000, 43)).not.toEqual(a);
  });
  it('frequencies converge to the probabilities (each within 5σ for 200 000 draws)', () => {
    const p = [0.09003057, 1.3711638e-9, 0.66524095, 0.24472848];
    const n = 200_000;
    const c = sampleCounts(p, n, 2024);
    for (let i = 0; i < p.length; i++) {
      const sigma = Math.sqrt((n * p[i] * (1 - p[i])) || 1);
      expect(Math.abs(c[i] - n * p[i])).toBeLessThan(5 * sigma + 1);
    }
  });
  it('property: counts sum to n, indices are in range, zero classes stay empty', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (w, n, seed) => {
          const tot = w.reduce((a, b) => a + b, 0);
          const p = w.map((x) => x / tot);
          const c = sampleCounts(p, n, seed);
          expect(c.reduce((a, b) => a + b, 0)).toBe(n);
          w.forEach((x, i) => {
            if (x === 0) expect(c[i]).toBe(0);
          });
        },
      ),
    );
  });
  it('rejects bad input with a RangeError naming the argument', () => {
    expect(() => sampleCategorical([], 10, 1)).toThrow(/probs must be a non-empty/);
    expect(() => sampleCategorical([0.5, 0.6], 10, 1)).toThrow(/probs must sum to 1/);
    expect(() => sampleCategorical([1.5, -0.5], 10, 1)).toThrow(/probs\[0\]/);
    expect(() => sampleCategorical([0.5, NaN], 10, 1)).toThrow(/probs\[1\]/);
    expect(() => sampleCategorical([1], 2.5, 1)).toThrow(/n must be/);
    expect(() => sampleCategorical([1], 10, -3)).toThrow(/seed must be/);
    expect(() => countCategories([0, 3], 3)).toThrow(/samples\[1\]/);
  });
});

describe('totalVariation', () => {
  it('is half the L1 distance and 0 for equal vectors', () => {
    expect(totalVariation([1, 0], [0, 1])).toBe(1);
    expect(totalVariation([0.25, 0.75], [0.5, 0.5])).toBe(0.25);
    expect(totalVariation([0.3, 0.7], [0.3, 0.7])).toBe(0);
    expect(() => totalVariation([1], [0.5, 0.5])).toThrow(/q must have the same length/);
  });
});

describe('temperatureTerms', () => {
  // Reference values from python3 + mpmath at 40 digits for logits [38, 20, 40, 39].
  const z = [38, 20, 40, 39];
  it('matches mpmath at T = 1: "went" gets 0.66524095486266757', () => {
    const t = temperatureTerms(z, 1);
    expect(t.max).toBe(40);
    expect(relErr(t.sum, 1.5032147264692086)).toBeLessThan(1e-15);
    expect(relErr(t.terms[2] / t.sum, 0.6652409548626675)).toBeLessThan(1e-15);
    expect(relErr(t.terms[1] / t.sum, 1.3711638039096725e-09)).toBeLessThan(1e-14);
  });
  it('stays finite and exact-ish at T = 0.05, where the raw e^{z/T} would overflow', () => {
    const t = temperatureTerms(z, 0.05);
    expect(relErr(t.terms[2] / t.sum, 0.9999999979388464)).toBeLessThan(1e-15);
    expect(relErr(t.terms[1], 1.9151695967140483e-174)).toBeLessThan(1e-13);
  });
  it('property: terms are in (0, 1], the max term is 1, and the sum is in [1, k]', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 }), fc.double({ min: 0.01, max: 100, noNaN: true }), (v, T) => {
        const t = temperatureTerms(v, T);
        expect(t.sum).toBeGreaterThanOrEqual(1);
        expect(t.sum).toBeLessThanOrEqual(v.length);
        expect(Math.max(...t.terms)).toBe(1);
      }),
    );
  });
  it('rejects T ≤ 0 and empty logits', () => {
    expect(() => temperatureTerms(z, 0)).toThrow(/temperature must be/);
    expect(() => temperatureTerms([], 1)).toThrow(/logits must be a non-empty/);
  });
});

describe('logSpace', () => {
  it('hits both ends exactly and is geometric', () => {
    const t = logSpace(0.01, 100, 5);
    expect(t[0]).toBe(0.01);
    expect(t[4]).toBe(100);
    expect(relErr(t[2], 1)).toBeLessThan(1e-15);
    expect(() => logSpace(1, 1, 5)).toThrow(/tMax/);
  });
});
