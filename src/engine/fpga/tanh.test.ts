import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tanhApprox } from './tanh';
import { sigmoidApprox } from './approx';
import { APPROX_NAMES } from './approx/types';
import { errorStats } from './errorStats';
import { apFixed, formatStep } from './fixed/format';
import type { ApproxName } from './approx/types';

describe('tanhApprox', () => {
  it('SONF\'s own tanh form: sign(x)(|x| − x²/4), saturating at |x| = 2; max error 0.0432', () => {
    expect(tanhApprox('sonf', 1)).toBe(0.75);
    expect(tanhApprox('sonf', -1)).toBe(-0.75);
    expect(tanhApprox('sonf', 2)).toBe(1);
    expect(tanhApprox('sonf', -3)).toBe(-1);
    const s = errorStats((x) => tanhApprox('sonf', x), -8, 8, 16_001, Math.tanh);
    expect(Number(s.maxAbs.toPrecision(3))).toBe(0.0432);
  });

  it('SONF tanh equals 2·SONF(2x) − 1 in float', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -3, max: 3 }), (x) => {
        expect(tanhApprox('sonf', x)).toBeCloseTo(2 * sigmoidApprox.sonf.evaluate(2 * x) - 1, 14);
      }),
    );
  });

  it.each(APPROX_NAMES.filter((n) => n !== 'sonf'))('%s goes through 2σ(2x) − 1', (name) => {
    for (const x of [-3, -0.7, 0, 0.4, 2.5]) {
      expect(tanhApprox(name, x)).toBe(2 * sigmoidApprox[name].evaluate(2 * x) - 1);
    }
  });

  it('errors: tanh error is twice the sigmoid error at 2x', () => {
    const e = (name: ApproxName): number => errorStats((x) => tanhApprox(name, x), -4, 4, 8001, Math.tanh).maxAbs;
    expect(e('plan')).toBeCloseTo(2 * 0.018941, 4);
    expect(e('cordic')).toBeLessThan(5e-5);
    expect(e('lut')).toBeLessThan(0.01);
  });

  it('fixed point: outputs on the grid and odd-ish', () => {
    const f = apFixed(16, 4);
    const step = formatStep(f);
    for (const name of APPROX_NAMES) {
      // Taylor's tanh series only converges for |x| < π/2: keep it near 0.
      for (const x of name === 'taylor' ? [-0.5, -0.3, 0.3, 0.5] : [-1.5, -0.3, 0.3, 1.5]) {
        const y = tanhApprox(name, x, undefined, f);
        expect(Number.isInteger(y / step)).toBe(true);
        expect(Math.abs(y - Math.tanh(x))).toBeLessThan(0.06);
      }
    }
  });

  it('rejects unknown names and NaN', () => {
    expect(() => tanhApprox('pade' as ApproxName, 1)).toThrow(/tanhApprox: name.*pade/);
    expect(() => tanhApprox('plan', NaN)).toThrow(/x must be a number/);
    expect(() => tanhApprox('taylor', 1, { order: 11 })).toThrow(/config\.order/);
  });
});
