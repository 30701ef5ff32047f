import { describe, expect, it } from 'vitest';
import { sigmoidApprox } from '.';
import { errorStats } from '../errorStats';

// The published definitions, written out independently of the datapath code.
function planFormula(x: number): number {
  const a = Math.abs(x);
  const y = a >= 5 ? 1 : a >= 2.375 ? 0.03125 * a + 0.84375 : a >= 1 ? 0.125 * a + 0.625 : 0.25 * a + 0.5;
  return x < 0 ? 1 - y : y;
}
function sonfFormula(x: number): number {
  if (x >= 4) return 1;
  if (x >= 0) return 1 - 0.5 * (1 - x / 4) ** 2;
  if (x > -4) return 0.5 * (1 + x / 4) ** 2;
  return 0;
}

/** Each boundary ±b, the doubles either side of it, and a little way off. */
function around(bs: number[]): number[] {
  const out: number[] = [];
  const buf = new Float64Array(1);
  const bits = new BigInt64Array(buf.buffer);
  for (const b of bs) {
    const near = [b, b + 1e-12, b - 1e-12, b + 0.01, b - 0.01];
    if (b > 0) {
      buf[0] = b;
      bits[0] += 1n;
      near.push(buf[0]);
      bits[0] -= 2n;
      near.push(buf[0]);
    }
    for (const v of near) out.push(v, -v);
  }
  return out;
}

describe('PLAN in float64', () => {
  it('matches the published formula at every segment boundary', () => {
    for (const x of around([0, 1, 2.375, 5, 8, 100])) expect(sigmoidApprox.plan.evaluate(x), `x = ${x}`).toBe(planFormula(x));
    expect(sigmoidApprox.plan.evaluate(1)).toBe(0.75);
    expect(sigmoidApprox.plan.evaluate(-1)).toBe(0.25);
    expect(sigmoidApprox.plan.evaluate(2.375)).toBe(0.91796875);
    expect(sigmoidApprox.plan.evaluate(5)).toBe(1);
    expect(sigmoidApprox.plan.evaluate(Infinity)).toBe(1);
    expect(sigmoidApprox.plan.evaluate(-Infinity)).toBe(0);
  });

  it('max error over [−8, 8] is 0.01894 (4 s.f.), at |x| = 1', () => {
    const s = errorStats((x) => sigmoidApprox.plan.evaluate(x), -8, 8, 160_001);
    expect(Number(s.maxAbs.toPrecision(4))).toBe(0.01894);
    expect(Math.abs(s.argMax)).toBeCloseTo(1, 6);
    expect(s.meanAbs).toBeCloseTo(0.00587, 4);
  });

  it('is not monotone: the published segments do not meet at |x| = 2.375 (a 2^−8 drop)', () => {
    const left = sigmoidApprox.plan.evaluate(2.375 - 1e-12);
    expect(left - sigmoidApprox.plan.evaluate(2.375)).toBeCloseTo(2 ** -8, 10);
  });
});

describe('SONF in float64', () => {
  it('matches the published formula at every segment boundary', () => {
    for (const x of around([0, 2, 4, 8])) expect(sigmoidApprox.sonf.evaluate(x), `x = ${x}`).toBe(sonfFormula(x));
    expect(sigmoidApprox.sonf.evaluate(0)).toBe(0.5);
    expect(sigmoidApprox.sonf.evaluate(4)).toBe(1);
    expect(sigmoidApprox.sonf.evaluate(-4)).toBe(0);
  });

  it('max error over [−8, 8] is 0.02161 (4 s.f.), at |x| ≈ 3.58', () => {
    const s = errorStats((x) => sigmoidApprox.sonf.evaluate(x), -8, 8, 160_001);
    expect(Number(s.maxAbs.toPrecision(4))).toBe(0.02161);
    expect(Math.abs(s.argMax)).toBeCloseTo(3.58, 1);
    expect(s.meanAbs).toBeCloseTo(0.00774, 4);
  });

  it('published errors are recorded', () => {
    expect(sigmoidApprox.plan.publishedMaxError).toBe(0.0189);
    expect(sigmoidApprox.sonf.publishedMaxError).toBe(0.022);
  });
});
