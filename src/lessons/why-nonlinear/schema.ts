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

/** How many values a drawn target holds: evenly spaced over [−1, 1], joined by straight lines. */
export const DRAW_POINTS = 17;
export const DRAW_LIMIT = 1.5;
export const UA_MAX_UNITS = 40;

/** Universal approximation: a 1-D target from n sigmoid or ReLU units, output weights by least squares. */
export const universalSchema = {
  target: { kind: 'enum', default: 'sine', options: ['sine', 'bump', 'step', 'kink', 'drawn'] as const },
  unit: { kind: 'enum', default: 'sigmoid', options: ['sigmoid', 'relu'] as const },
  n: { kind: 'number', default: 4, min: 1, max: UA_MAX_UNITS, integer: true },
  // A wave that a handful of units cannot follow: the drawn default.
  pts: { kind: 'numbers', default: [0, 0.6, 0.9, 0.5, -0.2, -0.6, -0.3, 0.4, 1, 0.7, 0, -0.8, -1, -0.4, 0.3, 0.2, -0.2], min: -DRAW_LIMIT, max: DRAW_LIMIT, minLength: DRAW_POINTS, maxLength: DRAW_POINTS },
} satisfies Schema;
