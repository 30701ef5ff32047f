/**
 * The losses of PyTorch's loss map that the rest of the engine does not already name, in
 * float64: NLLLoss (takes log-probabilities) and MultiLabelSoftMarginLoss (takes logits,
 * multi-hot labels). CrossEntropyLoss is crossEntropyWithLogits, BCEWithLogitsLoss is
 * bceWithLogits, BCELoss is bce (without PyTorch's −100 clamp; see float32Bce.ts for that).
 */
import { checkIndex, checkVector, checkProbability, show } from '../numeric/errors';
import { bceWithLogits } from '../numeric/losses';

/** nn.NLLLoss on one row: −x[target]. x is meant to be log-probabilities; it does no log itself. */
export function nllLoss(x: ArrayLike<number>, target: number): number {
  checkVector('x', x);
  checkIndex('target', target, x.length);
  return -x[target] + 0;
}

/**
 * nn.MultiLabelSoftMarginLoss on one row: −(1/C) Σ_i [y_i ln σ(z_i) + (1 − y_i) ln σ(−z_i)],
 * which is the mean of bceWithLogits(z_i, y_i) over the C classes.
 */
export function multiLabelSoftMarginLoss(z: ArrayLike<number>, y: ArrayLike<number>): number {
  checkVector('z', z);
  checkVector('y', y);
  if (y.length !== z.length) throw new RangeError(`y must have the length of z (${z.length}), got ${show(Array.from(y))}`);
  let s = 0;
  for (let i = 0; i < z.length; i++) s += bceWithLogits(z[i], checkProbability(`y[${i}]`, y[i]));
  return s / z.length;
}
