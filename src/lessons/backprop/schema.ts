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

/** The SGD plots' horizontal axis: examples seen (epochs × n), steps (iterations), or wall time. */
export const SGD_AXES = ['seen', 'steps', 'time'] as const;

export const sgdSchema = {
  batch: { kind: 'enum', default: '8', options: SGD_BATCHES },
  axis: { kind: 'enum', default: 'seen', options: SGD_AXES },
  lr: { kind: 'number', default: 0.3, min: 0.01, max: 10 },
} satisfies Schema;

/** The digit lab (784-50-100-10 on real MNIST digits): its controls. */
export const DIGIT_ACTS = ['sigmoid', 'relu'] as const;
export const DIGIT_OPTS = ['adam', 'sgd'] as const;
export const DIGIT_BATCHES = ['16', '64', '256'] as const;
/** Each optimizer's default rate: switching optimizer resets η to its own. */
export const DIGIT_LR = { adam: 0.003, sgd: 0.2 } as const;

export const digitsSchema = {
  act: { kind: 'enum', default: 'sigmoid', options: DIGIT_ACTS },
  opt: { kind: 'enum', default: 'adam', options: DIGIT_OPTS },
  lr: { kind: 'number', default: DIGIT_LR.adam, min: 0.0001, max: 3 },
  batch: { kind: 'enum', default: '64', options: DIGIT_BATCHES },
  epochs: { kind: 'number', default: 10, min: 1, max: 30, integer: true },
} satisfies Schema;
