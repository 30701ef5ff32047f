import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eigenvalues, gdPath, levelEllipse, loss, lossGrid, makeInputs, maxLossOnDomain, secondMoment, W_STAR } from './zigzag';

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

  it('levelEllipse: every point of the ellipse has exactly the loss of its level (checked with loss, not the eigen algebra)', () => {
    const seeds = fc.integer({ min: 1, max: 999 });
    fc.assert(
      fc.property(seeds, fc.boolean(), fc.double({ min: 1e-4, max: 50, noNaN: true }), fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }), (seed, centred, level, t) => {
        const h = secondMoment(makeInputs(seed, 64, centred));
        const e = levelEllipse(h, level);
        if (!e) return false;
        // The point at parameter t: centre + rx cos t · u + ry sin t · v, u the first axis.
        const [c, s] = [Math.cos(e.angle), Math.sin(e.angle)];
        const w: [number, number] = [e.cx + e.rx * Math.cos(t) * c - e.ry * Math.sin(t) * s, e.cy + e.rx * Math.cos(t) * s + e.ry * Math.sin(t) * c];
        return Math.abs(loss(h, w) - level) <= 1e-9 * level;
      }),
    );
    // Axis-aligned and round cases, where the eigenvector formula has no b to work with.
    for (const h of [{ a: 2, b: 0, d: 1 }, { a: 1, b: 0, d: 3 }, { a: 1, b: 0, d: 1 }]) {
      const e = levelEllipse(h, 0.5);
      expect(e).not.toBeNull();
      if (!e) continue;
      expect(loss(h, [e.cx + e.rx * Math.cos(e.angle), e.cy + e.rx * Math.sin(e.angle)])).toBeCloseTo(0.5, 12);
      expect(loss(h, [e.cx - e.ry * Math.sin(e.angle), e.cy + e.ry * Math.cos(e.angle)])).toBeCloseTo(0.5, 12);
    }
    expect(levelEllipse({ a: 1, b: 1, d: 1 }, 1)).toBeNull(); // singular: two lines, not an ellipse
    expect(levelEllipse({ a: 1, b: 0, d: 1 }, 0)).toBeNull();
  });

  it('maxLossOnDomain is the largest value of the sampled grid (which includes the corners)', () => {
    for (const seed of [1, 42, 777]) {
      for (const centred of [false, true]) {
        const h = secondMoment(makeInputs(seed, 64, centred));
        expect(maxLossOnDomain(h)).toBe(Math.max(...lossGrid(h, 81)));
      }
    }
  });
});
