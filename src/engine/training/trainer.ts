/**
 * createTrainer: mini-batch training of a sigmoid-output MLP (docs/engine.md "Training").
 * Everything random comes from two seeded streams split off `seed`: one for the initial
 * weights, one for the per-epoch shuffles, so changing the init keeps the batch order.
 */
import { checkFinite } from '../numeric/errors';
import { createRng } from '../random';
import { makeKernel, sigmoid } from './activationKernels';
import { deadUnitsOf, fullPass, histogramOf, saturatedFractionOf, type FullPass } from './diagnostics';
import { decisionGridOf, neuronGridsOf, unitGridOf } from './grids';
import { lossAt, lossGradAt } from './losses';
import { backwardOne, createNet, forwardOne, initNet, layerNorms } from './network';
import { createOptimizer } from './optimizers';
import type { Trainer, TrainerConfig } from './types';
import { validateConfig, validateLearningRate } from './validate';

export function createTrainer(cfg: TrainerConfig): Trainer {
  validateConfig(cfg);
  const config: Readonly<TrainerConfig> = Object.freeze({ ...cfg, layers: [...cfg.layers] });
  const { x, y } = cfg.data;
  const n = y.length;
  const n0 = cfg.layers[0];
  const lossKind = cfg.loss;
  const batch = Math.min(cfg.batchSize, n);

  const seedRng = createRng(cfg.seed);
  const initRng = createRng(seedRng.next() * 4294967296);
  const shuffleRng = createRng(seedRng.next() * 4294967296);

  const net = createNet(cfg.layers, makeKernel(cfg.hidden, cfg.activationParams));
  initNet(net, cfg.init, cfg.initScale ?? 1, cfg.biasInit ?? 0, initRng);
  const optimizer = createOptimizer(cfg.optimizer ?? 'sgd', net.params.length);
  const { params, grads } = net;

  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let cursor = n; // forces a shuffle before the first batch
  let lr = cfg.learningRate;
  let steps = 0;
  let epochs = 0;
  let cache: FullPass | null = null;

  function step(): void {
    if (cursor >= n) {
      shuffleRng.shuffle(order);
      cursor = 0;
    }
    // The last batch of an epoch may be short; the next epoch reshuffles all points.
    const end = Math.min(cursor + batch, n);
    const inv = 1 / (end - cursor);
    grads.fill(0);
    for (; cursor < end; cursor++) {
      const i = order[cursor];
      const z = forwardOne(net, x, i * n0);
      backwardOne(net, lossGradAt(lossKind, z, y[i]) * inv);
    }
    optimizer.update(params, grads, lr);
    steps++;
    if (cursor >= n) epochs++;
    cache = null;
  }

  const pass = (): FullPass => (cache ??= fullPass(net, x, n));

  return {
    step,
    epoch() {
      do step();
      while (cursor < n);
    },
    loss() {
      const { logits } = pass();
      let s = 0;
      for (let i = 0; i < n; i++) s += lossAt(lossKind, logits[i], y[i]);
      return s / n;
    },
    accuracy() {
      const { logits } = pass();
      let ok = 0;
      for (let i = 0; i < n; i++) if (logits[i] > 0 === y[i] > 0.5) ok++;
      return ok / n;
    },
    deadUnits: () => deadUnitsOf(net, pass(), n),
    gradNorms: () => layerNorms(net, grads),
    predict(xs) {
      if (!(xs instanceof Float64Array) || xs.length % n0 !== 0) {
        throw new RangeError(`x must be a Float64Array of m×${n0} values, got length ${xs?.length}`);
      }
      const m = xs.length / n0;
      const out = new Float64Array(m);
      for (let i = 0; i < m; i++) {
        out[i] = sigmoid(forwardOne(net, xs, i * n0));
      }
      return out;
    },
    setLearningRate(v) {
      validateLearningRate(v);
      lr = v;
    },
    learningRate: () => lr,
    stepCount: () => steps,
    epochCount: () => epochs,
    getWeights: () => params.slice(),
    setWeights(w) {
      if (!(w instanceof Float64Array) || w.length !== params.length) {
        throw new RangeError(`weights must be a Float64Array of length ${params.length}, got length ${w?.length}`);
      }
      for (let k = 0; k < w.length; k++) {
        checkFinite(`weights[${k}]`, w[k]);
      }
      params.set(w);
      cache = null;
    },
    saturatedFraction: () => saturatedFractionOf(net, pass(), n),
    preActivationHistogram: (layer, bins, range) => histogramOf(net, pass(), layer, bins, range),
    unitOutputsGrid: (layer, unit, gridSize, extent) => unitGridOf(net, layer, unit, gridSize, extent),
    neuronGrids: (gridSize, extent) => neuronGridsOf(net, gridSize, extent),
    decisionGrid: (gridSize, extent) => decisionGridOf(net, gridSize, extent),
    layers: config.layers,
    config,
  };
}
