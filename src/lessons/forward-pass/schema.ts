import type { Schema } from '../../components/state/schema';

/** The network of the lesson: MNIST-sized input, two hidden layers, ten classes. */
export const BIG_NET = [784, 50, 100, 10] as const;
export const TINY_NET = [2, 3, 2, 2] as const;

export const shapesSchema = {
  batch: { kind: 'number', default: 100, min: 1, max: 1024, integer: true },
} satisfies Schema;

export const STEP_COUNT = 2 * (TINY_NET.length - 1);

export const stepsSchema = {
  step: { kind: 'number', default: 0, min: 0, max: STEP_COUNT, integer: true },
  x1: { kind: 'number', default: 1, min: -2, max: 2 },
  x2: { kind: 'number', default: -0.5, min: -2, max: 2 },
  act: { kind: 'enum', default: 'sigmoid', options: ['sigmoid', 'tanh', 'relu'] },
  seed: { kind: 'number', default: 3, min: 1, max: 99999, integer: true },
} satisfies Schema;

export const xavierSchema = {
  layer: { kind: 'enum', default: '0', options: ['0', '1', '2'] },
} satisfies Schema;

export const SYM_STEPS_PER_PRESS = 500;
export const SYM_MAX_STEPS = 3000;

export const symmetrySchema = {
  init: { kind: 'enum', default: 'equal', options: ['equal', 'random'] },
  c: { kind: 'number', default: 0.5, min: -1, max: 1 },
  steps: { kind: 'number', default: 0, min: 0, max: SYM_MAX_STEPS, integer: true },
} satisfies Schema;
