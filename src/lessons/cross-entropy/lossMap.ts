/**
 * The loss map's data, all from the engine: the table of PyTorch losses evaluated on one
 * example, the double-softmax sweep and the float32 BCE curves the two widgets draw.
 */
import {
  bce, bceWithLogits, bceWithLogitsFloat32, crossEntropyWithLogits, doubleSoftmaxCE, doubleSoftmaxSweep, logSoftmax,
  multiLabelSoftMarginLoss, nllLoss, sampleFunction, sigmoid, sigmoidBceFloat32, softmax, TORCH_BCE_EPSILON,
} from '../../engine';
import type { Series } from '../../components/plot/types';
import { BCE32_Z_MAX, DS_LOGITS } from './schema';

/** The table's example: logits for cat, dog, pig; single-label target dog; multi-label target {cat, dog}. */
export const MAP_LOGITS = [...DS_LOGITS];
export const MAP_TARGET = 1;
export const MAP_MULTI = [1, 1, 0];

export type LossRowId = 'ce' | 'nll' | 'bceLogits' | 'bce' | 'multi' | 'ceOnProbs' | 'nllOnProbs';
export interface LossRow {
  id: LossRowId;
  /** What the code passes in: logits, probabilities or log-probabilities. */
  feeds: 'logits' | 'probs' | 'logProbs';
  /** True for the two classic mistakes (a correct-looking call on the wrong kind of input). */
  bug: boolean;
  value: number;
  /** The first earlier row with the same value (to 1e−12), or null. */
  sameAs: LossRowId | null;
}

/** Each loss of the map on the example, in table order; equalities are found, not asserted. */
export function lossMapRows(): LossRow[] {
  const z = MAP_LOGITS;
  const t = MAP_TARGET;
  const y = MAP_MULTI;
  const meanBce = (f: (zi: number, yi: number) => number) => z.reduce((s, zi, i) => s + f(zi, y[i]), 0) / z.length;
  const raw: Omit<LossRow, 'sameAs'>[] = [
    { id: 'ce', feeds: 'logits', bug: false, value: crossEntropyWithLogits(z, t) },
    { id: 'nll', feeds: 'logProbs', bug: false, value: nllLoss(logSoftmax(z), t) },
    { id: 'bceLogits', feeds: 'logits', bug: false, value: meanBce(bceWithLogits) },
    { id: 'bce', feeds: 'probs', bug: false, value: meanBce((zi, yi) => bce(sigmoid(zi), yi)) },
    { id: 'multi', feeds: 'logits', bug: false, value: multiLabelSoftMarginLoss(z, y) },
    { id: 'ceOnProbs', feeds: 'probs', bug: true, value: doubleSoftmaxCE(z, t).doubleLoss },
    { id: 'nllOnProbs', feeds: 'probs', bug: true, value: nllLoss(softmax(z), t) },
  ];
  return raw.map((r, i) => ({ ...r, sameAs: raw.slice(0, i).find((q) => Math.abs(q.value - r.value) <= 1e-12)?.id ?? null }));
}

export const DS_S_MAX = 12;
const DS_SAMPLES = 241;

/** ‖∂L/∂z‖ both ways and their ratio against the scale s of the logits (log axis in the widget). */
export function doubleSoftmaxCurves(target: number, labels: { good: string; bad: string; ratio: string }): Series[] {
  const scales = Array.from({ length: DS_SAMPLES }, (_, i) => (DS_S_MAX * i) / (DS_SAMPLES - 1));
  const s = doubleSoftmaxSweep(DS_LOGITS, target, scales);
  return [
    { id: 'good', label: labels.good, color: 'var(--c1)', x: s.scales, y: s.gradNorm },
    { id: 'bad', label: labels.bad, color: 'var(--c2)', x: s.scales, y: s.doubleGradNorm, dash: '7 4' },
    { id: 'ratio', label: labels.ratio, color: 'var(--c3)', x: s.scales, y: s.ratio, dash: '2 3' },
  ];
}

const BCE32_SAMPLES = 961;

/** Loss and ∂loss/∂z against z: float64 truth, BCEWithLogitsLoss and sigmoid + BCELoss in float32. */
export function bceFloat32Curves(y: 0 | 1, labels: { truth: string; logits: string; probs: string }): { loss: Series[]; grad: Series[] } {
  const lo = -BCE32_Z_MAX;
  const hi = BCE32_Z_MAX;
  const truth = sampleFunction((z) => bceWithLogits(z, y), lo, hi, BCE32_SAMPLES);
  const withLogits = sampleFunction((z) => bceWithLogitsFloat32(z, y).loss, lo, hi, BCE32_SAMPLES);
  const viaProbs = sampleFunction((z) => sigmoidBceFloat32(z, y).loss, lo, hi, BCE32_SAMPLES);
  const gLogits = sampleFunction((z) => bceWithLogitsFloat32(z, y).grad, lo, hi, BCE32_SAMPLES);
  const gProbs = sampleFunction((z) => sigmoidBceFloat32(z, y).grad, lo, hi, BCE32_SAMPLES);
  const gTruth = sampleFunction((z) => sigmoid(z) - y, lo, hi, BCE32_SAMPLES);
  return {
    loss: [
      { id: 'truth', label: labels.truth, color: 'var(--c4)', x: truth.x, y: truth.y, width: 5 },
      { id: 'logits', label: labels.logits, color: 'var(--c1)', x: withLogits.x, y: withLogits.y, dash: '7 4' },
      { id: 'probs', label: labels.probs, color: 'var(--c2)', x: viaProbs.x, y: viaProbs.y },
    ],
    grad: [
      { id: 'truth', label: labels.truth, color: 'var(--c4)', x: gTruth.x, y: gTruth.y, width: 5 },
      { id: 'logits', label: labels.logits, color: 'var(--c1)', x: gLogits.x, y: gLogits.y, dash: '7 4' },
      { id: 'probs', label: labels.probs, color: 'var(--c2)', x: gProbs.x, y: gProbs.y },
    ],
  };
}

/**
 * The float32 thresholds the words quote, found by bisection on the engine's float32 functions:
 * where σ(z) first rounds to exactly 1, where it underflows to exactly 0, and where
 * σ(z)(1 − σ(z)) drops below PyTorch's EPSILON (1e−12) so BCELoss's gradient starts to fade.
 */
function bisect(pred: (z: number) => boolean, lo: number, hi: number): number {
  // pred(lo) false, pred(hi) true; 80 halvings reach the double resolution of these ranges.
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (pred(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
export const bceThresholds = () => ({
  roundsToOne: bisect((z) => sigmoidBceFloat32(z, 0).p === 1, 0, 100),
  underflowsToZero: -bisect((z) => sigmoidBceFloat32(-z, 1).p === 0, 0, 200),
  gradFades: -bisect((z) => { const p = sigmoidBceFloat32(-z, 1).p; return Math.fround(Math.fround(1 - p) * p) < TORCH_BCE_EPSILON; }, 0, 100),
});
