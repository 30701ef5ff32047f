/**
 * backwardTrace: one example through the trainer's network and back, every intermediate
 * kept (docs/engine.md "Training", contract section "Multi-class"). It runs the trainer's
 * own kernels — forwardOne, the same output δ (σ-loss gradient or softmax − one-hot) and
 * backpropFromOutput — on a copy of its network, so the numbers are the ones a step with
 * this single example would add to the gradient (trace.test.ts holds it to that, bit for
 * bit), and the trainer's buffers, cache and last gradients are left alone.
 */
import { checkFinite, show } from '../numeric/errors';
import { mulDerivative, sigmoid } from './activationKernels';
import { internalsOf } from './internals';
import { lossAt, lossGradAt } from './losses';
import { backpropFromOutput, backwardOne, createNet, forwardOne, type Net } from './network';
import { softmaxCrossEntropy, softmaxDeltaInto, softmaxInto } from './softmaxOutput';
import type { Trainer, TrainerConfig } from './types';
import { checkLabel } from './validate';

export interface BackwardTrace {
  /** Layer widths, input first (the trainer's `layers`). */
  sizes: number[];
  /** A copy of the input x. */
  input: Float64Array;
  /** Per weight layer l (0 = first): pre-activation z_l = W_l a_{l−1} + b_l (a_{−1} = input). */
  z: Float64Array[];
  /** Per weight layer: its output, f(z_l) for hidden layers; σ(z) or softmax(z) (probabilities) for the last. */
  a: Float64Array[];
  /** Per hidden layer: f′(z_l) as the trainer uses it (one-sided at a kink: relu′(0) = 0). */
  slopes: Float64Array[];
  /** Per weight layer: δ_l = ∂loss/∂z_l. Last: p − y (BCE, softmax) or 2(p − y)p(1 − p) (MSE); then δ_{l−1} = f′(z_{l−1}) ⊙ W_lᵀ δ_l. */
  delta: Float64Array[];
  /** Per weight layer: ∂loss/∂W_l = δ_l a_{l−1}ᵀ, out×in row-major (the layout of getWeights). */
  gradW: Float64Array[];
  /** Per weight layer: ∂loss/∂b_l = δ_l. */
  gradB: Float64Array[];
  /** This example's loss, nats for BCE and cross-entropy. */
  loss: number;
}

/** A fresh network with the trainer's sizes, kernel and current parameters; zero gradients. */
export function cloneNet(net: Net): Net {
  const copy = createNet(Array.from(net.sizes), net.kernel);
  copy.params.set(net.params);
  return copy;
}

/** Checks x (one example, layers[0] finite values) and y (a label for this output). */
export function checkExample(cfg: Readonly<TrainerConfig>, x: unknown, y: unknown): Float64Array {
  const n0 = cfg.layers[0];
  if (!(x instanceof Float64Array) || x.length !== n0) {
    throw new RangeError(`x must be a Float64Array of layers[0] = ${n0} values, got ${x instanceof Float64Array ? `length ${x.length}` : show(x)}`);
  }
  for (let i = 0; i < n0; i++) checkFinite(`x[${i}]`, x[i]);
  if (typeof y !== 'number') throw new RangeError(`y must be a number, got ${show(y)}`);
  checkLabel('y', y, cfg.output, cfg.layers[cfg.layers.length - 1]);
  return x;
}

/** Forward pass of x through `net`; returns the example's loss (net.z, net.a then hold the pass). */
export function exampleLoss(net: Net, cfg: Readonly<TrainerConfig>, x: Float64Array, y: number): number {
  const z = forwardOne(net, x, 0);
  const k = net.sizes[net.L];
  return cfg.output === 'softmax' ? softmaxCrossEntropy(net.z[net.L - 1], 0, k, y) : lossAt(cfg.loss, z, y);
}

export function backwardTrace(trainer: Trainer, x: Float64Array, y: number): BackwardTrace {
  const { net: live, config: cfg } = internalsOf(trainer);
  checkExample(cfg, x, y);
  const net = cloneNet(live);
  const { L, wOff, bOff } = net;
  const k = net.sizes[L];
  const loss = exampleLoss(net, cfg, x, y);
  const outZ = net.z[L - 1];
  // The trainer's step, with batch size 1 (scale 1/B = 1).
  if (cfg.output === 'softmax') {
    softmaxDeltaInto(net.delta[L - 1], 0, outZ, 0, k, y, 1);
    backpropFromOutput(net);
  } else {
    backwardOne(net, lossGradAt(cfg.loss, outZ[0], y) * 1);
  }
  const out = new Float64Array(k);
  if (cfg.output === 'softmax') softmaxInto(out, 0, outZ, 0, k);
  else out[0] = sigmoid(outZ[0]);
  const slopes: Float64Array[] = [];
  for (let l = 0; l < L - 1; l++) {
    const s = new Float64Array(net.sizes[l + 1]).fill(1);
    mulDerivative(net.kernel, s, net.z[l], net.a[l + 1], s.length);
    slopes.push(s);
  }
  return {
    sizes: Array.from(net.sizes),
    input: x.slice(),
    z: net.z.map((v) => v.slice()),
    a: [...net.a.slice(1, L).map((v) => v.slice()), out],
    slopes,
    delta: net.delta.map((v) => v.slice()),
    gradW: Array.from({ length: L }, (_, l) => net.grads.slice(wOff[l], bOff[l])),
    gradB: Array.from({ length: L }, (_, l) => net.grads.slice(bOff[l], wOff[l + 1])),
    loss,
  };
}
