import type { Schema } from '../../components/state/schema';

/** The backward widget's network: 2 inputs, two hidden layers of 3, 3 classes (softmax). */
export const BP_NET = [2, 3, 3, 3] as const;
/** Per weight layer, from the output back: δ, then ∂L/∂W. */
export const BP_STEP_COUNT = 2 * (BP_NET.length - 1);
export const BP_ACTS = ['sigmoid', 'tanh', 'relu'] as const;

export const backwardSchema = {
  step: { kind: 'number', default: 0, min: 0, max: BP_STEP_COUNT, integer: true },
  x1: { kind: 'number', default: 1, min: -2, max: 2 },
  x2: { kind: 'number', default: -0.5, min: -2, max: 2 },
  cls: { kind: 'enum', default: '0', options: ['0', '1', '2'] },
  act: { kind: 'enum', default: 'sigmoid', options: BP_ACTS },
  scale: { kind: 'number', default: 1, min: 0.25, max: 8 },
  seed: { kind: 'number', default: 3, min: 1, max: 99999, integer: true },
} satisfies Schema;

/** The SGD widget: 3 blobs in the plane, a 2-16-16-3 tanh network, plain SGD. */
export const SGD_NET = [2, 16, 16, 3] as const;
export const SGD_N = 256;
export const SGD_EPOCHS = 30;
export const SGD_BATCHES = ['1', '8', '64', 'full'] as const;
/** Batch sizes of the gradient-noise measurement (a power-of-two ladder up to half the data). */
export const SPREAD_BATCHES = [1, 2, 4, 8, 16, 32, 64, 128] as const;
export const SPREAD_DRAWS = 200;
/** The seed of the data, the initial weights and the shuffles (one for every run). */
export const SGD_SEED = 1;

export const sgdSchema = {
  batch: { kind: 'enum', default: '8', options: SGD_BATCHES },
  lr: { kind: 'number', default: 0.3, min: 0.01, max: 10 },
} satisfies Schema;
