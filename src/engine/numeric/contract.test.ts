/** The contract's named examples, verbatim. */
import { describe, expect, it, vi } from 'vitest';
import * as N from './index';

// Thousands of runs per property: give them room on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

describe('contract examples', () => {
  it('saturating derivatives keep their tiny values', () => {
    expect(N.activations.sigmoid.df(40) / 4.248354255291589e-18 - 1).toBeLessThan(1e-14);
    expect(N.activations.tanh.df(20) / 1.6993417021166355e-17 - 1).toBeLessThan(1e-14);
  });
  it('softmax of huge and spread-out logits', () => {
    expect(Array.from(N.softmax([1e308, 1e308]))).toEqual([0.5, 0.5]);
    expect(Array.from(N.softmax([10, 2, 10000, 4]))).toEqual([0, 0, 1, 0]);
    expect(N.logSoftmax([0, 40])[1]).toBe(-4.248354255291589e-18); // log1p, not log(1 + tiny) = 0
    expect(N.logSumExp([1e308, 1e308])).toBe(1e308);
  });
  it('-Infinity logits are masked out', () => {
    expect(Array.from(N.softmax([0, -Infinity, 0]))).toEqual([0.5, 0, 0.5]);
    expect(N.logSoftmax([0, -Infinity])[1]).toBe(-Infinity);
  });
  it('losses at the extremes', () => {
    expect(N.bceWithLogits(800, 0)).toBe(800);
    expect(N.bceWithLogits(-800, 1)).toBe(800);
    expect(N.bce(0, 1)).toBe(Infinity);
    expect(N.bce(0, 0)).toBe(0);
    expect(N.crossEntropy([0, 1], 0)).toBe(Infinity);
    expect(N.entropy([1, 0])).toBe(0);
    expect(N.klDivergence([1, 0], [0, 1])).toBe(Infinity);
    expect(N.focalLoss(0.3, 1, 0)).toBeCloseTo(N.bce(0.3, 1), 15);
    expect(N.mse([1, 2], [1, 4])).toBe(2);
    expect(Array.from(N.mseGrad([1, 2], [1, 4]))).toEqual([0, -2]);
  });
  it('GELU far left goes through erfc, not 1 + erf', () => {
    expect(N.activations.gelu.f(-20)).toBeLessThan(0);
    expect(N.activations.gelu.f(-20) / -5.507248237212468e-88 - 1).toBeLessThan(1e-14);
  });
  it('defaults', () => {
    expect(N.activations.leakyRelu.f(-1)).toBe(-0.01);
    expect(N.activations.prelu.f(-1)).toBe(-0.25);
    expect(N.activations.elu.f(-Infinity)).toBe(-1);
    expect(N.activations.selu.f(1)).toBe(1.0507009873554805);
    expect(N.activations.hardSigmoid.f(0)).toBe(0.5);
    expect(N.activations.hardSwish.f(1)).toBe(4 / 6);
    expect(N.activations.step.f(0)).toBe(1);
    expect(N.activations.step.df(-1)).toBe(0);
    expect(N.activations.leakyRelu.f(-1, { alpha: 0.2 })).toBe(-0.2);
  });
  it('registry metadata is complete', () => {
    expect(N.activationNames).toHaveLength(18);
    for (const name of N.activationNames) {
      const a = N.activations[name];
      expect(a.name).toBe(name);
      expect(a.latex.length).toBeGreaterThan(0);
      expect(['classic', 'relu', 'smooth', 'hard']).toContain(a.group);
      expect(typeof a.needsExp).toBe('boolean');
      for (const p of a.params) expect(p.min <= p.default && p.default <= p.max).toBe(true);
      // range holds on a grid
      let lo = Infinity;
      let hi = -Infinity;
      for (let x = -50; x <= 50; x += 0.01) {
        const y = a.f(x);
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
      expect(lo, `${name} min`).toBeGreaterThanOrEqual(a.range[0]);
      expect(hi, `${name} max`).toBeLessThanOrEqual(a.range[1]);
    }
  });
  it('applyActivation writes into the caller buffer, in place too', () => {
    const x = Float32Array.of(-1, 0, 2);
    const out = new Float32Array(3);
    expect(N.applyActivation('relu', x, out)).toBe(out);
    expect(Array.from(out)).toEqual([0, 0, 2]);
    expect(N.applyActivation('elu', x, x, { alpha: 2 })).toBe(x);
    expect(x[0]).toBe(Math.fround(2 * Math.expm1(-1)));
    expect(N.applyActivation('sigmoid', Float64Array.of(0))).toBeInstanceOf(Float64Array);
  });
});
