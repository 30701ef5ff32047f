/**
 * backwardThroughDepth: the saturation lesson's "how much gradient reaches layer 1?" plot.
 * Builds a random 2 → width×depth → 1 network, runs one forward + backward pass (BCE on
 * random labels) over a random Gaussian batch and returns each weight layer's gradient norm.
 */
import type { ActivationName } from '../numeric';
import { checkFinite, checkInteger, checkName, checkNonNegative } from '../numeric/errors';
import { createRng, type Rng } from '../random';
import { makeKernel, type ActKernel } from './activationKernels';
import { lossGradAt } from './losses';
import { backwardOne, createNet, forwardOne, initNet, layerNorms, type Net } from './network';
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

/** The probe's network, freshly initialised, and the generator that then draws its batch. */
export interface Probe {
  net: Net;
  kernel: ActKernel;
  rng: Rng;
  depth: number;
  width: number;
  batch: number;
}

/**
 * Checks the options (the same ones fail the same way in backwardThroughDepth and
 * depthFactors) and builds the seeded 2 → width×depth → 1 network both of them walk.
 */
export function buildProbe(opts: DepthProbeOptions): Probe {
  const { depth, width, activation, seed } = opts;
  const init = opts.init ?? 'xavier';
  const batch = opts.batch ?? 64;
  const scale = opts.initScale ?? 1;
  const biasInit = opts.biasInit ?? 0;
  checkInteger('depth', depth, 1, MAX_PROBE_DEPTH);
  checkInteger('width', width, 1, 256);
  checkName('init', init, INIT_NAMES);
  checkInteger('batch', batch, 1, 4096);
  checkNonNegative('initScale', scale);
  checkFinite('biasInit', biasInit);

  const sizes = [2, ...new Array<number>(depth).fill(width), 1];
  const kernel = makeKernel(activation, opts.activationParams);
  const net = createNet(sizes, kernel);
  const rng = createRng(seed);
  initNet(net, init, scale, biasInit, rng);
  return { net, kernel, rng, depth, width, batch };
}

/** Returns depth + 1 norms: index 0 is the first (input) layer, the last feeds the output. */
export function backwardThroughDepth(opts: DepthProbeOptions): number[] {
  const { net, rng, batch } = buildProbe(opts);
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
