import { describe, expect, it } from 'vitest';
import { activationNormalMean, minimumOn, normalExpectation } from './normalMoments';
import { activationNames, activations, SELU_ALPHA, SELU_LAMBDA } from '../numeric/activations';
import { erfc } from '../numeric/special';

const phi0 = 1 / Math.sqrt(2 * Math.PI);
const PhiMinus1 = 0.5 * erfc(1 / Math.SQRT2);

describe('normalExpectation', () => {
  it('integrates the moments of N(0, 1): 1, 0, 1, 0, 3', () => {
    expect(normalExpectation(() => 1)).toBeCloseTo(1, 13);
    expect(normalExpectation((z) => z)).toBeCloseTo(0, 13);
    expect(normalExpectation((z) => z * z)).toBeCloseTo(1, 13);
    expect(normalExpectation((z) => z ** 4)).toBeCloseTo(3, 12);
  });

  it('matches closed forms for the kinked activations', () => {
    // E[max(0, Z)] = φ(0); E[e^Z − 1; Z ≤ 0] = √e Φ(−1) − 1/2.
    const negElu = Math.exp(0.5) * PhiMinus1 - 0.5;
    expect(activationNormalMean('relu')).toBeCloseTo(phi0, 12);
    expect(activationNormalMean('leakyRelu')).toBeCloseTo(phi0 - 0.01 * phi0, 12);
    expect(activationNormalMean('elu')).toBeCloseTo(phi0 + negElu, 12);
    expect(activationNormalMean('selu')).toBeCloseTo(SELU_LAMBDA * (phi0 + SELU_ALPHA * negElu), 12);
    // Stein: E[Z Φ(Z)] = E[φ(Z)] = 1/(2√π); E[σ(Z)] = 1/2 by symmetry; odd functions give 0.
    expect(activationNormalMean('gelu')).toBeCloseTo(1 / (2 * Math.sqrt(Math.PI)), 12);
    expect(activationNormalMean('sigmoid')).toBeCloseTo(0.5, 13);
    expect(activationNormalMean('step')).toBeCloseTo(0.5, 13);
    for (const odd of ['identity', 'tanh', 'hardTanh'] as const) expect(activationNormalMean(odd)).toBeCloseTo(0, 13);
    // E[clip(Z+3, 0, 6)/6] = 1/2 by symmetry about 0.
    expect(activationNormalMean('hardSigmoid')).toBeCloseTo(0.5, 13);
  });

  it('follows the parameters: PReLU with a = 1 is the identity', () => {
    expect(activationNormalMean('prelu', { alpha: 1 })).toBeCloseTo(0, 13);
    expect(activationNormalMean('prelu', { alpha: 0.25 })).toBeCloseTo(0.75 * phi0, 12);
  });

  it('is finite for every activation', () => {
    for (const n of activationNames) expect(Number.isFinite(activationNormalMean(n)), n).toBe(true);
  });
});

describe('minimumOn', () => {
  it('finds the dips of the non-monotonic activations, inside the registry’s outward-rounded range', () => {
    for (const n of ['gelu', 'silu', 'mish', 'geluTanh', 'geluSigmoid'] as const) {
      const m = minimumOn((x) => activations[n].f(x), -5, 0);
      expect(m.value, n).toBeGreaterThanOrEqual(activations[n].range[0]);
      expect(m.value - activations[n].range[0], n).toBeLessThan(1e-12);
      expect(activations[n].df(m.x), n).toBeCloseTo(0, 6);
    }
    expect(minimumOn((x) => activations.hardSwish.f(x), -5, 0)).toEqual({ x: expect.closeTo(-1.5, 6), value: -0.375 });
  });
  it('rejects a bad bracket', () => {
    expect(() => minimumOn((x) => x, 1, 0)).toThrow(RangeError);
  });
});
