/**
 * Properties (fast-check). Which methods are monotone non-decreasing, and why not:
 * - sonf, lut (both modes): monotone, in float and in fixed point (every stored value is a
 *   monotone function of the input, and every quantization mode is monotone).
 * - plan: NOT monotone — the published segments miss by 2^−8 at |x| = 2.375.
 * - hybrid: NOT monotone — the piecewise-constant correction steps down between segments
 *   where σ − SONF decreases; drops are bounded by the table's error.
 * - cordic: NOT guaranteed — the residual angle error depends on r non-monotonically and
 *   jumps where the range reduction changes k; drops are bounded by its error.
 * - taylor: neither bounded nor monotone beyond |x| = π (the series diverges); checked on [−1, 1].
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sigmoidApprox } from '.';
import { APPROX_NAMES, type ApproxName } from './types';
import { apFixed } from '../fixed/format';

const anyX = fc.double({ noNaN: true });
const midX = fc.double({ noNaN: true, min: -12, max: 12 });
const pair = (arb: fc.Arbitrary<number>): fc.Arbitrary<[number, number]> =>
  fc.tuple(arb, arb).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

const bounded = APPROX_NAMES.filter((n) => n !== 'taylor');
/** Allowed downward step for the non-monotone methods. */
const slack: Record<ApproxName, number> = { sonf: 0, lut: 0, plan: 2 ** -8, hybrid: 0.004, cordic: 4e-5, taylor: 0 };

describe('every approximation but Taylor stays in [0, 1]', () => {
  it.each(bounded)('%s, float, any double', (name) => {
    fc.assert(
      fc.property(anyX, (x) => {
        const y = sigmoidApprox[name].evaluate(x);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(1);
      }),
    );
  });

  it.each(bounded)('%s, ap_fixed<16,6>', (name) => {
    const fmt = apFixed(16, 6);
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -32, max: 31.99 }), (x) => {
        const y = sigmoidApprox[name].evaluate(x, undefined, fmt);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('Taylor is not bounded: it escapes [0, 1] beyond the radius of convergence π', () => {
    for (const order of [3, 5, 7, 9]) {
      expect(Math.abs(sigmoidApprox.taylor.evaluate(8, { order }) - 0.5)).toBeGreaterThan(1);
    }
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -2, max: 2 }), fc.integer({ min: 1, max: 9 }), (x, order) => {
        const y = sigmoidApprox.taylor.evaluate(x, { order });
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('monotone non-decreasing where the method is', () => {
  it.each(APPROX_NAMES.filter((n) => n !== 'taylor'))('%s, float (slack documented above)', (name) => {
    fc.assert(
      fc.property(pair(midX), ([a, b]) => {
        const m = sigmoidApprox[name];
        expect(m.evaluate(b)).toBeGreaterThanOrEqual(m.evaluate(a) - slack[name]);
      }),
      { numRuns: 300 },
    );
  });

  it('sonf and lut are monotone in fixed point too (Q4.12 and Q2.6)', () => {
    for (const fmt of [apFixed(16, 4), apFixed(8, 2)]) {
      const hi = fmt.intBits === 4 ? 7.999 : 1.99;
      fc.assert(
        fc.property(pair(fc.double({ noNaN: true, min: -hi, max: hi })), ([a, b]) => {
          for (const [name, cfg] of [['sonf', {}], ['lut', {}], ['lut', { interpolate: 1, entries: 256 }]] as const) {
            const m = sigmoidApprox[name];
            expect(m.evaluate(b, cfg, fmt)).toBeGreaterThanOrEqual(m.evaluate(a, cfg, fmt));
          }
        }),
        { numRuns: 300 },
      );
    }
  });

  it('Taylor is monotone near 0 for every order', () => {
    fc.assert(
      fc.property(pair(fc.double({ noNaN: true, min: -1, max: 1 })), fc.integer({ min: 1, max: 9 }), ([a, b], order) => {
        expect(sigmoidApprox.taylor.evaluate(b, { order })).toBeGreaterThanOrEqual(sigmoidApprox.taylor.evaluate(a, { order }));
      }),
    );
  });

  it('the hybrid really does step down somewhere (documented non-monotonicity)', () => {
    let drops = 0;
    let prev = sigmoidApprox.hybrid.evaluate(-8);
    for (let x = -8; x <= 8; x += 1 / 512) {
      const y = sigmoidApprox.hybrid.evaluate(x);
      if (y < prev) drops++;
      prev = y;
    }
    expect(drops).toBeGreaterThan(0);
  });
});

describe('symmetry σ(−x) = 1 − σ(x)', () => {
  // x = 0 excluded: the hybrid reads the positive-side entry for ±0 (sign bit 0), so its
  // value at 0 is ½ + c₀, not ½.
  it.each(['plan', 'sonf', 'hybrid', 'cordic'] as const)('%s (float, x ≠ 0)', (name) => {
    fc.assert(
      fc.property(midX.filter((x) => x !== 0), (x) => {
        const m = sigmoidApprox[name];
        expect(m.evaluate(-x) + m.evaluate(x)).toBeCloseTo(1, 12);
      }),
    );
  });
});
