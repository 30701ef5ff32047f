/**
 * Every sentence of this lesson that says what the widgets show, run through the engine with
 * the widgets' own settings. The MDX names each case in a `{/* claim: … *\/}` marker; claims
 * made in the string tables name their key in a comment.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  bceWithLogitsGrad, ceDecomposition, crossEntropyWithLogitsGrad, meanLogLoss, sigmoid, sigmoidMseGrad, sigmoidPrime, softmax,
} from '../../engine';
import { logLossDefaults } from './figures';
import { GRAD_LOGITS, GRAD_TARGET, TRUTH, WRONG_Z } from './exercises';
import { binaryGradSchema, klSchema } from './schema';
import { steps } from './steps';
import { Z_MAX } from './curves';

// steps.ts registers the string tables with i18next, which these engine-only tests do not start.
vi.mock('./strings', () => ({ NS: 'cross-entropy' }));

/** A presenter step's widget patch, by caption key. */
function patchOf(caption: string): Readonly<Record<string, unknown>> {
  const s = steps.find((x) => x.caption === caption);
  if (!s || s.kind !== 'state') throw new Error(caption);
  return s.set.values;
}

describe('cross-entropy: claims in the words', () => {
  // Also strings logloss.verdict (the widget names model 2), steps.logloss and steps.loglossNotes.
  it('model 2 has the lower mean log loss and more probability on every true class', () => {
    const { m1, m2, loss1, loss2 } = logLossDefaults;
    expect(loss2.mean).toBeLessThan(loss1.mean);
    const targets = [2, 1, 0];
    targets.forEach((c, n) => expect(m2[n][c]).toBeGreaterThan(m1[n][c]));
    // the figures are the widget's: sklearn's log_loss on the classic tables
    expect(loss1.mean).toBeCloseTo(1.3783888522474517, 14);
    expect(loss2.mean).toBeCloseTo(0.6391075640678003, 14);
  });

  it('one confident mistake costs more than two hedges together', () => {
    const { m1, loss1, photos, classes } = logLossDefaults;
    // the story the prose tells about model 1: a narrow lead on pig and dog, confidently "pig" on the cat
    expect(m1[photos.pigPhoto][classes.PIG]).toBe(m1[photos.dogPhoto][classes.DOG]);
    expect(m1[photos.pigPhoto][classes.PIG]).toBeGreaterThan(Math.max(m1[photos.pigPhoto][classes.CAT], m1[photos.pigPhoto][classes.DOG]));
    expect(m1[photos.catPhoto][classes.PIG]).toBeGreaterThan(0.5);
    const mistake = loss1.perSample[photos.catPhoto];
    const hedges = loss1.perSample[photos.pigPhoto] + loss1.perSample[photos.dogPhoto];
    expect(mistake).toBeGreaterThan(hedges);
    expect(mistake).toBeGreaterThan(loss1.mean * 3 * 0.5); // more than half of model 1's total loss
  });

  it('an even hedge over K classes costs ln K', () => {
    for (const K of [2, 3, 10]) {
      const even = Array.from({ length: K }, () => 1 / K);
      expect(meanLogLoss([even], [0]).mean).toBeCloseTo(Math.log(K), 14);
    }
  });

  // Also strings hkl.equal (shown only when the KL divergence is exactly 0) and steps.klEqual.
  it('KL is never negative and is zero only at q = p', () => {
    const grid = [0.05, 0.2, 0.35, 0.6];
    for (const a of grid)
      for (const b of grid) {
        if (a + b >= 1) continue;
        const p = [a, b, 1 - a - b];
        expect(ceDecomposition(p, p).kl).toBe(0);
        for (const c of grid)
          for (const d of grid) {
            if (c + d >= 1 || (c === a && d === b)) continue;
            expect(ceDecomposition(p, [c, d, 1 - c - d]).kl).toBeGreaterThan(0);
          }
      }
    const step = patchOf('steps.klEqual');
    expect(ceDecomposition(step.p as number[], step.q as number[]).kl).toBe(0);
    expect(step.p).toEqual([...TRUTH]);
    expect(klSchema.p.default).toEqual([...TRUTH]);
  });

  // Also strings hkl.gap ("Training can only remove this part") and steps.klGapNotes.
  it('changing q moves only the KL part', () => {
    const p = klSchema.p.default;
    const a = ceDecomposition(p, klSchema.q.default);
    const gapStep = patchOf('steps.klGap');
    const b = ceDecomposition(p, gapStep.q as number[]);
    expect(b.entropy).toBe(a.entropy);
    expect(b.kl).not.toBeCloseTo(a.kl, 3);
    for (const d of [a, b]) expect(Math.abs(d.entropy + d.kl - d.crossEntropy)).toBeLessThan(1e-14);
  });

  // Also strings grad.wrong, grad.hint, ex.mse.explain, steps.bceWrong and steps.mseLogNotes.
  it('confidently wrong, the MSE gradient all but vanishes while p − y stays near ±1', () => {
    // the exercise and the presenter steps (z = −6 and −10, y = 1) and the hint's far end (z = −Z_MAX)
    expect(patchOf('steps.bceWrong').z).toBe(WRONG_Z);
    const stepZ = Number(patchOf('steps.mseLog').z);
    expect(-Z_MAX).toBe(binaryGradSchema.z.min);
    for (const z of [WRONG_Z, stepZ, -Z_MAX]) {
      expect(bceWithLogitsGrad(z, 1)).toBeLessThan(-0.99);
      expect(Math.abs(sigmoidMseGrad(z, 1))).toBeLessThan(0.01 * Math.abs(bceWithLogitsGrad(z, 1)));
      // mirrored: y = 0 with z far on the positive side
      expect(bceWithLogitsGrad(-z, 0)).toBeGreaterThan(0.99);
      expect(Math.abs(sigmoidMseGrad(-z, 0))).toBeLessThan(0.01);
    }
    expect(Math.abs(sigmoidMseGrad(-Z_MAX, 1))).toBeLessThan(1e-5); // "shrink to nothing"
    // the widget's "confidently wrong" note starts at p < 0.01: there CE already pushes ≥ 99 times harder
    for (let z = -4.6; z >= -Z_MAX; z -= 0.1) {
      if (sigmoid(z) >= 0.01) continue;
      expect(Math.abs(bceWithLogitsGrad(z, 1) / sigmoidMseGrad(z, 1))).toBeGreaterThanOrEqual(99);
    }
    // far out, one unit further left divides σ′ — and MSE's push — by about e
    for (const z of [-5, -8, -11]) {
      expect(sigmoidPrime(z - 1) / sigmoidPrime(z)).toBeGreaterThan(Math.exp(-1) * 0.97);
      expect(sigmoidPrime(z - 1) / sigmoidPrime(z)).toBeLessThan(Math.exp(-1) * 1.03);
      expect(sigmoidMseGrad(z - 1, 1) / sigmoidMseGrad(z, 1)).toBeLessThan(Math.exp(-1) * 1.03);
    }
  });

  // Also strings smgrad.readout and ex.grad.explain ("negative, so gradient descent raises the dog logit").
  it('the softmax gradient is p − y and its entries sum to zero', () => {
    const cases: [number[], number][] = [[[...GRAD_LOGITS], GRAD_TARGET], [[4, -2, 1.5], 2], [[-8, 8, 0], 0], [[0.3, 0.3, 0.3], 1]];
    for (const [z, c] of cases) {
      const g = crossEntropyWithLogitsGrad(z, c);
      const p = softmax(z);
      let sum = 0;
      for (let k = 0; k < z.length; k++) {
        expect(Math.abs(g[k] - (p[k] - (k === c ? 1 : 0)))).toBeLessThan(1e-15);
        if (k === c) expect(g[k]).toBeLessThanOrEqual(0);
        else expect(g[k]).toBeGreaterThanOrEqual(0);
        sum += g[k];
      }
      expect(Math.abs(sum)).toBeLessThan(1e-15);
      // raising every logit by the same amount changes nothing
      const shifted = crossEntropyWithLogitsGrad(z.map((v) => v + 3), c);
      for (let k = 0; k < z.length; k++) expect(Math.abs(shifted[k] - g[k])).toBeLessThan(1e-15);
    }
  });
});
