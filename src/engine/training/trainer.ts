/**
 * createTrainer: mini-batch training of an MLP with one sigmoid output (BCE or MSE) or k
 * softmax outputs (cross-entropy) (docs/engine.md "Training").
 * Everything random comes from two seeded streams split off `seed`: one for the initial
 * weights, one for the per-epoch shuffles, so changing the init keeps the batch order.
 */
import { argmax } from '../numeric/argmax';
import { checkFinite } from '../numeric/errors';
import { createRng } from '../random';
import { makeKernel, sigmoid } from './activationKernels';
import { blockedFullPass, createBlockedStepper } from './blockedStep';
import { createBlocked32Stepper } from './blockedStep32';
import { createSimd32Stepper } from './simdStep32';
import { deadUnitsOf, fullPass, histogramOf, saturatedFractionOf, type FullPass } from './diagnostics';
import { classGridOf, decisionGridOf, neuronGridsOf, unitGridOf } from './grids';
import { registerTrainer } from './internals';
import { lossAt, lossGradAt } from './losses';
import { backpropFromOutput, backwardOne, createNet, forwardOne, initNet, layerNorms } from './network';
import { softmaxCrossEntropy, softmaxDeltaInto, softmaxInto } from './softmaxOutput';
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
  const softmax = cfg.output === 'softmax';
  const k = cfg.layers[cfg.layers.length - 1]; // output units: 1, or the number of classes

  const seedRng = createRng(cfg.seed);
  const initRng = createRng(seedRng.next() * 4294967296);
  const shuffleRng = createRng(seedRng.next() * 4294967296);

  const net = createNet(cfg.layers, makeKernel(cfg.hidden, cfg.activationParams));
  initNet(net, cfg.init, cfg.initScale ?? 1, cfg.biasInit ?? 0, initRng);
  const optimizer = createOptimizer(cfg.optimizer ?? 'sgd', net.params.length);
  const { params, grads } = net;
  const outZ = net.z[net.L - 1];
  const outDelta = net.delta[net.L - 1];
  // Whole-batch matrix products: the same gradient bit for bit (blockedStep.ts), faster on wide layers.
  // 'blocked32': the same products on float32 operands (blockedStep32.ts): half the memory, but
  // measured no faster (bench/digits.bench-run.ts: V8 still does the arithmetic in float64).
  const blocked =
    cfg.kernels === 'blocked' ? createBlockedStepper(net, batch, lossKind)
    : cfg.kernels === 'blocked32' ? createBlocked32Stepper(net, batch, lossKind, x)
    // 'simd32': the products in WebAssembly f32x4 (simdStep32.ts); 'blocked32' where that is missing.
    : cfg.kernels === 'simd32' ? createSimd32Stepper(net, batch, lossKind, x)
    : null;

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
    if (blocked) {
      blocked.gradient(x, y, order, cursor, end, inv);
      cursor = end;
    }
    for (; cursor < end; cursor++) {
      const i = order[cursor];
      const z = forwardOne(net, x, i * n0);
      if (softmax) {
        // δ_out = (softmax − one-hot)/B: the mean over the batch, like the σ losses' gradients.
        softmaxDeltaInto(outDelta, 0, outZ, 0, k, y[i], inv);
        backpropFromOutput(net);
      } else {
        backwardOne(net, lossGradAt(lossKind, z, y[i]) * inv);
      }
    }
    optimizer.update(params, grads, lr);
    steps++;
    if (cursor >= n) epochs++;
    cache = null;
  }

  const pass = (): FullPass => (cache ??= blocked ? blockedFullPass(net, x, n) : fullPass(net, x, n));

  const trainer: Trainer = {
    step,
    epoch() {
      do step();
      while (cursor < n);
    },
    loss() {
      const { logits } = pass();
      let s = 0;
      if (softmax) for (let i = 0; i < n; i++) s += softmaxCrossEntropy(logits, i * k, k, y[i]);
      else for (let i = 0; i < n; i++) s += lossAt(lossKind, logits[i], y[i]);
      return s / n;
    },
    accuracy() {
      const { logits } = pass();
      let ok = 0;
      if (softmax) for (let i = 0; i < n; i++) ok += argmax(logits.subarray(i * k, i * k + k)) === y[i] ? 1 : 0;
      else for (let i = 0; i < n; i++) if (logits[i] > 0 === y[i] > 0.5) ok++;
      return ok / n;
    },
    deadUnits: () => deadUnitsOf(net, pass(), n),
    gradNorms: () => layerNorms(net, grads),
    predict(xs) {
      if (!(xs instanceof Float64Array) || xs.length % n0 !== 0) {
        throw new RangeError(`x must be a Float64Array of m×${n0} values, got length ${xs?.length}`);
      }
      const m = xs.length / n0;
      const out = new Float64Array(m * k);
      for (let i = 0; i < m; i++) {
        const z = forwardOne(net, xs, i * n0);
        if (softmax) softmaxInto(out, i * k, outZ, 0, k);
        else out[i] = sigmoid(z);
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
    classGrid: (gridSize, extent) => classGridOf(net, gridSize, extent),
    layers: config.layers,
    config,
  };
  return registerTrainer(trainer, { net, config });
}
