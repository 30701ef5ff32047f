import { bceWithLogits, bceWithLogitsGrad, crossEntropyWithLogits, crossEntropyWithLogitsGrad, sigmoid, softmax } from '../../engine';

export interface SigmoidHead {
  /** The single logit equivalent to the pair: z = z₁ − z₀. */
  z: number;
  p1: number;
  loss: number;
  /** ∂L/∂z = σ(z) − y. */
  grad: number;
}

export interface SoftmaxHead {
  probs: Float64Array;
  loss: number;
  /** ∂L/∂z_k = p_k − [k = y]. */
  grad: Float64Array;
}

/**
 * The same example through both heads. A two-logit softmax only sees z₁ − z₀, so the
 * one-logit head gets exactly that difference as its input.
 */
export function twoHeads(z0: number, z1: number, y: 0 | 1): { sig: SigmoidHead; soft: SoftmaxHead } {
  const z = z1 - z0;
  const logits = [z0, z1];
  return {
    sig: { z, p1: sigmoid(z), loss: bceWithLogits(z, y), grad: bceWithLogitsGrad(z, y) },
    soft: { probs: softmax(logits), loss: crossEntropyWithLogits(logits, y), grad: crossEntropyWithLogitsGrad(logits, y) },
  };
}
