/**
 * Every sentence of the overflow lesson that says what a widget shows or how a computation
 * behaves, run through the engine with the widget's own defaults. The MDX names each case in a
 * `{/* claim: … *\/}` marker after the sentence; cases for string-table sentences name the key.
 */
import { describe, expect, it } from 'vitest';
import { formatInfo, precisions, roundTo, sigmoid, softmax, softmaxFixedTrace, softmaxNaive, softmaxStable, apFixed, argmax } from '../../engine';
import { checkAnswer } from '../../components/exercise/checkAnswer';
import { formatFixed } from '../../format/number';
import { expLimits } from './limits';
import { logSoftmaxSteps, sigmoidSteps, softmaxSteps, tanhSteps } from './softmaxSteps';
import { BIG_LOGIT, DEFAULT_LOGITS, limitsSchema, logSchema, sigmoidSchema } from './schema';
import { bias, F16_ROUNDS_TO_INF, F32_REVEAL_X, figures, LATENCY_EXP_MAX, WRAPPED_TOP } from './figures';
import { overflowExercises } from './exercises';

const TOP = argmax(DEFAULT_LOGITS);
const expIn = (x: number, p: (typeof precisions)[number]) => roundTo(Math.exp(roundTo(x, p)), p);
const t = ((key: string) => key) as unknown as Parameters<typeof overflowExercises>[0];

describe('softmax in float16 (the opening widget)', () => {
  it('naive float16 softmax of the default logits overflows at the third exponential and ends in NaN', () => {
    const s = softmaxSteps(DEFAULT_LOGITS, 'float16', false);
    const firstInf = s.exps.findIndex((e) => e === Infinity);
    expect(firstInf).toBe(2);
    expect(TOP).toBe(firstInf);
    expect(s.sum).toBe(Infinity);
    // finite/∞ = 0 for the other three, ∞/∞ = NaN for the winner; the engine agrees.
    expect(s.probs.map((v, i) => (i === TOP ? Number.isNaN(v) : v === 0))).toEqual([true, true, true, true]);
    expect(Array.from(softmaxNaive(DEFAULT_LOGITS, 'float16'))).toEqual(s.probs);
  });

  it('the stable column of the default logits stays finite and in [0, 1] in every format', () => {
    for (const p of precisions) {
      const s = softmaxSteps(DEFAULT_LOGITS, p, true);
      for (const v of [...s.exps, ...s.probs]) expect(v >= 0 && v <= 1, `${p}: ${v}`).toBe(true);
      expect(s.running.every(Number.isFinite)).toBe(true);
      expect(Array.from(softmaxStable(DEFAULT_LOGITS, p))).toEqual(s.probs);
    }
  });

  // ex.naive.explain: "the other entries become finite/∞ = 0 and the winner becomes ∞/∞ = NaN"
  it('the naive-NaN exercise key is the NaN answer', () => {
    const def = overflowExercises(t).find((d) => d.id === 'naive-nan');
    expect(def && checkAnswer(def.answer, 'nan')).toBe('correct');
  });
});

