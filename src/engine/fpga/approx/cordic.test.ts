import { describe, expect, it } from 'vitest';
import { sigmoidApprox } from '.';
import { cordicGain, cordicSchedule } from './cordic';
import { errorStats } from '../errorStats';
import { apFixed, formatStep } from '../fixed/format';

const cordicErr = (n: number, lo = -8, hi = 8, fmt?: ReturnType<typeof apFixed>): number =>
  errorStats((x) => sigmoidApprox.cordic.evaluate(x, { iterations: n }, fmt), lo, hi, 8001).maxAbs;

describe('CORDIC', () => {
  it('repeats the shifts 4, 13, 40 and has gain ≈ 0.8281593609602', () => {
    expect(cordicSchedule(16)).toEqual([1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 13, 14]);
    expect(cordicSchedule(24).filter((i) => i === 13).length).toBe(2);
    expect(cordicGain(24)).toBeCloseTo(0.8281593609602, 10);
  });

  it('a 16-iteration float run is below 2e-5', () => {
    expect(cordicErr(16)).toBeLessThan(2e-5);
  });

  it('in float, the error falls about fourfold every two iterations', () => {
    const errs = [4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24].map((n) => cordicErr(n));
    const ratios = errs.slice(1).map((e, i) => errs[i] / e);
    // The repeated shift 13 costs an iteration, so one step is only ≈ 2×.
    for (const r of ratios) expect(r).toBeGreaterThan(1.8);
    for (const r of ratios) expect(r).toBeLessThan(6);
    const geo = (errs[0] / errs[errs.length - 1]) ** (1 / ratios.length);
    expect(geo).toBeGreaterThan(3.3);
    expect(geo).toBeLessThan(4.5);
  });

  it('with ap_fixed<16,4> the error stops falling at a few steps of the format', () => {
    const f = apFixed(16, 4);
    const step = formatStep(f);
    const lo = -8;
    const hi = 8 - step;
    expect(cordicErr(4, lo, hi, f)).toBeGreaterThan(3 * cordicErr(8, lo, hi, f)); // still falling early
    for (const n of [12, 16, 20, 24]) {
      const e = cordicErr(n, lo, hi, f);
      expect(e).toBeGreaterThan(step); // the floor …
      expect(e).toBeLessThan(10 * step); // … a few truncations deep
      if (n >= 16) expect(e).toBeGreaterThan(10 * cordicErr(n)); // far above the float run
    }
  });

  it('saturates properly at ±∞ and far out', () => {
    expect(sigmoidApprox.cordic.evaluate(Infinity)).toBe(1);
    expect(sigmoidApprox.cordic.evaluate(-Infinity)).toBe(0);
    expect(sigmoidApprox.cordic.evaluate(800)).toBe(1);
    expect(sigmoidApprox.cordic.evaluate(-40) / Math.exp(-40)).toBeCloseTo(1, 4);
  });
});
