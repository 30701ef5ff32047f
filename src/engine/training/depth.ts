/**
 * backwardThroughDepth: the saturation lesson's "how much gradient reaches layer 1?" plot.
 * Builds a random 2 → width×depth → 1 network, runs one forward + backward pass (BCE on
 * random labels) over a random Gaussian batch and returns each weight layer's gradient norm.
 */
import type { ActivationName } from '../numeric';
import { makeKernel } from './activationKernels';
import { lossGradAt } from './losses';
import { backwardOne, createNet, forwardOne, initNet, layerNorms } from './network';
import { createRng } from './rng';
import type { InitName } from './types';
import { INIT_NAMES } from './validate';

export interface DepthProbeOptions {
  depth: number; // hidden layers, 1..50
  width: number; // units per hidden layer, 1..256
  activation: ActivationName;
  init?: InitName; // default 'xavier'
  initScale?: number; // default 1
  biasInit?: number; // default 0
  seed: number;
  batch?: number; // default 64
  activationParams?: Record<string, number>;
}

export const MAX_PROBE_DEPTH = 50;

/** Returns depth + 1 norms: index 0 is the first (input) layer, the last feeds the output. */
export function backwardThroughDepth(opts: DepthProbeOptions): number[] {
  const { depth, width, activation, seed } = opts;
  const init = opts.init ?? 'xavier';
  const batch = opts.batch ?? 64;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_PROBE_DEPTH) {
    throw new RangeError(`depth must be an integer in [1, ${MAX_PROBE_DEPTH}], got ${depth}`);
  }
  if (!Number.isInteger(width) || width < 1 || width > 256) {
    throw new RangeError(`width must be an integer in [1, 256], got ${width}`);
  }
  if (!(INIT_NAMES as readonly string[]).includes(init)) {
    throw new RangeError(`init must be one of ${INIT_NAMES.join(', ')}, got ${String(init)}`);
  }
  if (!Number.isInteger(batch) || batch < 1 || batch > 4096) {
    throw new RangeError(`batch must be an integer in [1, 4096], got ${batch}`);
  }
  const scale = opts.initScale ?? 1;
  if (!Number.isFinite(scale) || scale < 0) throw new RangeError(`initScale must be a finite number ≥ 0, got ${scale}`);
  const biasInit = opts.biasInit ?? 0;
  if (!Number.isFinite(biasInit)) throw new RangeError(`biasInit must be a finite number, got ${biasInit}`);

  const sizes = [2, ...new Array<number>(depth).fill(width), 1];
  const net = createNet(sizes, makeKernel(activation, opts.activationParams));
  const rng = createRng(seed);
  initNet(net, init, scale, biasInit, rng);
  const pt = new Float64Array(2);
  for (let b = 0; b < batch; b++) {
    pt[0] = rng.normal();
    pt[1] = rng.normal();
    const label = rng.next() < 0.5 ? 0 : 1;
    const z = forwardOne(net, pt, 0);
    backwardOne(net, lossGradAt('bce', z, label) / batch);
  }
  return layerNorms(net, net.grads);
}
