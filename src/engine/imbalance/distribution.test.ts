import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entropy, klDivergence } from '../numeric';
import { ceDecomposition, crossEntropyOf, meanLogLoss, setProbability } from './distribution';
import { makeImbalancedScores } from './dataset';
import { sigmoidMseGrad } from './lossGradients';

const dist = (k: number) =>
  fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: k, maxLength: k }).map((w) => {
    const s = w.reduce((a, v) => a + v, 0);
    return w.map((v) => v / s);
  });

describe('cross-entropy of distributions', () => {
  it('CE = H + KL', () => {
    fc.assert(
      fc.property(dist(4), dist(4), (p, q) => {
        const d = ceDecomposition(p, q);
        expect(d.crossEntropy).toBeCloseTo(d.entropy + d.kl, 12);
        expect(d.kl).toBeGreaterThanOrEqual(-1e-15);
      }),
    );
  });
  it('is H(p) when q = p, ∞ when q misses mass', () => {
    const p = [0.2, 0.3, 0.5];
    expect(crossEntropyOf(p, p)).toBeCloseTo(entropy(p), 15);
    expect(klDivergence(p, p)).toBeCloseTo(0, 15);
    expect(crossEntropyOf([0.5, 0.5], [1, 0])).toBe(Infinity);
  });
  it('the sklearn log-loss example: 1.3783888522474517 and 0.6391075640678003', () => {
    const targets = [2, 1, 0];
    const m1 = meanLogLoss([[0.3, 0.3, 0.4], [0.3, 0.4, 0.3], [0.1, 0.2, 0.7]], targets).mean;
    const m2 = meanLogLoss([[0.1, 0.2, 0.7], [0.1, 0.7, 0.2], [0.3, 0.4, 0.3]], targets).mean;
    expect(m1).toBeCloseTo(1.3783888522474517, 14);
    expect(m2).toBeCloseTo(0.6391075640678003, 14);
  });
});

describe('setProbability', () => {
  it('keeps the sum at 1 and the others’ proportions', () => {
    fc.assert(
      fc.property(dist(3), fc.integer({ min: 0, max: 2 }), fc.double({ min: 0, max: 1, noNaN: true }), (p, i, v) => {
        const r = setProbability(p, i, v);
        expect(r.reduce((a, x) => a + x, 0)).toBeCloseTo(1, 12);
        expect(r[i]).toBe(v);
      }),
    );
    expect(setProbability([1, 0, 0], 0, 0.5)).toEqual([0.5, 0.25, 0.25]);
  });
});

describe('sigmoid + MSE gradient', () => {
  it('matches mpmath and vanishes when confidently wrong', () => {
    // python3 mpmath: (σ(z) − 1)·σ(z)·(1 − σ(z))
    const cases: [number, number][] = [[-10, -4.5393746863032435e-05], [-3, -0.043034117195927805], [0.5, -0.08872345867463688], [20, -4.248354229022057e-18]];
    for (const [z, want] of cases) expect(Math.abs(sigmoidMseGrad(z, 1) - want) / Math.abs(want)).toBeLessThan(1e-14);
  });
});

describe('makeImbalancedScores', () => {
  it('is 1:100 and deterministic', () => {
    const a = makeImbalancedScores({ seed: 3 });
    const b = makeImbalancedScores({ seed: 3 });
    expect(a.nNegative).toBe(100 * a.nPositive);
    expect(Array.from(a.z)).toEqual(Array.from(b.z));
    expect(() => makeImbalancedScores({ nPositive: 0 })).toThrow(/nPositive/);
  });
});
