import type { Schema } from '../../components/state/schema';

export const MAX_LAYERS = 6;

/** Stacked 2×2 layers acting on a grid of the plane. */
export const collapseSchema = {
  layers: { kind: 'number', default: 2, min: 1, max: MAX_LAYERS, integer: true },
  seed: { kind: 'number', default: 9, min: 1, max: 99999, integer: true },
  bend: { kind: 'enum', default: 'none', options: ['none', 'tanh', 'relu'] },
} satisfies Schema;

export const MAX_DESCENT_STEPS = 200;

/** Gradient descent on one weight, step- vs sigmoid-activated unit. */
export const descentSchema = {
  w0: { kind: 'number', default: -3, min: -4, max: 6 },
  lr: { kind: 'number', default: 2, min: 0.1, max: 5 },
  steps: { kind: 'number', default: 0, min: 0, max: MAX_DESCENT_STEPS, integer: true },
} satisfies Schema;

export const XOR_STEPS_PER_PRESS = 600;
export const XOR_MAX_STEPS = 3000;

/** XOR with a linear vs a tanh hidden layer; `steps` trained so far (replayed from the seed on load). */
export const xorSchema = {
  width: { kind: 'enum', default: '8', options: ['4', '8'] },
  seed: { kind: 'number', default: 1, min: 1, max: 99999, integer: true },
  steps: { kind: 'number', default: 0, min: 0, max: XOR_MAX_STEPS, integer: true },
} satisfies Schema;