describe('where exp stops fitting', () => {
  it('(bias + 1) ln 2 matches ln(max) to within 2^-f in every format', () => {
    for (const p of precisions) {
      const info = formatInfo(p);
      expect(Math.abs((bias(p) + 1) * Math.LN2 - info.expOverflowAt), p).toBeLessThan(2 ** -info.fracBits);
      // The formula the lesson used to print, bias · ln 2, is off by ln 2 (the issue's slip).
      expect(info.expOverflowAt - bias(p) * Math.LN2).toBeGreaterThan(0.68);
    }
  });

  // ex.f16.hint / explain: a student who computes (bias + 1)·ln 2 passes, bias·ln 2 fails.
  it('the float16 exercise accepts (bias + 1) ln 2 and rejects bias ln 2', () => {
    const def = overflowExercises(t).find((d) => d.id === 'exp-f16');
    if (!def) throw new Error('exp-f16 missing');
    expect(checkAnswer(def.answer, String((bias('float16') + 1) * Math.LN2))).toBe('correct');
    expect(checkAnswer(def.answer, String(bias('float16') * Math.LN2))).toBe('wrong');
    expect(checkAnswer(def.answer, figures.f16Overflow)).toBe('correct');
    // "(bias + 1)·ln 2 = 16·ln 2 gives the same to two decimals"
    expect(formatFixed((bias('float16') + 1) * Math.LN2, 2)).toBe(figures.f16Overflow);
  });

  it('exp leaves each format above ln(max), and at a logit of 12 only float16 overflows', () => {
    for (const p of precisions) {
      const at = formatInfo(p).expOverflowAt;
      expect(Math.exp(at * (1 - 1e-9))).toBeLessThanOrEqual(formatInfo(p).max);
      expect(Math.exp(at * (1 + 1e-9))).toBeGreaterThan(formatInfo(p).max);
    }
    const x = limitsSchema.x.default;
    expect(x).toBe(12);
    expect(precisions.filter((p) => expIn(x, p) === Infinity)).toEqual(['float16']);
  });

  // limits.note: "their limits differ only in the fourth digit"; "between ln(max) and ln(max + ½ ulp), exp still rounds down to max".
  it('float32 and bfloat16 limits first differ in the fourth significant digit; exp rounds to max just past ln(max)', () => {
    // Digits as written (88.72… against 88.71…): the same first three, a different fourth.
    const digits = (p: 'float32' | 'bfloat16', n: number) => Math.floor(formatInfo(p).expOverflowAt * 10 ** (n - 2));
    expect(digits('float32', 3)).toBe(digits('bfloat16', 3));
    expect(digits('float32', 4)).not.toBe(digits('bfloat16', 4));
    const f16 = formatInfo('float16');
    const between = (f16.expOverflowAt + Math.log(F16_ROUNDS_TO_INF)) / 2;
    expect(roundTo(Math.exp(between), 'float16')).toBe(f16.max);
    expect(roundTo(Math.exp(Math.log(F16_ROUNDS_TO_INF) + 1e-9), 'float16')).toBe(Infinity);
  });

  // present.max16 / max16Notes: "65520 does not fit in float16: it rounds to ∞"; "anything from 65520 up".
  it('float16 rounds its max plus half a step up to infinity, and anything below to max', () => {
    expect(roundTo(F16_ROUNDS_TO_INF, 'float16')).toBe(Infinity);
    expect(roundTo(F16_ROUNDS_TO_INF - 1e-9, 'float16')).toBe(formatInfo('float16').max);
  });

  // ex.f32.explain: "exp(39) fits easily; in the table only float16 has overflowed"; present.exp89: "only float64 holds it".
  it('at the f32 exercise’s reveal only float16 overflows, and at 89 only float64 holds exp', () => {
    expect(precisions.filter((p) => expIn(F32_REVEAL_X, p) === Infinity)).toEqual(['float16']);
    expect(precisions.filter((p) => expIn(89, p) !== Infinity)).toEqual(['float64']);
  });
});

describe('subtract the max', () => {
  it('a term the stable softmax underflows to 0 would round to 0 as a probability too', () => {
    const cases: number[][] = [DEFAULT_LOGITS as number[], [0, -17, -18, -30], [5, -100, 3, -12], [0, -700, -746, -800]];
    let underflows = 0;
    for (const z of cases) {
      for (const p of precisions) {
        const s = softmaxSteps(z, p, true);
        const exact = softmax(z);
        s.exps.forEach((e, i) => {
          if (e !== 0) return;
          underflows++;
          expect(roundTo(exact[i], p), `${p} [${z.join(', ')}][${i}]`).toBe(0);
        });
      }
    }
    expect(underflows).toBeGreaterThan(5);
  });

  it('a logit of 10000 breaks naive softmax even in float64 while the stable one stays finite', () => {
    const z = DEFAULT_LOGITS.map((v, i) => (i === TOP ? BIG_LOGIT : v));
    for (const p of precisions) {
      expect(softmaxNaive(z, p).some(Number.isNaN), p).toBe(true);
      const s = softmaxStable(z, p);
      expect(s.every(Number.isFinite)).toBe(true);
      expect(s[TOP]).toBe(1);
    }
  });
});

