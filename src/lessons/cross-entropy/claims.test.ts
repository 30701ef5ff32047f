/**
 * Every sentence of this lesson that says what the widgets show, run through the engine with
 * the widgets' own settings. The MDX names each case in a `{/* claim: … *\/}` marker; claims
 * made in the string tables name their key in a comment.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  argmax, bceWithLogits, bceWithLogitsFloat32, createTrainingRng, doubleSoftmaxCE, doubleSoftmaxSweep, sigmoidBceFloat32, TORCH_BCE_LOG_CLAMP,
} from '../../engine';
import { lossMapRows, DS_S_MAX } from './lossMap';
import { lossMapRaw, BCE_EX_Z, DS_EX_SCALE, DS_EX_TARGET } from './lossMapFigures';
import { bceClampVerdict } from './lossMapExercises';
import { BCE32_Z_MAX, DS_LOGITS } from './schema';
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

describe('cross-entropy: the loss map', () => {
  // Also strings lm.map.* (the table's "same as" column is computed by lossMapRows).
  it('CrossEntropyLoss equals NLLLoss of log_softmax and MultiLabelSoftMarginLoss equals the mean BCE with logits', () => {
    const rows = lossMapRows();
    const by = (id: string) => rows.find((r) => r.id === id)!;
    expect(by('nll').sameAs).toBe('ce');
    expect(by('multi').sameAs).toBe('bceLogits');
    expect(by('bce').sameAs).toBe('bceLogits'); // at these mild logits BCELoss on σ(z) agrees too
    expect(by('ce').value).toBeCloseTo(Math.log(Math.exp(2) + Math.exp(1) + Math.exp(-1)) - 1, 14);
  });

  it('the two bug rows return a wrong number without an error, one of them negative', () => {
    const rows = lossMapRows();
    const ce = rows.find((r) => r.id === 'ce')!.value;
    const bugs = rows.filter((r) => r.bug);
    expect(bugs.map((r) => r.id)).toEqual(['ceOnProbs', 'nllOnProbs']);
    for (const b of bugs) {
      expect(Number.isFinite(b.value)).toBe(true);
      expect(b.sameAs).toBeNull();
      expect(Math.abs(b.value - ce)).toBeGreaterThan(0.1);
    }
    expect(bugs[1].value).toBeLessThan(0);
  });

  it('at zero logits the doubled gradient is 1/K of the right one', () => {
    expect(lossMapRaw.zero.ratio).toBeCloseTo(1 / 3, 14);
    for (const K of [2, 4, 7]) expect(doubleSoftmaxCE(new Array<number>(K).fill(0), 0).ratio).toBeCloseTo(1 / K, 14);
  });

  // Also strings lm.ds.squashed, lm.ex.ds.explain and lm.steps.ds(Notes).
  it('at the exercise scale the doubled gradient is over a hundred times smaller while p − y keeps its size', () => {
    const r = lossMapRaw.exRow;
    expect(r.ratio).toBeLessThan(0.01);
    expect(r.gradNorm).toBeGreaterThan(1.4); // (p − y) ≈ (1, −1, 0): full size
    // and it keeps falling as the logits grow, over the widget's whole slider
    const s = doubleSoftmaxSweep(DS_LOGITS, DS_EX_TARGET, [DS_EX_SCALE, DS_S_MAX]);
    expect(s.ratio[1]).toBeLessThan(s.ratio[0]);
  });

  it('the doubled loss stays between ln(1 + (K − 1)/e) and ln(e + K − 1)', () => {
    const { min, max } = lossMapRaw.range;
    expect(min).toBeCloseTo(Math.log(1 + 2 / Math.E), 14);
    expect(max).toBeCloseTo(Math.log(Math.E + 2), 14);
    for (const t of [0, 1, 2]) {
      const s = doubleSoftmaxSweep(DS_LOGITS, t, [0, 0.5, 1, 3, DS_S_MAX]);
      for (const v of s.doubleLoss) {
        expect(v).toBeGreaterThanOrEqual(min - 1e-15);
        expect(v).toBeLessThanOrEqual(max + 1e-15);
      }
    }
  });

  // Also strings lm.b32.clamped, lm.ex.clamp.* and lm.steps.clamp.
  it('with y = 0 past the rounding point float32 sigmoid + BCELoss reads the clamp with a zero gradient', () => {
    const th = lossMapRaw.th.roundsToOne;
    expect(th).toBeGreaterThan(15);
    expect(th).toBeLessThan(18);
    expect(bceClampVerdict()).toBe('clamp');
    for (const z of [th + 0.01, BCE_EX_Z, 50, BCE32_Z_MAX]) {
      const a = sigmoidBceFloat32(z, 0);
      expect(a.loss).toBe(-TORCH_BCE_LOG_CLAMP);
      expect(a.grad).toBe(0);
    }
    expect(sigmoidBceFloat32(th - 0.5, 0).loss).toBeLessThan(th + 1);
  });

  it('with y = 1 the BCELoss gradient fades long before the loss is clamped', () => {
    const { gradFades, underflowsToZero } = lossMapRaw.th;
    expect(gradFades).toBeGreaterThan(underflowsToZero + 50);
    expect(sigmoidBceFloat32(gradFades + 1, 1).grad).toBeLessThan(-0.9);
    const below = sigmoidBceFloat32(gradFades - 5, 1);
    expect(below.grad).toBeGreaterThan(-0.01);
    expect(Math.abs(below.loss - bceWithLogits(gradFades - 5, 1))).toBeLessThan(1e-4 * Math.abs(gradFades)); // the loss still reads right
    expect(sigmoidBceFloat32(underflowsToZero - 1, 1).loss).toBe(-TORCH_BCE_LOG_CLAMP);
  });

  it('BCEWithLogitsLoss stays within float32 rounding of the exact loss with gradient σ(z) − y', () => {
    for (let z = -BCE32_Z_MAX; z <= BCE32_Z_MAX; z += 0.75) {
      for (const y of [0, 1] as const) {
        const b = bceWithLogitsFloat32(z, y);
        const exact = bceWithLogits(Math.fround(z), y);
        // Rounding at the scale of the terms PyTorch adds, |z| (for y = 0, z ≪ 0 it computes z − (z − tiny) = 0).
        expect(Math.abs(b.loss - exact)).toBeLessThanOrEqual(4 * 2 ** -23 * Math.max(exact, Math.abs(z), 1));
        expect(Math.abs(b.grad - (sigmoid(Math.fround(z)) - y))).toBeLessThan(1e-7);
      }
    }
  });

  it('argmax of the logits equals argmax of the softmax', () => {
    const rng = createTrainingRng(19);
    for (let n = 0; n < 500; n++) {
      const k = 2 + rng.int(9);
      const z = Array.from({ length: k }, () => Math.round(rng.normal() * 40) / 4); // ties happen on the quarter grid
      expect(argmax(softmax(z))).toBe(argmax(z));
    }
  });
});
