import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { softmax } from '../numeric';
import { gateSum, sigmoidAttentionBias, sigmoidGates, softmaxOne, softmaxOneAbstain, softmaxOneSum, uniformGateSum, weightSum } from './index';

/** |a − b| ≤ tol·|b| (or both exactly 0). */
function close(a: number, b: number, tol = 1e-14) {
  if (b === 0) expect(a).toBe(0);
  else expect(Math.abs(a - b) / Math.abs(b), `${a} vs ${b}`).toBeLessThanOrEqual(tol);
}

// Reference values: python3 + mpmath at 50 digits (w = e^z/(1+Σe^z), sum = S/(1+S), abstain = 1/(1+S)).
const REF: { z: number[]; w: number[]; sum: number; abstain: number }[] = [
  { z: [1, 2, 3], w: [0.08714431874203257, 0.23688281808991013, 0.6439142598879724], sum: 0.967941396719915, abstain: 0.03205860328008499 },
  { z: [-50, -60, -55], w: [1.9287498479639178e-22, 8.75651076269652e-27, 1.2995814250075031e-24], sum: 1.9418332273216197e-22, abstain: 1 },
  { z: [800, 799, -3], w: [0.7310585786300049, 0.2689414213699951, 0], sum: 1, abstain: 0 },
  { z: [-700, -701], w: [9.85967654375977e-305, 3.6271722970495225e-305], sum: 1.3486848840809292e-304, abstain: 1 },
  { z: [40, 41], w: [0.2689414213699951, 0.7310585786300049], sum: 1, abstain: 1.142558431901387e-18 },
  { z: [-0.001, 2.5, -7.25], w: [0.07044042344257215, 0.8589986024247848, 5.007503467363909e-5], sum: 0.9294891009020305, abstain: 0.07051089909796944 },
];

describe('softmaxOne', () => {
  it.each(REF)('matches mpmath for z = $z', ({ z, w, sum, abstain }) => {
    const got = softmaxOne(z);
    w.forEach((v, i) => close(got[i], v));
    close(softmaxOneSum(z), sum);
    close(softmaxOneAbstain(z), abstain);
  });

  it('is softmax over the row plus an implicit 0 logit, with that weight dropped', () => {
    const z = [0.3, -1.2, 2.2, 0];
    const full = softmax([...z, 0]);
    softmaxOne(z).forEach((v, i) => close(v, full[i], 1e-15 * 8));
    close(softmaxOneAbstain(z), full[z.length], 1e-15 * 8);
  });

  it('closed forms: n zero scores give 1/(n+1) each, n/(n+1) in all', () => {
    for (const n of [1, 2, 7, 4096]) {
      const z = new Array<number>(n).fill(0);
      close(softmaxOne(z)[0], 1 / (n + 1));
      close(softmaxOneSum(z), n / (n + 1));
      close(softmaxOneAbstain(z), 1 / (n + 1));
    }
  });

  it('masked (−∞) positions get exactly 0; an all-masked row attends to nothing', () => {
    expect(softmaxOne([-Infinity, 0])[0]).toBe(0);
    expect(softmaxOneSum([-Infinity, -Infinity])).toBe(0);
    expect(softmaxOneAbstain([-Infinity])).toBe(1);
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => softmaxOne([])).toThrow(/z must be a non-empty vector/);
    expect(() => softmaxOne([1, Number.NaN])).toThrow(/z\[1\]/);
    expect(() => softmaxOneSum([Infinity])).toThrow(RangeError);
  });

  it('property: weights in [0,1], sum < 1 … and sum + abstain = 1, order kept, shift-down shrinks the sum', () => {
    const scores = fc.array(fc.double({ min: -300, max: 300, noNaN: true }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(scores, (z) => {
        const w = softmaxOne(z);
        const s = softmaxOneSum(z);
        const a = softmaxOneAbstain(z);
        for (const v of w) if (!(v >= 0 && v <= 1)) return false;
        if (Math.abs(s + a - 1) > 4e-16 * 4) return false;
        if (Math.abs(weightSum(w) - s) > 1e-14 * Math.max(s, 1e-300) + 1e-300) return false;
        for (let i = 1; i < z.length; i++) if (z[i] > z[i - 1] && w[i] < w[i - 1]) return false;
        return softmaxOneSum(z.map((x) => x - 1)) <= s;
      }),
    );
  });
});

describe('sigmoid gates', () => {
  it('are independent: raising one score leaves the others untouched', () => {
    const a = sigmoidGates([0, 1, 2]);
    const b = sigmoidGates([0, 9, 2]);
    expect(b[0]).toBe(a[0]);
    expect(b[2]).toBe(a[2]);
    expect(b[1]).toBeGreaterThan(a[1]);
  });

  it('closed form at zero scores: σ(0) = 1/2, and with b = −ln n each is 1/(n+1)', () => {
    expect(sigmoidGates([0, 0])[0]).toBe(0.5);
    for (const n of [2, 3, 10, 4096]) {
      close(gateSum(new Array<number>(n).fill(0), sigmoidAttentionBias(n)), n / (n + 1));
      close(uniformGateSum(n, 0, sigmoidAttentionBias(n)), n / (n + 1));
      close(uniformGateSum(n, 0, 0), n / 2);
    }
  });

  it('matches mpmath n·σ(2 − ln n)', () => {
    const ref: [number, number][] = [[2, 1.573972084323197], [3, 2.1337037826827814], [10, 4.249256576603399], [4096, 7.3757504753871075]];
    for (const [n, v] of ref) close(uniformGateSum(n, 2, sigmoidAttentionBias(n)), v);
    close(sigmoidAttentionBias(4096), -8.317766166719343);
  });

  it('throws RangeErrors naming the argument', () => {
    expect(() => sigmoidAttentionBias(0)).toThrow(/^n must be an integer/);
    expect(() => sigmoidAttentionBias(2.5)).toThrow(RangeError);
    expect(() => sigmoidGates([1], Number.NaN)).toThrow(/^bias/);
    expect(() => uniformGateSum(4, Infinity, 0)).toThrow(/^score/);
    expect(() => gateSum([])).toThrow(/^z must/);
  });

  it('property: each gate in [0,1]; the sum ≤ n; b = −ln n keeps the zero-score sum in [2/3, 1)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.double({ min: -10, max: 10, noNaN: true }), (z, b) => {
        const g = sigmoidGates(z, b);
        return g.every((v) => v >= 0 && v <= 1) && gateSum(z, b) <= z.length;
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1 << 20 }), (n) => {
        const s = uniformGateSum(n, 0, sigmoidAttentionBias(n));
        return s >= 2 / 3 - 1e-15 && s < 1;
      }),
    );
  });
});

describe('weightSum', () => {
  it('compensates: 1 + 1e-16·10 000 keeps the small terms', () => {
    const w = [1, ...new Array<number>(10000).fill(1e-16)];
    close(weightSum(w), 1 + 1e-12, 1e-15);
  });
  it('softmax weights sum to 1 within a few ulps', () => {
    close(weightSum(softmax([3, 1, 4, 1, 5, 9, 2, 6])), 1, 4e-16);
  });
});
