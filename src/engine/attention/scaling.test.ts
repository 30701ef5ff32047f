import { describe, expect, it } from 'vitest';
import { softmax } from '../numeric/softmax';
import { attentionScaling, softmaxJacobianNorm } from './scaling';

describe('attention scaling: q·k has standard deviation √d_k', () => {
  it('the sampled spread of q·k matches the analytic √d_k', () => {
    // The rows of one draw share their keys, so one draw's spread wobbles: at d_k = 1 (q·k a
    // product of two normals, E[(qk)⁴] = 9) the sample variance ≈ mean(q²)·mean(k²) has a
    // relative sd of √(2/queries + 2/keys). With 128 keys, 512 queries and 10 seeds pooled the
    // sd comes out within ~2.2 % (1σ) at d_k = 1, so 8 % is a 3.6σ bound; sums of more products are nearly Gaussian and tighter.
    for (const dk of [1, 4, 16, 64, 256]) {
      let v = 0;
      for (let seed = 1; seed <= 10; seed++) {
        const r = attentionScaling(dk <= 4 ? { dk, keys: 128, queries: 512, seed } : { dk, keys: 64, queries: 128, seed });
        expect(r.analyticStd).toBe(Math.sqrt(dk));
        v += r.scoreStd ** 2 / 10;
      }
      expect(Math.abs(Math.sqrt(v) / Math.sqrt(dk) - 1)).toBeLessThan(dk <= 4 ? 0.08 : 0.03);
    }
  }, 30_000);

  it('unscaled rows saturate as d_k grows (entropy, gradient → 0); scaled rows do not', () => {
    const small = attentionScaling({ dk: 1, seed: 3 });
    const big = attentionScaling({ dk: 1024, seed: 3 });
    // d_k = 1: scaling by 1/√1 changes nothing.
    expect(small.scaled).toEqual(small.unscaled);
    expect(big.unscaled.meanEntropy).toBeLessThan(0.2);
    expect(big.unscaled.meanMaxWeight).toBeGreaterThan(0.9);
    expect(big.unscaled.meanJacobianNorm).toBeLessThan(0.3 * big.scaled.meanJacobianNorm);
    const mid = attentionScaling({ dk: 64, seed: 3 });
    expect(big.unscaled.meanJacobianNorm).toBeLessThan(mid.unscaled.meanJacobianNorm);
    expect(mid.unscaled.meanEntropy).toBeLessThan(0.5 * mid.scaled.meanEntropy);
    // Scaled, the rows look the same at every d_k: scores stay N(0, ≈1).
    expect(Math.abs(big.scaled.meanEntropy - small.scaled.meanEntropy)).toBeLessThan(0.25);
    expect(big.scaled.meanEntropy).toBeGreaterThan(0.7 * Math.log(16));
    // Sigmoid gates of the same zero-mean scores average about 0.5 either way.
    for (const r of [big.unscaled, big.scaled]) expect(Math.abs(r.meanGate - 0.5)).toBeLessThan(0.05);
  });

  it('softmaxJacobianNorm equals the Frobenius norm of the finite-difference Jacobian', () => {
    const z = [0.3, -1.2, 2, 0.1];
    const h = 1e-6;
    let s = 0;
    for (let j = 0; j < z.length; j++) {
      const up = softmax(z.map((v, k) => (k === j ? v + h : v)));
      const dn = softmax(z.map((v, k) => (k === j ? v - h : v)));
      for (let i = 0; i < z.length; i++) s += ((up[i] - dn[i]) / (2 * h)) ** 2;
    }
    expect(Math.abs(softmaxJacobianNorm(softmax(z)) - Math.sqrt(s))).toBeLessThan(1e-8);
    expect(softmaxJacobianNorm([1, 0, 0])).toBe(0);
  });

  it('is seeded and checks its arguments', () => {
    expect(attentionScaling({ dk: 8, seed: 1 })).toEqual(attentionScaling({ dk: 8, seed: 1 }));
    expect(attentionScaling({ dk: 8, seed: 1 }).firstRow).not.toEqual(attentionScaling({ dk: 8, seed: 2 }).firstRow);
    expect(() => attentionScaling({ dk: 0, seed: 1 })).toThrow(/dk must/);
    expect(() => attentionScaling({ dk: 2.5, seed: 1 })).toThrow(/dk must/);
    expect(() => attentionScaling({ dk: 8, keys: 1, seed: 1 })).toThrow(/keys must/);
    expect(() => attentionScaling({ dk: 8, seed: NaN })).toThrow(/seed must/);
  });
});
