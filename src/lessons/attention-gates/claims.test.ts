/**
 * What the attention-gates lesson says its widgets will show, run through the engine with the
 * widgets' own presets, defaults and slider ranges. Each case is named by a `{/* claim: … *\/}`
 * marker in content.en.mdx and content.zh.mdx, or by the string-table keys in the comment above it.
 */
import { describe, expect, it } from 'vitest';
import { scalingSweep, SCALE_KEYS, SCALE_QUERIES } from './scaling';
import { scalingRaw, EX_DK } from './scalingFigures';
import { exerciseStd } from './scalingExercises';
import { DK_MAX } from './schema';
import { sigmoid, sigmoidAttentionBias, sigmoidGates, softmax, softmaxOne, softmaxOneAbstain, softmaxOneSum, uniformGateSum, weightSum } from '../../engine';
import { INIT_N, NEEDLE } from './figures';
import { biasSchema, softmaxOneSchema } from './schema';
import { presetScores } from './scores';

const needles = (p: 'one' | 'two' | 'three') => presetScores(p).flatMap((v, i) => (v === Math.max(...presetScores(p)) ? [i] : []));

describe('needles', () => {
  // Also ex.two (its key and explanation), steps.two, steps.three and steps.oneNotes.
  it('a second equal needle halves the first needle softmax weight, a third leaves a third', () => {
    const one = softmax(presetScores('one'))[NEEDLE];
    const two = softmax(presetScores('two'));
    const three = softmax(presetScores('three'));
    expect(one).toBeGreaterThan(0.99);
    expect(one / two[NEEDLE]).toBeCloseTo(2, 2);
    for (const i of needles('two')) {
      expect(two[i]).toBeLessThan(0.5);
      expect(two[i]).toBeGreaterThan(0.49);
    }
    for (const i of needles('three')) expect(Math.abs(three[i] - 1 / 3)).toBeLessThan(0.001);
  });

  it('a needle sigmoid gate is the same with one, two or three needles', () => {
    const g = (['one', 'two', 'three'] as const).map((p) => sigmoidGates(presetScores(p))[NEEDLE]);
    expect(g[1]).toBe(g[0]);
    expect(g[2]).toBe(g[0]);
    expect(g[0]).toBeGreaterThan(0.999);
    // Raising another score never moves a gate; it always lowers the other softmax weights.
    const z = presetScores('two');
    const up = z.map((v, i) => (i === needles('two')[1] ? v + 1 : v));
    expect(sigmoidGates(up)[NEEDLE]).toBe(sigmoidGates(z)[NEEDLE]);
    expect(softmax(up)[NEEDLE]).toBeLessThan(softmax(z)[NEEDLE]);
  });

  // Also ex.nothing (its key and explanation), steps.low and steps.lowNotes.
  it('with every score low the gates nearly close while softmax still hands out 1 equally', () => {
    const low = presetScores('low');
    const gates = sigmoidGates(low);
    for (const g of gates) expect(g).toBeLessThan(0.05);
    expect(weightSum(gates)).toBeLessThan(0.5);
    const w = softmax(low);
    for (const v of w) expect(v).toBeCloseTo(1 / low.length, 14);
    expect(weightSum(w)).toBeCloseTo(1, 14);
  });
});

describe('the sigmoid-attention bias', () => {
  // Also ex.init (its key and explanation), steps.bias and steps.biasNotes.
  it('at zero scores the gates sum to n/2 without the bias and n/(n + 1) with b = −ln n', () => {
    for (const n of [biasSchema.n.min, INIT_N, 1000, biasSchema.n.max]) {
      expect(uniformGateSum(n, 0, 0)).toBe(n / 2);
      expect(uniformGateSum(n, 0, sigmoidAttentionBias(n))).toBeCloseTo(n / (n + 1), 12);
    }
    expect(uniformGateSum(INIT_N, 0, sigmoidAttentionBias(INIT_N))).toBeGreaterThan(0.99);
  });

  // Also bias.summary.
  it('with b = −ln n the sum tends to e^s for long sequences, without it it grows with n', () => {
    const N = biasSchema.n.max;
    for (let s = biasSchema.s.min; s <= biasSchema.s.max + 1e-9; s += 0.5) {
      const biased = uniformGateSum(N, s, sigmoidAttentionBias(N));
      expect(Math.abs(biased - Math.exp(s)) / Math.exp(s), `s = ${s}`).toBeLessThan(0.02);
      // Without the bias: n·σ(s), in proportion to n.
      expect(uniformGateSum(N, s, 0) / uniformGateSum(N / 2, s, 0)).toBeCloseTo(2, 12);
      expect(uniformGateSum(N, s, 0)).toBeCloseTo(N * sigmoid(s), 9);
    }
  });
});

