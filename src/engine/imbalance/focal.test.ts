import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bceWithLogits, focalLoss, sigmoid } from '../numeric';
import { focalCurves, focalLossWithLogits, lossBreakdown, perExampleLoss } from './focal';
import { makeImbalancedScores } from './dataset';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe('focalLossWithLogits', () => {
  it('matches mpmath (40 digits)', () => {
    // python3: mpmath, −α_t (1 − p_t)^γ ln p_t with p_t = σ(±z)
    const cases: [number, 0 | 1, number, number | undefined, number][] = [
      [-10, 1, 2, undefined, 9.9991374580129],
      [30, 0, 2, 0.25, 22.499999999995858],
      [3, 1, 0.5, undefined, 0.010581101849395962],
      [-40, 0, 5, undefined, 5.879282698245269e-105],
      [2, 1, 2, 0.25, 0.00045089070881009386],
    ];
    for (const [z, y, g, a, want] of cases) expect(rel(focalLossWithLogits(z, y, g, a), want)).toBeLessThan(1e-14);
  });
  it('is plain cross-entropy at γ = 0', () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.constantFrom<0 | 1>(0, 1), (z, y) => {
        expect(focalLossWithLogits(z, y, 0)).toBe(bceWithLogits(z, y));
      }),
    );
  });
  it('agrees with the probability form where p is well away from 0 and 1', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), fc.constantFrom<0 | 1>(0, 1), fc.double({ min: 0, max: 5, noNaN: true }), (z, y, g) => {
        const want = focalLoss(sigmoid(z), y, g);
        expect(Math.abs(focalLossWithLogits(z, y, g) - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, want));
      }),
    );
  });
  it('never exceeds CE and falls as γ grows', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }), (z, g) => {
        const a = focalLossWithLogits(z, 1, g);
        expect(a).toBeLessThanOrEqual(bceWithLogits(z, 1));
        expect(focalLossWithLogits(z, 1, g + 1)).toBeLessThanOrEqual(a);
      }),
    );
  });
  it('names the bad argument', () => {
    expect(() => focalLossWithLogits(NaN, 1, 2)).toThrow(/z/);
    expect(() => focalLossWithLogits(0, 1, -1)).toThrow(/gamma/);
    expect(() => focalLossWithLogits(0, 1, 1, 2)).toThrow(/alpha/);
  });
});

describe('focalCurves', () => {
  it('gives one curve per γ, CE for γ = 0', () => {
    const { pt, loss } = focalCurves([0, 2], 11);
    expect(loss).toHaveLength(2);
    pt.forEach((p, i) => expect(loss[0][i]).toBeCloseTo(-Math.log(p), 14));
    expect(loss[1][10]).toBe(0);
  });
});

describe('lossBreakdown on the 1:100 set', () => {
  const set = makeImbalancedScores({ seed: 7 });
  it('shares add up to 1 and counts to N', () => {
    const b = lossBreakdown(set.z, set.y, { kind: 'ce', alpha: 0.5, gamma: 0 });
    const s = b.share;
    expect(s.easyNegatives + s.hardNegatives + s.positives).toBeCloseTo(1, 12);
    expect(b.counts.easyNegatives + b.counts.hardNegatives + b.counts.positives).toBe(set.z.length);
  });
  it('focal with γ = 0 is CE; raising γ lowers the easy negatives’ share', () => {
    const ce = lossBreakdown(set.z, set.y, { kind: 'ce', alpha: 0.5, gamma: 0 });
    const f0 = lossBreakdown(set.z, set.y, { kind: 'focal', alpha: 0.5, gamma: 0 });
    expect(f0.total).toBe(ce.total);
    let prev = f0.share.easyNegatives;
    for (const g of [0.5, 1, 2, 5]) {
      const s = lossBreakdown(set.z, set.y, { kind: 'focal', alpha: 0.5, gamma: g }).share.easyNegatives;
      expect(s).toBeLessThan(prev);
      prev = s;
    }
  });
  it('α-weighted CE at α = 0.5 is half of CE', () => {
    const ce = perExampleLoss(set.z, set.y, { kind: 'ce', alpha: 0.5, gamma: 0 });
    const w = perExampleLoss(set.z, set.y, { kind: 'weighted', alpha: 0.5, gamma: 0 });
    ce.forEach((v, i) => expect(w[i]).toBe(v * 0.5));
  });
});
