import { bceWithLogits, focalLoss } from '../numeric';
import { NeumaierSum } from '../numeric/compensated';
import { checkFinite, checkInteger, checkNonNegative, checkProbability } from '../numeric/errors';
import { sigmoidK } from '../numeric/scalar';

/**
 * Focal loss from the logit: −α_t (1 − p_t)^γ ln p_t with p_t = σ(±z).
 * Working from z keeps both factors accurate where p_t is within an ulp of 1 — exactly
 * the easy examples whose share this lesson measures: ln p_t comes from the stable
 * bceWithLogits and 1 − p_t = σ(−s·z) is formed directly, never as 1 − σ(s·z).
 * `alpha` weights the positives (α) against the negatives (1 − α); leave it out for none.
 */
export function focalLossWithLogits(z: number, y: 0 | 1, gamma: number, alpha?: number): number {
  checkFinite('z', z);
  if (y !== 0 && y !== 1) throw new RangeError(`y must be 0 or 1, got ${String(y)}`);
  checkNonNegative('gamma', gamma);
  if (alpha !== undefined) checkProbability('alpha', alpha);
  const ce = bceWithLogits(z, y);
  const s = y === 1 ? 1 : -1;
  const oneMinusPt = sigmoidK(-s * z);
  // 0^0 is 1 in JS, which is what γ = 0 needs: the focal loss is then plain CE.
  const mod = gamma === 0 ? 1 : oneMinusPt ** gamma;
  const at = alpha === undefined ? 1 : y === 1 ? alpha : 1 - alpha;
  return at * mod * ce;
}

/** Loss against p_t ∈ (0, 1] for each γ: the first figure of the focal loss paper. */
export function focalCurves(gammas: readonly number[], samples = 401): { pt: Float64Array; loss: Float64Array[] } {
  checkInteger('samples', samples, 2);
  gammas.forEach((g, i) => checkNonNegative(`gammas[${i}]`, g));
  const pt = new Float64Array(samples);
  // Start just above 0: the loss is +∞ at p_t = 0 and the plot clips it anyway.
  for (let i = 0; i < samples; i++) pt[i] = Math.min(1, 0.0025 + ((1 - 0.0025) * i) / (samples - 1));
  const loss = gammas.map((g) => pt.map((p) => focalLoss(p, 1, g)));
  return { pt, loss };
}

export type LossKind = 'ce' | 'weighted' | 'focal' | 'focalAlpha';

export interface LossParams {
  kind: LossKind;
  /** Weight of the positive class (negatives get 1 − α); for 'weighted' and 'focalAlpha'. */
  alpha: number;
  /** Focusing parameter; for 'focal' and 'focalAlpha'. */
  gamma: number;
}

/** Per-example loss of every example in the set under one loss. */
export function perExampleLoss(z: Float64Array, y: Uint8Array, p: LossParams): Float64Array {
  if (z.length !== y.length) throw new RangeError(`z and y must have the same length, got ${z.length} and ${y.length}`);
  checkProbability('alpha', p.alpha);
  checkNonNegative('gamma', p.gamma);
  const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) {
    const yi = y[i] === 1 ? 1 : 0;
    switch (p.kind) {
      case 'ce':
        out[i] = bceWithLogits(z[i], yi);
        break;
      case 'weighted':
        out[i] = (yi === 1 ? p.alpha : 1 - p.alpha) * bceWithLogits(z[i], yi);
        break;
      case 'focal':
        out[i] = focalLossWithLogits(z[i], yi, p.gamma);
        break;
      case 'focalAlpha':
        out[i] = focalLossWithLogits(z[i], yi, p.gamma, p.alpha);
        break;
      default:
        throw new RangeError(`kind must be one of ce, weighted, focal, focalAlpha, got ${String(p.kind)}`);
    }
  }
  return out;
}

export interface LossBreakdown {
  /** Summed loss over the set. */
  total: number;
  /** Mean loss (total / N). */
  mean: number;
  /** Summed loss per group. */
  easyNegatives: number;
  hardNegatives: number;
  positives: number;
  /** Each group's share of the total (they add up to 1). */
  share: { easyNegatives: number; hardNegatives: number; positives: number };
  counts: { easyNegatives: number; hardNegatives: number; positives: number };
}

/**
 * Where the loss comes from: easy negatives (label 0, p_t > easyPt; the focal loss paper
 * calls p_t > 0.5 "well-classified"), the other negatives,
 * and the positives. Sums are compensated (Neumaier) because 10 000 tiny terms meet a few
 * large ones.
 */
export function lossBreakdown(z: Float64Array, y: Uint8Array, p: LossParams, easyPt = 0.5): LossBreakdown {
  checkProbability('easyPt', easyPt);
  const loss = perExampleLoss(z, y, p);
  const sums = [new NeumaierSum(), new NeumaierSum(), new NeumaierSum()];
  const counts = [0, 0, 0];
  for (let i = 0; i < z.length; i++) {
    // p_t of a negative is σ(−z): easy when the model is confidently right.
    const g = y[i] === 1 ? 2 : sigmoidK(-z[i]) > easyPt ? 0 : 1;
    sums[g].add(loss[i]);
    counts[g]++;
  }
  const [e, h, pos] = sums.map((s) => s.value());
  const total = new NeumaierSum();
  total.add(e);
  total.add(h);
  total.add(pos);
  const t = total.value();
  const share = (v: number) => (t > 0 ? v / t : 0);
  return {
    total: t,
    mean: z.length > 0 ? t / z.length : 0,
    easyNegatives: e,
    hardNegatives: h,
    positives: pos,
    share: { easyNegatives: share(e), hardNegatives: share(h), positives: share(pos) },
    counts: { easyNegatives: counts[0], hardNegatives: counts[1], positives: counts[2] },
  };
}