describe('sigmoid and tanh', () => {
  it('at x = -12 in float16 the naive sigmoid is 0 without NaN, the stable one is not, and naive tanh is NaN', () => {
    const x = sigmoidSchema.x.default;
    expect(x).toBe(-12);
    const naive = sigmoidSteps(x, 'float16', false);
    expect(naive[0].value).toBe(Infinity); // e^12
    expect(naive[naive.length - 1].value).toBe(0);
    const truth = roundTo(sigmoid(x), 'float16');
    expect(truth).toBeGreaterThan(0);
    expect(truth).toBeLessThan(formatInfo('float16').minNormal); // a subnormal
    const stable = sigmoidSteps(x, 'float16', true);
    expect(stable[stable.length - 1].value).toBe(truth);
    expect(Math.log(naive[naive.length - 1].value)).toBe(-Infinity);
    const tn = tanhSteps(x, 'float16', false);
    expect(Number.isNaN(tn[tn.length - 1].value)).toBe(true);
    const ts = tanhSteps(x, 'float16', true);
    expect(ts[ts.length - 1].value).toBe(-1);
  });

  // present.sigmoidNotes: "the stable form only ever computes e^(−|x|) ≤ 1".
  it('the stable sigmoid and tanh only exponentiate numbers ≤ 0 and never overflow', () => {
    for (const p of precisions) {
      for (let x = -30; x <= 30; x += 0.5) {
        const s = sigmoidSteps(x, p, true);
        const tn = tanhSteps(x, p, true);
        expect(s[0].value).toBeLessThanOrEqual(1);
        expect(tn[0].value).toBeLessThanOrEqual(1);
        expect(Number.isFinite(s[s.length - 1].value) && Number.isFinite(tn[tn.length - 1].value)).toBe(true);
      }
    }
  });
});

describe('log-softmax', () => {
  it('at the default gap in float16 ln(softmax) is -inf and log-softmax is -d', () => {
    const d = logSchema.d.default;
    const s = logSoftmaxSteps([0, -d], 'float16');
    expect(s.logOfSoftmax[1]).toBe(-Infinity);
    expect(s.logSoftmax[1]).toBe(-d);
    expect(Math.exp(-d)).toBeLessThan(formatInfo('float16').minSubnormal);
    expect(d).toBeGreaterThan(-expLimits('float16').zeroAtOrBelow);
  });

  // present.logSoftmax: "log-softmax stays finite" over the widget's whole slider.
  it('log-softmax stays finite over the whole gap slider in every format', () => {
    for (const p of precisions) for (let d = 1; d <= 1000; d *= 1.3) expect(Number.isFinite(logSoftmaxSteps([0, -d], p).logSoftmax[1])).toBe(true);
  });
});

describe('hls4ml fixed-point softmax', () => {
  it('in ap_fixed<16,6> with AP_WRAP the largest default logit wraps to the smallest input; AP_SAT clips it to the top', () => {
    const wrap = softmaxFixedTrace(DEFAULT_LOGITS);
    expect(wrap.inputs[TOP]).toBe(WRAPPED_TOP);
    expect(WRAPPED_TOP).toBeLessThan(0);
    expect(Math.min(...wrap.inputs)).toBe(WRAPPED_TOP);
    const sat = softmaxFixedTrace(DEFAULT_LOGITS, { inputFormat: apFixed(16, 6, 'TRN', 'SAT') });
    expect(sat.inputs[TOP]).toBe(2 ** 5 - 2 ** -10);
    expect(Math.max(...sat.inputs)).toBe(sat.inputs[TOP]);
  });

  it('without the max subtraction the exp table saturates for logits above ln of the largest table entry', () => {
    const edge = Math.log(LATENCY_EXP_MAX);
    expect(edge).toBeGreaterThan(4);
    expect(edge).toBeLessThan(6);
    const exps = (z: number) => softmaxFixedTrace([z, 0], { implementation: 'latency' }).exps[0];
    for (const z of [edge + 0.05, 6, 10, 20, 31]) expect(exps(z), `z = ${z}`).toBe(LATENCY_EXP_MAX);
    for (const z of [edge - 0.1, 3, 0]) expect(exps(z)).toBeLessThan(LATENCY_EXP_MAX);
  });

  it('the inverse table reads 1/sum for a sum rounded down', () => {
    let coarse = 0;
    for (const z of [[0, -0.5], [1, 0.3, -0.2], [2, 1.7, 0.4, -1]]) {
      const tr = softmaxFixedTrace(z);
      expect(tr.inverse).toBeGreaterThanOrEqual(1 / tr.sum - 2 ** -10);
      if (tr.inverse > 1 / tr.sum + 0.01) coarse++;
    }
    expect(coarse).toBeGreaterThan(0);
  });
});
