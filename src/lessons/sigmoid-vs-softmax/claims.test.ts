/**
 * Every sentence of this lesson that says what the widgets show, run through the engine with
 * the widgets' own settings. The MDX names each case in a `{/* claim: … *\/}` marker; claims
 * made in the string tables name their key in a comment.
 */
import { describe, expect, it, vi } from 'vitest';
import { sigmoid, softmax, ulp, argmax } from '../../engine';
import { formatNumber } from '../../format/number';
import { identityCurves, softmaxOfZeroAnd } from './identity';
import { headsSchema, identitySchema, MISTAKE_LOGITS, Z_LIMIT } from './schema';
import { steps } from './steps';
import { TASK_EXAMPLES, YES } from './tasks';
import { twoHeads } from './twoHeads';

// steps.ts registers the string tables with i18next, which these engine-only tests do not start.
vi.mock('./strings', () => ({ NS: 'sigmoid-vs-softmax' }));

/** A presenter step's widget patch, by caption key. */
function patchOf(caption: string): Readonly<Record<string, unknown>> {
  const s = steps.find((x) => x.caption === caption);
  if (!s || s.kind !== 'state') throw new Error(caption);
  return s.set.values;
}

/** Logit pairs across the heads widget's range (its sliders span ±10, its typed fields ±LOGIT_LIMIT). */
const PAIRS: [number, number][] = [
  [MISTAKE_LOGITS[0], MISTAKE_LOGITS[1]], [0, 0], [1, 1], [2.5, -1], [-7.25, 4], [10, -10], [-10, 10], [headsSchema.z0.min, headsSchema.z1.max], [30, 29.5],
];

describe('sigmoid-vs-softmax: claims in the words', () => {
  // Also string identity.gap ("float64 rounding in the last bits"): within two units in the last place.
  it('σ(z) and softmax([0, z])₁ differ only by rounding in the last bits on the plotted grid', () => {
    const { s, m, maxGap } = identityCurves();
    for (let i = 0; i < s.y.length; i++) expect(Math.abs(s.y[i] - m.y[i])).toBeLessThanOrEqual(2 * ulp(s.y[i], 'float64'));
    expect(maxGap).toBeGreaterThan(0); // not bit-identical: the sentence must not say "to the last bit"
    expect(maxGap).toBeLessThan(1e-15);
  });

  // String steps.identityNotes: "the two readouts agree to the last digit shown" (10 significant digits).
  it('the identity readouts agree in every digit shown, all along the slider', () => {
    const { min, max } = identitySchema.z;
    expect([min, max]).toEqual([-Z_LIMIT, Z_LIMIT]);
    for (let k = min * 10; k <= max * 10; k++) {
      const z = k / 10;
      expect(formatNumber(softmaxOfZeroAnd(z), 10)).toBe(formatNumber(sigmoid(z), 10));
    }
  });

  // Also strings heads.agree and steps.heads.
  it('one logit z₁ − z₀ and two logits give the same probability, loss and gradient', () => {
    for (const [z0, z1] of PAIRS)
      for (const y of [0, 1] as const) {
        const { sig, soft } = twoHeads(z0, z1, y);
        expect(Math.abs(sig.p1 - soft.probs[1])).toBeLessThan(1e-15);
        expect(Math.abs(sig.loss - soft.loss)).toBeLessThanOrEqual(1e-14 * Math.max(1, sig.loss));
        expect(Math.abs(soft.grad[1] - sig.grad)).toBeLessThan(1e-15);
        expect(Math.abs(soft.grad[0] + sig.grad)).toBeLessThan(1e-15);
      }
  });

  // Also strings steps.even and steps.evenNotes.
  it('shifting both logits changes nothing', () => {
    const even = patchOf('steps.even');
    const { sig, soft } = twoHeads(Number(even.z0), Number(even.z1), 0);
    expect(Number(even.z0)).toBe(Number(even.z1));
    expect(sig.p1).toBe(0.5);
    expect(soft.probs[1]).toBe(0.5);
    for (const [z0, z1] of PAIRS)
      for (const c of [-5, 0.3, 7]) {
        const a = twoHeads(z0, z1, 1).soft;
        const b = twoHeads(z0 + c, z1 + c, 1).soft;
        expect(Math.abs(a.probs[1] - b.probs[1])).toBeLessThan(1e-14);
        expect(Math.abs(a.loss - b.loss)).toBeLessThan(1e-13 * Math.max(1, a.loss));
      }
  });

  // Also strings mistake.readout, steps.mistake, steps.mistakeNotes and ex.sum.explain.
  it('the example logits: sigmoids do not sum to 1, softmax does', () => {
    const z = patchOf('steps.mistake').z as number[];
    expect(z).toEqual(MISTAKE_LOGITS);
    const sigSum = sigmoid(z[0]) + sigmoid(z[1]);
    expect(Math.abs(sigSum - 1)).toBeGreaterThan(0.1);
    const p = softmax(z);
    expect(Math.abs(p[0] + p[1] - 1)).toBeLessThan(1e-15);
  });

  // Also strings task.verdict_* and steps.xray, steps.digit, steps.digitNotes.
  it('the wrong head fails each task the way the verdicts say', () => {
    // X-ray: sigmoids say yes to effusion and pneumonia at once; softmax pushes both down and keeps only one above ½
    const x = TASK_EXAMPLES.xray;
    const sig = x.logits.map((v) => sigmoid(v));
    const soft = Array.from(softmax(x.logits));
    const yes = (out: number[]) => x.labels.filter((_, i) => out[i] > YES);
    expect(yes(sig)).toEqual(['effusion', 'pneumonia']);
    expect(soft[0]).toBeLessThan(sig[0]);
    expect(soft[1]).toBeLessThan(sig[1]);
    expect(yes(soft)).toHaveLength(1);
    // Digit: independent sigmoids are confident about a 1 and a 7 at once and sum far from 1; softmax picks the 7
    const d = TASK_EXAMPLES.digit;
    const dSig = d.logits.map((v) => sigmoid(v));
    const dSoft = Array.from(softmax(d.logits));
    expect(dSig[1]).toBeGreaterThan(0.8);
    expect(dSig[7]).toBeGreaterThan(0.8);
    expect(dSig.reduce((a, b) => a + b, 0)).toBeGreaterThan(2);
    expect(Math.abs(dSoft.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-15);
    expect(argmax(dSoft)).toBe(7);
    expect(patchOf('steps.xray')).toEqual({ task: 'xray', head: 'sigmoid' });
  });
});
