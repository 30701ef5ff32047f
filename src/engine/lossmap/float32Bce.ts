/**
 * sigmoid + nn.BCELoss against nn.BCEWithLogitsLoss, as PyTorch computes them in float32 on
 * the CPU. torch is not installed here, so these follow PyTorch's own source formulas
 * (aten/src/ATen/native/Loss.cpp and the CPU sigmoid / log_sigmoid kernels), step by step,
 * rounding every intermediate to float32 with Math.fround:
 *   sigmoid(z)          = 1 / (1 + exp(−z))
 *   BCELoss(p, y)       = (y − 1)·max(log1p(−p), −100) − y·max(log(p), −100)
 *   BCELoss backward    = (p − y) / max((1 − p)·p, EPSILON),   EPSILON = float(1e−12)
 *   sigmoid backward    = g·(1 − p)·p
 *   BCEWithLogitsLoss   = (1 − y)·z − log_sigmoid(z),   log_sigmoid(z) = min(z, 0) − log1p(exp(−|z|))
 *   its backward        = sigmoid(z) − y
 * exp, log and log1p are evaluated in float64 and rounded once, i.e. correctly rounded; PyTorch's
 * vectorised float32 versions are within about one ulp of that, which moves none of the
 * effects shown (the clamp at −100, the zero gradient) — only possibly the last bit.
 */
import { checkFinite, checkProbability } from '../numeric/errors';

const f = Math.fround;
/** PyTorch's EPSILON in Loss.cpp is a float constant. */
export const TORCH_BCE_EPSILON = f(1e-12);
/** nn.BCELoss clamps each logarithm at −100 (documented), so one term never exceeds 100. */
export const TORCH_BCE_LOG_CLAMP = -100;

/** torch.sigmoid in float32: 1/(1 + exp(−z)); exp(−z) overflows to Infinity below z ≈ −88.72, giving 0. */
export function sigmoidFloat32(z: number): number {
  const zf = f(checkFinite('z', z));
  return f(1 / f(1 + f(Math.exp(-zf))));
}

/** nn.BCELoss forward on one float32 probability p and label y (no reduction). */
export function bceLossFloat32(p: number, y: number): number {
  const pf = f(checkProbability('p', p));
  const yf = f(checkProbability('y', y));
  const lq = Math.max(f(Math.log1p(-pf)), TORCH_BCE_LOG_CLAMP);
  const lp = Math.max(f(Math.log(pf)), TORCH_BCE_LOG_CLAMP);
  return f(f(f(yf - 1) * lq) - f(yf * lp));
}

export interface Float32LossStep {
  /** The probability the loss sees: sigmoid(z) rounded to float32. */
  p: number;
  loss: number;
  /** ∂loss/∂z as autograd would return it in float32. */
  grad: number;
}

/** sigmoid followed by nn.BCELoss, forward and backward through both, in float32. */
export function sigmoidBceFloat32(z: number, y: number): Float32LossStep {
  const p = sigmoidFloat32(z);
  const yf = f(checkProbability('y', y));
  const loss = bceLossFloat32(p, yf);
  const gP = f(f(p - yf) / Math.max(f(f(1 - p) * p), TORCH_BCE_EPSILON));
  const grad = f(f(gP * f(1 - p)) * p);
  return { p, loss, grad };
}

/** nn.BCEWithLogitsLoss forward and backward on one logit, in float32. */
export function bceWithLogitsFloat32(z: number, y: number): Float32LossStep {
  const zf = f(checkFinite('z', z));
  const yf = f(checkProbability('y', y));
  const logSig = f(Math.min(zf, 0) - f(Math.log1p(f(Math.exp(-Math.abs(zf))))));
  const loss = f(f(f(1 - yf) * zf) - logSig);
  const p = sigmoidFloat32(zf);
  return { p, loss, grad: f(p - yf) };
}
