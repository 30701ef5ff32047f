/**
 * The classic PyTorch bug: softmax applied before nn.CrossEntropyLoss, which applies its own
 * log-softmax. The loss is then CE(softmax(z)) = −ln softmax(softmax(z))[t], and its gradient
 * with respect to the logits z goes through the softmax Jacobian J(z) = diag(p) − p pᵀ, which
 * vanishes as p approaches one-hot. Float64 throughout.
 */
import { checkFinite, checkIndex, checkVector, show } from '../numeric/errors';
import { softmax } from '../numeric/softmax';
import { crossEntropyWithLogits, crossEntropyWithLogitsGrad } from '../numeric/losses';

export interface DoubleSoftmaxResult {
  /** p = softmax(z): what the buggy model feeds to CrossEntropyLoss. */
  probs: Float64Array;
  /** CrossEntropyLoss(z, t) = −ln softmax(z)[t], the correct use. */
  loss: number;
  /** CrossEntropyLoss(softmax(z), t) = −ln softmax(p)[t], the bug. */
  doubleLoss: number;
  /** ∂loss/∂z = p − onehot(t). */
  grad: Float64Array;
  /** ∂doubleLoss/∂z = J(z)ᵀ (softmax(p) − onehot(t)), J the softmax Jacobian at z (symmetric). */
  doubleGrad: Float64Array;
  /** Euclidean norms of the two gradients and doubleGradNorm / gradNorm (Infinity if gradNorm is 0). */
  gradNorm: number;
  doubleGradNorm: number;
  ratio: number;
}

const norm = (v: ArrayLike<number>): number => Math.hypot(...Array.from(v));

/** Both losses and both gradients for logits z (length ≥ 2, finite) and class index target. */
export function doubleSoftmaxCE(z: ArrayLike<number>, target: number): DoubleSoftmaxResult {
  checkVector('z', z);
  if (z.length < 2) throw new RangeError(`z must have at least 2 classes, got ${show(Array.from(z))}`);
  checkIndex('target', target, z.length);
  const probs = softmax(z);
  const grad = crossEntropyWithLogitsGrad(z, target);
  const r = crossEntropyWithLogitsGrad(probs, target); // softmax(p) − onehot, the gradient w.r.t. p
  // Jᵀr with J = diag(p) − ppᵀ: (Jr)_i = p_i (r_i − Σ_j p_j r_j).
  let pr = 0;
  for (let j = 0; j < probs.length; j++) pr += probs[j] * r[j];
  const doubleGrad = new Float64Array(probs.length);
  for (let i = 0; i < probs.length; i++) doubleGrad[i] = probs[i] * (r[i] - pr);
  const gradNorm = norm(grad);
  const doubleGradNorm = norm(doubleGrad);
  return {
    probs, grad, doubleGrad, gradNorm, doubleGradNorm,
    loss: crossEntropyWithLogits(z, target),
    doubleLoss: crossEntropyWithLogits(probs, target),
    ratio: gradNorm === 0 ? Infinity : doubleGradNorm / gradNorm,
  };
}

export interface DoubleSoftmaxSweep {
  scales: Float64Array;
  gradNorm: Float64Array;
  doubleGradNorm: Float64Array;
  ratio: Float64Array;
  loss: Float64Array;
  doubleLoss: Float64Array;
}

/** doubleSoftmaxCE on s·z for each scale s (finite, ≥ 0): what happens as the logits grow. */
export function doubleSoftmaxSweep(z: ArrayLike<number>, target: number, scales: ArrayLike<number>): DoubleSoftmaxSweep {
  checkVector('z', z);
  const n = scales.length;
  const out: DoubleSoftmaxSweep = {
    scales: Float64Array.from(scales), gradNorm: new Float64Array(n), doubleGradNorm: new Float64Array(n),
    ratio: new Float64Array(n), loss: new Float64Array(n), doubleLoss: new Float64Array(n),
  };
  for (let k = 0; k < n; k++) {
    const s = checkFinite(`scales[${k}]`, scales[k]);
    if (s < 0) throw new RangeError(`scales[${k}] must be ≥ 0, got ${show(s)}`);
    const r = doubleSoftmaxCE(Array.from(z, (v) => s * v), target);
    out.gradNorm[k] = r.gradNorm;
    out.doubleGradNorm[k] = r.doubleGradNorm;
    out.ratio[k] = r.ratio;
    out.loss[k] = r.loss;
    out.doubleLoss[k] = r.doubleLoss;
  }
  return out;
}

/**
 * The range the buggy loss is stuck in for K classes. softmax(p)[t] = 1/(1 + Σ_{j≠t} e^{p_j − p_t});
 * it is largest, e/(e + K − 1), at p = onehot(t), and smallest, 1/(e + K − 1), when one other
 * class holds all of p (Σ e^{p_j} over the others is convex in p, so maximal at a vertex). So
 * CE(softmax(z)) lies in [ln(1 + (K − 1)/e), ln(e + K − 1)] however good or bad the model is.
 */
export function doubleSoftmaxLossRange(k: number): { min: number; max: number } {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`k must be an integer ≥ 2, got ${show(k)}`);
  return { min: Math.log1p((k - 1) / Math.E), max: Math.log(Math.E + k - 1) };
}
