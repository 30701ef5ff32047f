/**
 * Losses and their gradients, in float64. Conventions: natural logarithms; 0·ln 0 = 0;
 * labels y may be soft (in [0, 1]); a term whose weight is exactly 0 contributes 0 even if
 * its logarithm is −Infinity, so bce(0, 0) = 0 while bce(0, 1) = Infinity.
 */
import {
  checkFinite, checkIndex, checkNonNegative, checkProbabilities, checkProbability, checkVector, show,
} from './errors';
import { sigmoidK } from './scalar';
import { negLogSoftmaxAt, softmaxMinusOneHot } from './softmax';

/** Binary cross-entropy −(y ln p + (1−y) ln(1−p)) on a probability p. */
export function bce(p: number, y: number): number {
  checkProbability('p', p);
  checkProbability('y', y);
  const a = y > 0 ? y * Math.log(p) : 0;
  const b = y < 1 ? (1 - y) * Math.log1p(-p) : 0;
  return -(a + b) + 0; // + 0 turns −0 into 0
}

/**
 * BCE on a logit: max(z,0) − z·y + log1p(e^{−|z|}), arranged as z(1−y) or −z·y so the two
 * non-negative terms are added without cancellation. bceWithLogits(800, 0) = 800.
 */
export function bceWithLogits(z: number, y: number): number {
  checkFinite('z', z);
  checkProbability('y', y);
  const lin = z >= 0 ? z * (1 - y) : -z * y;
  return lin + Math.log1p(Math.exp(-Math.abs(z)));
}

/** d/dz bceWithLogits = σ(z) − y, formed as (1 − y) − σ(−z) for z ≥ 0 so σ(z) ≈ 1 does not cancel. */
export function bceWithLogitsGrad(z: number, y: number): number {
  checkFinite('z', z);
  checkProbability('y', y);
  return z >= 0 ? 1 - y - sigmoidK(-z) : sigmoidK(z) - y;
}

/** −ln probs[target]. */
export function crossEntropy(probs: ArrayLike<number>, target: number): number {
  checkProbabilities('probs', probs);
  checkIndex('target', target, probs.length);
  return -Math.log(probs[target]) + 0;
}

/** −log softmax(logits)[target] = logSumExp(logits) − logits[target], stable. */
export function crossEntropyWithLogits(logits: ArrayLike<number>, target: number): number {
  checkVector('logits', logits);
  checkIndex('target', target, logits.length);
  return negLogSoftmaxAt(logits, target, 'logits') + 0;
}

/** softmax(logits) − onehot(target). */
export function crossEntropyWithLogitsGrad(logits: ArrayLike<number>, target: number): Float64Array {
  checkVector('logits', logits);
  checkIndex('target', target, logits.length);
  return softmaxMinusOneHot(logits, target, 'logits');
}

/**
 * Focal loss (Lin et al. 2017) −α_t (1 − p_t)^γ ln p_t with p_t = p, α_t = α for y = 1 and
 * p_t = 1 − p, α_t = 1 − α for y = 0; α omitted means α_t = 1. A soft label mixes the two
 * cases linearly, so γ = 0 without α is exactly bce.
 */
export function focalLoss(p: number, y: number, gamma: number, alpha?: number): number {
  checkProbability('p', p);
  checkProbability('y', y);
  checkNonNegative('gamma', gamma);
  if (alpha !== undefined) checkProbability('alpha', alpha);
  const a1 = alpha === undefined ? 1 : alpha;
  const a0 = alpha === undefined ? 1 : 1 - alpha;
  let loss = 0;
  if (y > 0 && a1 > 0) loss += y * a1 * Math.pow(1 - p, gamma) * -Math.log(p);
  if (y < 1 && a0 > 0) loss += (1 - y) * a0 * Math.pow(p, gamma) * -Math.log1p(-p);
  return loss + 0;
}

/** ln(p/q) accurately: log1p of the relative difference when p ≈ q, and no overflow of p/q. */
function logRatio(p: number, q: number): number {
  const r = p / q;
  if (r > 0.5 && r < 2) return Math.log1p((p - q) / q);
  if (r > 0 && r < Infinity) return Math.log(r);
  return Math.log(p) - Math.log(q);
}

/** KL(p‖q) = Σ p_i ln(p_i/q_i); 0 where p_i = 0, Infinity where p_i > 0 = q_i. */
export function klDivergence(p: ArrayLike<number>, q: ArrayLike<number>): number {
  checkProbabilities('p', p);
  checkProbabilities('q', q);
  if (p.length !== q.length) {
    throw new RangeError(`q must have the same length as p (${p.length}), got length ${q.length}`);
  }
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    if (pi === 0) continue;
    const qi = q[i];
    if (qi === 0) return Infinity;
    s += pi * logRatio(pi, qi);
  }
  return s + 0;
}

/** Shannon entropy −Σ p_i ln p_i in nats, 0·ln 0 = 0. */
export function entropy(p: ArrayLike<number>): number {
  checkProbabilities('p', p);
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i];
    if (pi > 0) s -= pi * Math.log(pi);
  }
  return s + 0;
}

function checkSameLength(pred: ArrayLike<number>, target: ArrayLike<number>): void {
  checkVector('pred', pred);
  checkVector('target', target);
  if (pred.length !== target.length) {
    throw new RangeError(`target must have the same length as pred (${pred.length}), got ${show(target.length)}`);
  }
}

/** Mean squared error (1/n) Σ (pred_i − target_i)². */
export function mse(pred: ArrayLike<number>, target: ArrayLike<number>): number {
  checkSameLength(pred, target);
  let s = 0;
  for (let i = 0; i < pred.length; i++) {
    const d = pred[i] - target[i];
    s += d * d;
  }
  return s / pred.length;
}

/** ∂mse/∂pred_i = 2(pred_i − target_i)/n. */
export function mseGrad(pred: ArrayLike<number>, target: ArrayLike<number>): Float64Array {
  checkSameLength(pred, target);
  const n = pred.length;
  const g = new Float64Array(n);
  for (let i = 0; i < n; i++) g[i] = (2 * (pred[i] - target[i])) / n;
  return g;
}