describe('softmax₁', () => {
  it('either softmax₁ total computed as 1 minus the other cancels to 0, the ratios do not', () => {
    // Every score very low: the head abstains, the tokens' total is tiny but not 0.
    const low = [-40, -41, -42];
    expect(1 - softmaxOneAbstain(low)).toBe(0);
    expect(softmaxOneSum(low)).toBeGreaterThan(0);
    expect(softmaxOneSum(low) / (Math.exp(-40) + Math.exp(-41) + Math.exp(-42))).toBeCloseTo(1, 12);
    // Every score very high: the head attends fully, the weight on nothing is tiny but not 0.
    const high = [40, 39, 38];
    expect(1 - softmaxOneSum(high)).toBe(0);
    expect(softmaxOneAbstain(high)).toBeGreaterThan(0);
    expect(softmaxOneAbstain(high) * (Math.exp(40) + Math.exp(39) + Math.exp(38))).toBeCloseTo(1, 12);
  });

  // Also steps.softmaxOne.
  it('shifting every score leaves softmax unchanged, fades softmax₁ down and matches it up', () => {
    const z = softmaxOneSchema.z.default;
    const base = softmax(z);
    const shifted = (c: number) => z.map((v) => v + c);
    for (let c = softmaxOneSchema.shift.min; c <= softmaxOneSchema.shift.max; c += 0.5) {
      softmax(shifted(c)).forEach((w, i) => expect(Math.abs(w - base[i])).toBeLessThan(1e-14));
    }
    expect(softmaxOneSum(shifted(softmaxOneSchema.shift.min))).toBeLessThan(1e-6);
    let prev = -Infinity;
    for (let c = softmaxOneSchema.shift.min; c <= softmaxOneSchema.shift.max; c += 0.5) {
      const s = softmaxOneSum(shifted(c));
      expect(s).toBeGreaterThan(prev);
      prev = s;
    }
    const top = softmaxOne(shifted(softmaxOneSchema.shift.max));
    softmax(shifted(softmaxOneSchema.shift.max)).forEach((w, i) => expect(Math.abs(top[i] - w)).toBeLessThan(1e-3));
  });
});

describe('why attention divides by √d_k', () => {
  // Also strings scale.ex.explain and scale.spreadValue (the readout shows both numbers).
  it('the sampled spread of q·k matches √d_k', () => {
    // Q queries × K shared keys: the sample variance ≈ Σ (q·k)² / (QK) has a relative sd of about
    // √(2/(K·d) + 2/(Q·d) + 2/(K·Q)) (key norms, query norms, pair noise), doubled at d = 1 where
    // q·k is a product of two normals (fourth moment 9, not 3); the sd's error is half of that.
    // The bound is 3 of those sds. The engine's own test pools seeds for a tight check.
    const tol = (d: number) => 3 * 0.5 * Math.sqrt(2 / (SCALE_KEYS * d) + 2 / (SCALE_QUERIES * d) + 2 / (SCALE_KEYS * SCALE_QUERIES)) * (d === 1 ? 2 : 1);
    for (const r of scalingSweep()) {
      expect(r.analyticStd).toBe(Math.sqrt(r.dk));
      expect(Math.abs(r.scoreStd / r.analyticStd - 1)).toBeLessThan(tol(r.dk));
    }
    expect(Math.abs(scalingRaw.big.scoreStd / Math.sqrt(DK_MAX) - 1)).toBeLessThan(tol(DK_MAX));
    expect(exerciseStd()).toBe(Math.sqrt(EX_DK));
  });

  // Also strings scale.saturated, scale.steps.unscaled(Notes).
  it('unscaled at the largest d_k the rows saturate: entropy and gradient fall', () => {
    const s = scalingSweep();
    const { big } = scalingRaw;
    expect(big.unscaled.meanEntropy).toBeLessThan(0.1 * Math.log(SCALE_KEYS));
    expect(big.unscaled.meanMaxWeight).toBeGreaterThan(0.9);
    expect(big.unscaled.meanJacobianNorm).toBeLessThan(0.3 * big.scaled.meanJacobianNorm);
    // falling along the sweep (from d_k = 4 on: below that the rows are not yet peaked)
    for (let i = 3; i < s.length; i++) expect(s[i].unscaled.meanEntropy).toBeLessThan(s[i - 1].unscaled.meanEntropy);
    // the exercise's d_k already saturates the widget's "saturated" note
    expect(scalingRaw.ex.unscaled.meanEntropy).toBeLessThan(0.25 * Math.log(SCALE_KEYS));
  });

  // Also strings scale.calm and scale.steps.scaled(Notes).
  it('divided by √d_k the rows look the same at every d_k', () => {
    const h = scalingSweep().map((r) => r.scaled.meanEntropy);
    expect(Math.max(...h) - Math.min(...h)).toBeLessThan(0.25);
    expect(Math.min(...h)).toBeGreaterThan(0.7 * Math.log(SCALE_KEYS));
    expect(scalingRaw.ex.scaled.meanEntropy).toBeGreaterThan(0.25 * Math.log(SCALE_KEYS));
    // d_k = 1: dividing by √1 changes nothing
    expect(scalingSweep()[0].scaled).toEqual(scalingSweep()[0].unscaled);
  });

  it('with no signal softmax piles its weight on one key while sigmoid gates average one half', () => {
    const { big } = scalingRaw;
    expect(big.unscaled.meanMaxWeight).toBeGreaterThan(0.9);
    for (const r of scalingSweep()) {
      expect(Math.abs(r.unscaled.meanGate - 0.5)).toBeLessThan(0.06);
      expect(Math.abs(r.scaled.meanGate - 0.5)).toBeLessThan(0.06);
    }
    expect(sigmoid(0)).toBe(0.5);
  });
});
