import { describe, expect, it } from 'vitest';
import { softmaxFixed, softmaxFixedTrace } from './softmaxFixed';
import { apFixed } from './fixed/format';

function softmaxExact(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

describe('softmaxFixed (hls4ml)', () => {
  it('reproduces the reference example: [1, 2, 3, 0.5], stable → 0.0898 / 0.2451 / 0.6670 / 0.0547', () => {
    const p = softmaxFixed([1, 2, 3, 0.5]);
    expect(p.map((v) => Number(v.toFixed(4)))).toEqual([0.0898, 0.2451, 0.667, 0.0547]);
    // Exactly: stored words of ap_fixed<16,6> (multiples of 2^−10).
    expect(p.map((v) => v * 1024)).toEqual([92, 251, 683, 56]);
  });

  it('the trace shows why: the sum 1.586 addresses the inverse table at 1.5', () => {
    const t = softmaxFixedTrace([1, 2, 3, 0.5]);
    expect(t.exps.map((v) => v * 1024)).toEqual([139, 377, 1024, 84]); // e^−2, e^−1, 1, e^−2.5 (AP_RND)
    expect(t.sum).toBe(1624 / 1024);
    expect(t.inverse).toBe(683 / 1024); // 1/1.5 — the top 10 bits of ap_fixed<18,8> resolve 0.25
  });

  it('is close to exact softmax within the table resolution', () => {
    const cases = [[1, 2, 3, 0.5], [0, 0, 0, 0], [-1, 4, 2.5], [5, 5.5, -3, 0, 1, 2]];
    for (const z of cases) {
      const p = softmaxFixed(z);
      const q = softmaxExact(z);
      // The inverse table reads 1/s₀ with s₀ = the sum floored to 0.25 (its top 10 bits), so
      // outputs are high by the factor sum/s₀ ≤ 1 + 0.25/s₀; plus ~2^−10 from the exp table
      // and the output truncation.
      const s0 = Math.floor(softmaxFixedTrace(z).sum * 4) / 4;
      p.forEach((v, i) => expect(Math.abs(v - q[i])).toBeLessThanOrEqual(q[i] * (0.25 / s0) + 0.004));
    }
  });

  it('latency implementation: no max subtraction', () => {
    const p = softmaxFixed([1, 2, 3, 0.5], { implementation: 'latency' });
    const q = softmaxExact([1, 2, 3, 0.5]);
    p.forEach((v, i) => expect(Math.abs(v - q[i])).toBeLessThan(0.01));
    // large logits saturate e^x in ap_fixed<18,8> (max ≈ 128) and break it; stable does not care
    const big = [6, 7, 8];
    const lat = softmaxFixed(big, { implementation: 'latency' });
    const st = softmaxFixed(big);
    const ex = softmaxExact(big);
    expect(Math.abs(st[2] - ex[2])).toBeLessThan(0.05);
    expect(Math.abs(lat[2] - ex[2])).toBeGreaterThan(Math.abs(st[2] - ex[2]));
  });

  it('options and validation', () => {
    const p = softmaxFixed([0.5, -0.5], { tableSize: 4096, expTableFormat: apFixed(24, 8, 'RND', 'SAT'), invTableFormat: apFixed(24, 8, 'RND', 'SAT'), resultFormat: apFixed(24, 4) });
    const q = softmaxExact([0.5, -0.5]);
    p.forEach((v, i) => expect(Math.abs(v - q[i])).toBeLessThan(0.05)); // sum resolved to 1/16
    expect(() => softmaxFixed([])).toThrow(/z must be a non-empty array/);
    expect(() => softmaxFixed([1, NaN])).toThrow(/z\[1\]/);
    expect(() => softmaxFixed([1], { tableSize: 1 })).toThrow(/tableSize/);
    expect(() => softmaxFixed([1], { implementation: 'legacy' as 'stable' })).toThrow(/implementation/);
    expect(() => softmaxFixed([1], { inputFormat: apFixed(8, 3) })).toThrow(/inputFormat\.width/);
  });
});
