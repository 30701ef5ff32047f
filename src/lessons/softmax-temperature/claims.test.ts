/**
 * Every sentence of the softmax-temperature lesson that says what a widget shows or how
 * softmax behaves, run through the engine with the widgets' own defaults. The MDX names each
 * case in a `{/* claim: … *\/}` marker after the sentence; cases for string-table sentences
 * name the key above the it().
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCategories, entropy, formatInfo, logSpace, sampleCategorical, softmax, temperatureTerms, totalVariation } from '../../engine';
import { CANDIDATES, DEFAULT_LOGITS, HOT_T, PRESENTER_T, T_MAX, T_MIN, argmax } from './candidates';
import { coldLimit, hotterRaisesTop } from './exercises';
import { figures, goReachesAt, GO_VISIBLE } from './figures';
import { pct } from './format';
import { OWN_LOGIT_LIMIT, samplingSchema } from './schema';
import { summarizeOwn } from './ownLogits';

const WENT = CANDIDATES.indexOf('went');
const GO = CANDIDATES.indexOf('go');
const COMES = CANDIDATES.indexOf('comes');
/** The temperatures of the widget's sweep plot. */
const SWEEP = Array.from(logSpace(T_MIN, T_MAX, 241));
const LN4 = Math.log(CANDIDATES.length);
/** A few other logit vectors, so the general statements are not only true of the example. */
const OTHERS = [
  [0, 1, 2, 3],
  [-5, 7.5, 7, -100],
  [12, 11.9, -3, 0.5],
];

const tv = (z: readonly number[], T: number, n: number, seed: number) => {
  const p = softmax(z, T);
  const counts = countCategories(sampleCategorical(p, n, seed), p.length);
  return totalVariation(p, Float64Array.from(counts, (c) => c / n));
};

