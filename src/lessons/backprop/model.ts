/**
 * The lesson's networks and runs, built from the engine's trainer so that every number on
 * screen is the engine's. Pure: no React, no DOM.
 */
import {
  backwardTrace,
  createTrainer,
  createTrainingRng,
  gradientCheck,
  makeMulticlassDataset,
  type ActivationName,
  type BackwardTrace,
  type GradientCheck,
  type Trainer,
  type TrainingDataset,
} from '../../engine';
import { BP_NET, SGD_N, SGD_NET, SGD_SEED, backwardSchema } from './schema';

export interface BackwardSetup {
  act: ActivationName;
  scale: number;
  seed: number;
}

/** The data the backward net is built with (the trainer needs some; the widget feeds its own x). */
const bpData = (seed: number) => makeMulticlassDataset('blobs', 12, seed, { classes: 3 });

/** The 2-3-3-3 softmax network of the backward widget: Xavier weights times `scale`, biases 0. */
export function backwardNet({ act, scale, seed }: BackwardSetup): Trainer {
  return createTrainer({ layers: [...BP_NET], hidden: act, output: 'softmax', loss: 'crossEntropy', optimizer: 'sgd', init: 'xavier', initScale: scale, learningRate: 0.1, batchSize: 1, seed, data: bpData(seed) });
}

export interface BackwardResult {
  trainer: Trainer;
  trace: BackwardTrace;
  check: GradientCheck;
  /** Per weight layer, the L2 norm of δ_l (last = output). */
  deltaNorms: number[];
}

/** ‖v‖₂ via the engine-free definition is arithmetic on the trace; kept here, in one place. */
export const norm2 = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));

/** The trace and the gradient check for one example through the widget's network. */
export function backwardRun(setup: BackwardSetup, x: readonly [number, number], cls: number): BackwardResult {
  const trainer = backwardNet(setup);
  const input = Float64Array.from(x);
  const trace = backwardTrace(trainer, input, cls);
  const check = gradientCheck(trainer, input, cls);
  return { trainer, trace, check, deltaNorms: trace.delta.map(norm2) };
}

/** The schema defaults as a setup and an example. */
export const defaultBackward = () => {
  const d = backwardSchema;
  return { setup: { act: d.act.default as ActivationName, scale: d.scale.default, seed: d.seed.default }, x: [d.x1.default, d.x2.default] as const, cls: Number(d.cls.default) };
};

/** Weight layer l's matrix (out×in, row-major) from the trainer's flat parameters. */
export function layerWeights(trainer: Trainer, l: number): Float64Array {
  const w = trainer.getWeights();
  let off = 0;
  for (let k = 0; k < l; k++) off += trainer.layers[k] * trainer.layers[k + 1] + trainer.layers[k + 1];
  return w.slice(off, off + trainer.layers[l] * trainer.layers[l + 1]);
}

// ---------------------------------------------------------------- SGD on 2-D data

export const sgdData = (seed: number): TrainingDataset => makeMulticlassDataset('blobs', SGD_N, seed, { classes: 3 });

export const batchSizeOf = (b: string): number => (b === 'full' ? SGD_N : Number(b));

/** One SGD run of the widget: same data, init and shuffles for every batch size and rate. */
export function sgdTrainer(batch: number, lr: number, seed = SGD_SEED, data = sgdData(seed)): Trainer {
  return createTrainer({ layers: [...SGD_NET], hidden: 'tanh', output: 'softmax', loss: 'crossEntropy', optimizer: 'sgd', init: 'xavier', learningRate: lr, batchSize: batch, seed, data });
}

/** Loss after each epoch (index 0: before training), as examples seen = epochs · n. */
export function lossCurve(tr: Trainer, epochs: number): number[] {
  const out = [tr.loss()];
  for (let e = 0; e < epochs; e++) {
    tr.epoch();
    out.push(tr.loss());
  }
  return out;
}

