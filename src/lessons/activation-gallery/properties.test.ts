import { describe, expect, it } from 'vitest';
import { activationNames, activations } from '../../engine';
import { activationProperties, formatMean, formatRange, ZERO_CENTRED_TOL } from './properties';

describe('the properties table, computed', () => {
  it('writes each range with the right brackets', () => {
    const range = (n: Parameters<typeof activationProperties>[0], p?: Record<string, number>) => formatRange(activationProperties(n, p));
    expect(range('identity')).toBe('(−∞, ∞)');
    expect(range('step')).toBe('{0, 1}');
    expect(range('sigmoid')).toBe('(0, 1)');
    expect(range('tanh')).toBe('(−1, 1)');
    expect(range('relu')).toBe('[0, ∞)');
    expect(range('elu')).toBe('(−1, ∞)');
    expect(range('elu', { alpha: 2 })).toBe('(−2, ∞)');
    expect(range('leakyRelu', { alpha: 0 })).toBe('[0, ∞)');
    expect(range('softplus')).toBe('(0, ∞)');
    expect(range('gelu')).toBe('[−0.17, ∞)');
    expect(range('hardSigmoid')).toBe('[0, 1]');
    expect(range('hardTanh')).toBe('[−1, 1]');
    expect(range('hardSwish')).toBe('[−0.375, ∞)');
  });

  it('agrees with the registry’s bounds, monotonicity and saturating side at the defaults', () => {
    for (const n of activationNames) {
      const p = activationProperties(n);
      const a = activations[n];
      expect(p.monotonic, n).toBe(a.monotonic);
      expect(p.saturates, n).toBe(a.saturates);
      expect(p.lo.value, n).toBeCloseTo(a.range[0], 3);
      expect(p.hi.value, n).toBe(a.range[1]);
    }
  });

  it('calls an activation zero-centred by its mean output for N(0, 1) input, not by the registry’s flag', () => {
    const centred = activationNames.filter((n) => activationProperties(n).zeroCentred);
    expect(centred).toEqual(['identity', 'tanh', 'selu', 'hardTanh']);
    for (const n of activationNames) expect(Math.abs(activationProperties(n).mean) < ZERO_CENTRED_TOL).toBe(centred.includes(n));
    // The registry's flag now follows the same criterion (engine zeroCentered.test.ts).
    for (const n of activationNames) expect(activations[n].zeroCentered, n).toBe(centred.includes(n));
    expect(formatMean(activationProperties('elu').mean)).toBe('0.161');
    // Parameters count: PReLU with a = 1 is the identity.
    expect(activationProperties('prelu', { alpha: 1 }).zeroCentred).toBe(true);
    expect(formatMean(-1e-9)).toBe('0.000');
  });

  it('is memoised: the same parameters give the same object', () => {
    expect(activationProperties('gelu')).toBe(activationProperties('gelu', {}));
    expect(activationProperties('elu', { alpha: 1 })).toBe(activationProperties('elu'));
  });
});
