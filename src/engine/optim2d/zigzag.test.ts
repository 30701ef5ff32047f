import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eigenvalues, gdPath, loss, makeInputs, secondMoment, W_STAR } from './zigzag';

describe('two-weight least squares (zig-zag)', () => {
  it('eigenvalues of a known symmetric matrix', () => {
    const [l1, l2] = eigenvalues({ a: 2, b: 1, d: 2 });
    expect([Math.min(l1, l2), Math.max(l1, l2)]).toEqual([1, 3]);
  });

  it('the loss is 0 at the target and positive elsewhere', () => {
    const h = secondMoment(makeInputs(3, 64, false));
    expect(loss(h, W_STAR)).toBe(0);
    fc.assert(fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (a, b) => {
      if (a === W_STAR[0] && b === W_STAR[1]) return true;
      return loss(h, [a, b]) >= 0;
    }));
  });

  it('all-positive inputs have a far larger top eigenvalue than centred ones, so they cap the step size', () => {
    const pos = eigenvalues(secondMoment(makeInputs(7, 200, false)));
    const cen = eigenvalues(secondMoment(makeInputs(7, 200, true)));
    expect(Math.max(...pos)).toBeGreaterThan(5 * Math.max(...cen));
  });

  it('gradient descent converges below 2/λmax and diverges above it', () => {
    const h = secondMoment(makeInputs(5, 100, false));
    const lmax = Math.max(...eigenvalues(h));
    const end = (lr: number) => loss(h, gdPath(h, lr, 400).at(-1) ?? [0, 0]);
    expect(end(1.9 / lmax)).toBeLessThan(1e-3);
    expect(end(2.1 / lmax)).toBeGreaterThan(1);
  });

  it('rejects a bad sample count', () => {
    expect(() => makeInputs(1, 0, true)).toThrow(RangeError);
  });
});