/** Every example's gradient (all parameters, flat in getWeights order) at the trainer's current weights, rows from..to. */
export function exampleGradients(tr: Trainer, data: TrainingDataset, from: number, to: number, out: Float64Array): void {
  for (let i = from; i < to; i++) {
    const tc = backwardTrace(tr, data.x.subarray(2 * i, 2 * i + 2), data.y[i]);
    let o = i * (out.length / data.y.length);
    tc.gradW.forEach((gw, l) => {
      out.set(gw, o);
      o += gw.length;
      out.set(tc.gradB[l], o);
      o += tc.gradB[l].length;
    });
  }
}

/** The number of parameters of a trainer's network. */
export const parameterCount = (tr: Trainer) => tr.getWeights().length;

/**
 * The spread of the minibatch gradient, measured: for each B, `draws` minibatches of B distinct
 * examples (as a shuffled epoch deals them) and the root-mean-square distance of their mean
 * gradient from the full-batch mean. Expect 1/√B, times √((n − B)/(n − 1)) because examples are
 * drawn without replacement. `grads`: n×p, one example's gradient per row. A generator that
 * yields every `chunk` draws, so the widget can spread it over animation frames; it returns the
 * spread per B.
 */
export function* spreadSteps(grads: Float64Array, n: number, batches: readonly number[], draws: number, seed: number, chunk = 25): Generator<number, number[]> {
  const p = grads.length / n;
  const full = new Float64Array(p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) full[j] += grads[i * p + j];
  for (let j = 0; j < p; j++) full[j] /= n;
  const idx = Int32Array.from({ length: n }, (_, i) => i);
  const mean = new Float64Array(p);
  const out: number[] = [];
  for (const B of batches) {
    const rng = createTrainingRng(seed * 7919 + B);
    let sq = 0;
    for (let d = 0; d < draws; d++) {
      mean.fill(0);
      for (let k = 0; k < B; k++) {
        // partial Fisher–Yates: position k gets a uniformly chosen example not used yet
        const r = k + rng.int(n - k);
        const pick = idx[r];
        idx[r] = idx[k];
        idx[k] = pick;
        const row = pick * p;
        for (let j = 0; j < p; j++) mean[j] += grads[row + j];
      }
      for (let j = 0; j < p; j++) sq += (mean[j] / B - full[j]) ** 2;
      if ((d + 1) % chunk === 0) yield out.length;
    }
    out.push(Math.sqrt(sq / draws));
  }
  return out;
}

/** Runs a generator to its end. */
export function runToEnd<R>(gen: Generator<unknown, R>): R {
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

/** Per-example gradients at the trainer's weights, then the spread for every B, all at once (tests, figures). */
export function measureSpread(tr: Trainer, data: TrainingDataset, batches: readonly number[], draws: number, seed: number): number[] {
  const n = data.y.length;
  const grads = new Float64Array(n * parameterCount(tr));
  exampleGradients(tr, data, 0, n, grads);
  return runToEnd(spreadSteps(grads, n, batches, draws, seed));
}

/** |f′(z)| below this: the unit passes (almost) nothing back — saturated, or a ReLU at z < 0. */
export const BLOCKED_SLOPE = 0.01;
/** Backprop and finite differences "agree" when the largest relative error is below this (saturated units leave gradients so small that the difference quotient loses a few digits). */
export const CHECK_AGREES = 1e-3;

/** The whole spread measurement of the SGD widget as small units: 16 example gradients or 25 draws each. */
export function* spreadMeasurement(batches: readonly number[], draws: number, seed = SGD_SEED): Generator<void, number[]> {
  const data = sgdData(seed);
  const tr = sgdTrainer(1, 0.1, seed, data);
  const n = data.y.length;
  const grads = new Float64Array(n * parameterCount(tr));
  for (let i = 0; i < n; i += 16) {
    exampleGradients(tr, data, i, Math.min(n, i + 16), grads);
    yield;
  }
  const gen = spreadSteps(grads, n, batches, draws, seed);
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
    yield;
  }
}

/** The learning rates of the comparison: the chosen one divided and multiplied by this. */
export const LR_FACTOR = 10;