describe('what the dial does', () => {
  it('adding a constant to every logit changes no probability', () => {
    for (const z of [DEFAULT_LOGITS, ...OTHERS]) {
      for (const T of [T_MIN, 0.3, 1, 7, T_MAX]) {
        const p = softmax(z, T);
        for (const c of [-50, 3.25, 60]) {
          const q = softmax(z.map((v) => v + c), T);
          p.forEach((v, i) => expect(Math.abs(q[i] - v)).toBeLessThanOrEqual(1e-12 * Math.max(v, 1e-300) + 1e-300));
        }
      }
    }
  });

  it('at the coldest T the raw exponent overflows float64 but every shifted term is at most 1', () => {
    const raw = Math.max(...DEFAULT_LOGITS) / T_MIN;
    expect(figures.rawExponent).toBe(String(raw));
    expect(raw).toBeGreaterThan(formatInfo('float64').expOverflowAt);
    expect(Math.exp(raw)).toBe(Infinity);
    const terms = temperatureTerms(DEFAULT_LOGITS, T_MIN);
    for (const v of terms.terms) expect(v >= 0 && v <= 1).toBe(true);
    expect(Array.from(softmax(DEFAULT_LOGITS, T_MIN)).every(Number.isFinite)).toBe(true);
  });

  // ex.cold.explain: "every word but the top one gets e^(−100·gap) ≈ 0".
  it('as T goes to 0 softmax becomes one-hot on went', () => {
    expect(coldLimit()).toBe('argmax');
    const p = softmax(DEFAULT_LOGITS, T_MIN);
    expect(argmax(p)).toBe(WENT);
    p.forEach((v, i) => {
      if (i !== WENT) expect(v).toBeLessThan(1e-40);
    });
    expect(figures.coldScale).toBe(String(1 / T_MIN));
  });

  it('at T = 0.05 the other words are positive but below what a bar shows', () => {
    const p = softmax(DEFAULT_LOGITS, 0.05);
    p.forEach((v, i) => {
      if (i === WENT) return;
      expect(v).toBeGreaterThan(0);
      expect(pct(v)).toBe('<0.1%');
    });
  });

  // steps.hottest / hottestNotes: "nearly uniform"; "entropy approaches ln 4".
  it('at the hottest T the distribution is nearly uniform', () => {
    const p = softmax(DEFAULT_LOGITS, T_MAX);
    for (const v of p) expect(Math.abs(v - 1 / CANDIDATES.length)).toBeLessThan(0.04);
    expect(entropy(p) / LN4).toBeGreaterThan(0.99);
  });

  it('no temperature changes the ranking of the words', () => {
    // A higher logit never gets a lower probability, and strictly higher wherever float64 can
    // still tell them apart (at T = 0.01 far-behind words both underflow to 0: a tie, not a swap).
    for (const z of [DEFAULT_LOGITS, ...OTHERS]) {
      for (const T of SWEEP) {
        const p = softmax(z, T);
        for (let i = 0; i < z.length; i++) {
          for (let j = 0; j < z.length; j++) {
            if (z[i] <= z[j]) continue;
            expect(p[i], `T = ${T}`).toBeGreaterThanOrEqual(p[j]);
            if (p[j] > 0 && p[i] < 1) expect(p[i]).toBeGreaterThan(p[j]);
          }
        }
      }
    }
  });

  it('go stays under 1 % until the computed T and grows with T', () => {
    const pGo = SWEEP.map((T) => softmax(DEFAULT_LOGITS, T)[GO]);
    for (let i = 1; i < pGo.length; i++) expect(pGo[i]).toBeGreaterThanOrEqual(pGo[i - 1]);
    const at = goReachesAt(GO_VISIBLE);
    expect(softmax(DEFAULT_LOGITS, at * 0.99)[GO]).toBeLessThan(GO_VISIBLE);
    expect(softmax(DEFAULT_LOGITS, at * 1.01)[GO]).toBeGreaterThan(GO_VISIBLE);
    expect(Math.abs(Number(figures.goVisibleAt) - at)).toBeLessThan(0.05);
    // Still the least likely word at the top of the slider.
    expect(argmax(softmax(DEFAULT_LOGITS, T_MAX).map((v) => -v))).toBe(GO);
  });

  // temperatureHelp: "small T sharpens, large T flattens".
  it('entropy only grows with T, from near 0 to near ln 4', () => {
    for (const z of [DEFAULT_LOGITS, ...OTHERS]) {
      const H = SWEEP.map((T) => entropy(softmax(z, T)));
      for (let i = 1; i < H.length; i++) expect(H[i]).toBeGreaterThanOrEqual(H[i - 1] - 1e-12);
    }
    expect(entropy(softmax(DEFAULT_LOGITS, T_MIN))).toBeLessThan(1e-30);
    expect(entropy(softmax(DEFAULT_LOGITS, T_MAX)) / LN4).toBeGreaterThan(0.99);
  });

  // ex.hot.explain: "went falls from 66.5% at T = 1 to 44.8% at T = 3 … only cooling sharpens it".
  it('the top word only loses probability as T rises', () => {
    expect(hotterRaisesTop(1)).toBe(false);
    for (const z of [DEFAULT_LOGITS, ...OTHERS]) {
      const top = argmax(z);
      const p = SWEEP.map((T) => softmax(z, T)[top]);
      for (let i = 1; i < p.length; i++) expect(p[i]).toBeLessThanOrEqual(p[i - 1] + 1e-15);
    }
    expect(softmax(DEFAULT_LOGITS, HOT_T)[WENT]).toBeLessThan(softmax(DEFAULT_LOGITS, 1)[WENT]);
  });
});

