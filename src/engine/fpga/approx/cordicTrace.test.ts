import { describe, expect, it } from 'vitest';
import { sigmoidApprox } from '.';
import { cordicTrace, CORDIC_TRACE_MAX } from './cordicTrace';
import { apFixed } from '../fixed/format';

/** atanh from its logarithm form, independent of Math.atanh. */
const atanhLog = (t: number) => 0.5 * Math.log((1 + t) / (1 - t));

describe('cordicTrace', () => {
  it('ends on exactly the cordic evaluator’s output, in float64 and in fixed point', () => {
    const formats = [undefined, apFixed(16, 6), apFixed(12, 4), apFixed(8, 2), apFixed(16, 4, 'RND', 'SAT'), apFixed(24, 8, 'RND_CONV', 'SAT')];
    for (const fmt of formats) {
      for (const n of [2, 5, 13, 16, 24]) {
        for (let x = -9; x <= 9; x += 0.293) {
          const want = sigmoidApprox.cordic.evaluate(x, { iterations: n }, fmt);
          expect(cordicTrace(x, n, fmt).output, `x=${x} n=${n}`).toBe(want);
        }
      }
    }
  }, 30_000);

  it('rotates by atanh 2^−i (checked against ln((1+t)/(1−t))/2) and repeats 4, 13 and 40', () => {
    const tr = cordicTrace(1.3, CORDIC_TRACE_MAX);
    for (const s of tr.steps) expect(s.angle).toBeCloseTo(atanhLog(2 ** -s.shift), 15);
    expect(tr.steps.filter((s) => s.repeated).map((s) => s.shift)).toEqual([4, 13, 40]);
  });

  it('float64: x, y are cosh and sinh of the angle rotated so far, and z is what is left of r', () => {
    for (const x of [-7.5, -2, -0.3, 0, 0.9, 1.5, 3.3, 6]) {
      const tr = cordicTrace(x, 40);
      expect(Math.abs(tr.r)).toBeLessThanOrEqual(Math.LN2 / 2 + 1e-15);
      expect(tr.k * Math.LN2 - tr.r).toBeCloseTo(Math.abs(x), 14);
      let rotated = 0;
      // Each step [[1, t], [t, 1]] is √(1 − t²) times a hyperbolic rotation by atanh t.
      let gain = tr.invGain;
      for (const s of tr.steps) {
        rotated += s.direction * atanhLog(2 ** -s.shift);
        gain *= Math.sqrt(1 - 4 ** -s.shift);
        expect(s.z).toBeCloseTo(tr.r - rotated, 14);
        expect(s.x).toBeCloseTo(gain * Math.cosh(rotated), 13);
        expect(s.y).toBeCloseTo(gain * Math.sinh(rotated), 13);
      }
      expect(gain).toBeCloseTo(1, 14);
      // Converged: the residual is below the last angle, and eʳ and σ are right to ~2^−38.
      const last = tr.steps[tr.steps.length - 1];
      expect(Math.abs(last.z)).toBeLessThanOrEqual(2 * last.angle);
      expect(Math.abs(tr.er - Math.exp(tr.r))).toBeLessThan(2 ** -36);
      expect(Math.abs(tr.output - 1 / (1 + Math.exp(-x)))).toBeLessThan(2 ** -36);
    }
  });

  it('float64: each rotation gains about one bit on average', () => {
    const tr = cordicTrace(2.2, 40);
    const last = tr.steps[tr.steps.length - 1];
    const avg = (last.bits - tr.startBits) / tr.steps.length;
    expect(avg).toBeGreaterThan(0.75);
    expect(avg).toBeLessThan(1.1);
    // Never far behind the shift: after rotation by atanh 2^−i, |z| ≲ 2^−i+1.
    for (const s of tr.steps.slice(4)) expect(s.bits).toBeGreaterThan(s.shift - 3);
  });

  it('rejects NaN and out-of-range n by name', () => {
    expect(() => cordicTrace(NaN, 8)).toThrow(/x must be a number/);
    expect(() => cordicTrace(1, 0)).toThrow(/n must be/);
    expect(() => cordicTrace(1, CORDIC_TRACE_MAX + 1)).toThrow(/n must be/);
    expect(() => cordicTrace(1, 2.5)).toThrow(/n must be/);
  });
});
