/**
 * Config validation: every bad field throws a RangeError naming the field and the value,
 * so the UI can show the message instead of a blank widget. Built on the engine's shared
 * checks (numeric/errors.ts); only the config's own rules are spelled out here.
 */
import { activations } from '../numeric';
import { checkFinite, checkInteger, checkName, checkNonNegative, checkPositive, show } from '../numeric/errors';
import type { TrainerConfig } from './types';

export const INIT_NAMES = ['zeros', 'uniform', 'normal', 'xavier', 'he'] as const;
export const OPTIMIZER_NAMES = ['sgd', 'momentum', 'adam'] as const;
/** The sigmoid output's losses (the public TRAINING_LOSS_NAMES; unchanged since release). */
export const LOSS_NAMES = ['bce', 'mse'] as const;
export const TRAINER_OUTPUT_NAMES = ['sigmoid', 'softmax'] as const;
export const TRAINER_KERNELS = ['perExample', 'blocked', 'blocked32', 'simd32'] as const;
const ALL_LOSSES = ['bce', 'mse', 'crossEntropy'] as const;
export const MAX_LAYERS = 64;
export const MAX_WIDTH = 1024;

export function validateLearningRate(lr: unknown): void {
  checkPositive('learningRate', lr);
}

export function validateConfig(cfg: TrainerConfig): void {
  if (cfg === null || typeof cfg !== 'object') throw new RangeError(`config must be an object, got ${show(cfg)}`);
  const { layers } = cfg;
  if (!Array.isArray(layers) || layers.length < 2 || layers.length > MAX_LAYERS) {
    throw new RangeError(`layers must be an array of 2..${MAX_LAYERS} sizes, got ${show(layers)}`);
  }
  layers.forEach((w, i) => {
    if (!Number.isInteger(w) || w < 1 || w > MAX_WIDTH) {
      throw new RangeError(`layers[${i}] must be an integer in [1, ${MAX_WIDTH}], got ${show(w)} in ${show(layers)}`);
    }
  });
  checkName('output', cfg.output, TRAINER_OUTPUT_NAMES);
  const k = layers[layers.length - 1];
  if (cfg.output === 'sigmoid' && k !== 1) {
    throw new RangeError(`layers must end in 1 (one sigmoid output), got ${show(layers)}`);
  }
  if (cfg.output === 'softmax' && k < 2) {
    throw new RangeError(`output "softmax" needs layers to end in k ≥ 2 classes, got ${show(layers)}`);
  }
  checkName('hidden', cfg.hidden, Object.keys(activations));
  checkName('loss', cfg.loss, ALL_LOSSES);
  // Each output has its own losses: BCE/MSE need one σ, cross-entropy needs the k logits.
  if (cfg.output === 'softmax' && cfg.loss !== 'crossEntropy') {
    throw new RangeError(`loss must be "crossEntropy" with output "softmax", got ${show(cfg.loss)}`);
  }
  if (cfg.output === 'sigmoid' && cfg.loss === 'crossEntropy') {
    throw new RangeError(`loss must be one of ${LOSS_NAMES.join(', ')} with output "sigmoid", got "crossEntropy" (use output "softmax")`);
  }
  if (cfg.optimizer !== undefined) checkName('optimizer', cfg.optimizer, OPTIMIZER_NAMES);
  if (cfg.kernels !== undefined) checkName('kernels', cfg.kernels, TRAINER_KERNELS);
  checkName('init', cfg.init, INIT_NAMES);
  if (cfg.initScale !== undefined) checkNonNegative('initScale', cfg.initScale);
  if (cfg.biasInit !== undefined) checkFinite('biasInit', cfg.biasInit);
  validateLearningRate(cfg.learningRate);
  checkInteger('batchSize', cfg.batchSize, 1);
  checkFinite('seed', cfg.seed);
  const data = cfg.data;
  if (!data || !(data.x instanceof Float64Array) || !(data.y instanceof Float64Array)) {
    throw new RangeError(`data must be { x: Float64Array; y: Float64Array }, got ${show(data)}`);
  }
  const n = data.y.length;
  if (n < 1) throw new RangeError('data must hold at least one point, got an empty data.y');
  if (data.x.length !== n * layers[0]) {
    throw new RangeError(`data.x must hold n×layers[0] = ${n}×${layers[0]} values, got ${data.x.length}`);
  }
  for (let i = 0; i < data.x.length; i++) {
    checkFinite(`data.x[${i}]`, data.x[i]);
  }
  for (let i = 0; i < n; i++) checkLabel(`data.y[${i}]`, data.y[i], cfg.output, k);
  if (cfg.activationParams !== undefined) {
    for (const [k, v] of Object.entries(cfg.activationParams)) checkFinite(`activationParams.${k}`, v);
  }
}

/** A sigmoid net's label is in [0, 1] (soft labels allowed); a softmax net's is a class index 0 … k−1. */
export function checkLabel(name: string, y: number, output: TrainerConfig['output'], k: number): void {
  if (output === 'softmax') {
    if (!Number.isInteger(y) || y < 0 || y >= k) {
      throw new RangeError(`${name} must be a class index, an integer in [0, ${k - 1}], got ${show(y)}`);
    }
  } else if (!(y >= 0 && y <= 1)) {
    throw new RangeError(`${name} must be a label in [0, 1], got ${show(y)}`);
  }
}