describe('exercise and presenter texts', () => {
  // ex.went.explain: "well short of certainty, because its logit leads the runner-up, comes, by only 1".
  it('went is far from certain at T = 1 because its lead over comes is small', () => {
    const sorted = [...DEFAULT_LOGITS].sort((a, b) => b - a);
    expect(DEFAULT_LOGITS[WENT]).toBe(sorted[0]);
    expect(DEFAULT_LOGITS[COMES]).toBe(sorted[1]);
    expect(Number(figures.wentLead)).toBe(DEFAULT_LOGITS[WENT] - DEFAULT_LOGITS[COMES]);
    const p = softmax(DEFAULT_LOGITS, 1);
    expect(p[WENT]).toBeLessThan(0.7);
    expect(p[COMES]).toBeGreaterThan(0.2); // the near tie is where the missing mass goes
    // Widen the lead and went approaches certainty: the small lead is the cause.
    const wider = DEFAULT_LOGITS.map((v, i) => (i === COMES ? v - 5 : i === WENT ? v : v - 5));
    expect(softmax(wider, 1)[WENT]).toBeGreaterThan(0.98);
  });

  // steps.t1, steps.cold, steps.hot: went leads but is uncertain at 1; takes almost everything at 0.1; flattens at 10.
  it('the presenter temperatures show what their captions say', () => {
    expect(argmax(softmax(DEFAULT_LOGITS, 1))).toBe(WENT);
    expect(softmax(DEFAULT_LOGITS, PRESENTER_T.cold)[WENT]).toBeGreaterThan(0.999);
    const hot = softmax(DEFAULT_LOGITS, PRESENTER_T.hot);
    expect(Math.max(...hot)).toBeLessThan(0.4);
    expect(entropy(hot)).toBeGreaterThan(entropy(softmax(DEFAULT_LOGITS, 1)) + 0.3);
  });

  // steps.sample / sampleNotes: at T = 3 with 10,000 draws (seed left at its default) "go" is drawn, and the histogram hugs p.
  it('sampling at the presenter T draws go and hugs the probabilities', () => {
    const seed = samplingSchema.seed.default;
    const p = softmax(DEFAULT_LOGITS, PRESENTER_T.sample);
    const counts = countCategories(sampleCategorical(p, 10000, seed), p.length);
    expect(counts[GO]).toBeGreaterThan(0);
    expect(tv(DEFAULT_LOGITS, PRESENTER_T.sample, 10000, seed)).toBeLessThan(0.01);
  });
});

describe('sampling', () => {
  it('the same seed always draws the same words', () => {
    const p = softmax(DEFAULT_LOGITS, 1);
    expect(Array.from(sampleCategorical(p, 500, 7))).toEqual(Array.from(sampleCategorical(p, 500, 7)));
    expect(Array.from(sampleCategorical(p, 500, 8))).not.toEqual(Array.from(sampleCategorical(p, 500, 7)));
  });

  it('at the default seed 100 draws miss the probabilities visibly and 10000 draws do not', () => {
    const { seed, t } = { seed: samplingSchema.seed.default, t: samplingSchema.t.default };
    expect(tv(DEFAULT_LOGITS, t, 100, seed)).toBeGreaterThan(0.03);
    expect(tv(DEFAULT_LOGITS, t, 10000, seed)).toBeLessThan(0.01);
  });

  // sampling.tv: "It shrinks roughly like 1/√n".
  it('the total-variation distance shrinks roughly like one over root n', () => {
    const seeds = Array.from({ length: 30 }, (_, i) => i + 1);
    const mean = (n: number) => seeds.reduce((a, s) => a + tv(DEFAULT_LOGITS, 1, n, s), 0) / seeds.length;
    const [a, b, c] = [100, 1000, 10000].map(mean);
    for (const ratio of [a / b, b / c]) {
      expect(ratio).toBeGreaterThan(2);
      expect(ratio).toBeLessThan(5);
    }
  });
});

describe('your own logits', () => {
  it('for any pasted logits the entropy only grows with T, towards ln n', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -OWN_LOGIT_LIMIT, max: OWN_LOGIT_LIMIT, noNaN: true }), { minLength: 2, maxLength: 300 }), (z) => {
        const hs = SWEEP.map((T) => summarizeOwn(z, T).entropy);
        for (let j = 1; j < hs.length; j++) expect(hs[j]).toBeGreaterThanOrEqual(hs[j - 1] - 1e-9);
        expect(hs[hs.length - 1]).toBeLessThanOrEqual(Math.log(z.length) + 1e-9);
      }),
      { numRuns: 60 },
    );
    // "towards ln n": with logits spread over a few units, the hottest T is within 1 % of it.
    const z = Array.from({ length: 1000 }, (_, i) => Math.sin(i) * 3);
    expect(summarizeOwn(z, T_MAX).entropy / Math.log(1000)).toBeGreaterThan(0.99);
    expect(summarizeOwn(z, 1).entropy / Math.log(1000)).toBeLessThan(0.9);
  });
  it('ranks the entries by probability and reads out e^H and the top mass', () => {
    const s = summarizeOwn([1, 3, 2, 3], 1);
    expect(s.order).toEqual([1, 3, 2, 0]);
    expect(s.effective).toBeCloseTo(Math.exp(entropy(softmax([1, 3, 2, 3]))), 12);
    expect(s.topMass).toBeCloseTo(1, 12);
  });
});
