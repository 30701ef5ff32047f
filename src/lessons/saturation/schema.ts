import type { Schema } from '../../components/state/schema';

/** The four activations whose slopes the first widget compares. */
export const SLOPE_NAMES = ['sigmoid', 'tanh', 'relu', 'gelu'] as const;
export const DEPTH_ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'gelu'] as const;
export const DEPTH_INITS = ['xavier', 'he', 'normal'] as const;
export type DepthActivation = (typeof DEPTH_ACTIVATIONS)[number];
export type DepthInit = (typeof DEPTH_INITS)[number];

export const slopeSchema = {
  x: { kind: 'number', default: 40, min: -50, max: 50 },
  xmax: { kind: 'number', default: 50, min: 5, max: 50, integer: true },
} satisfies Schema;

export const depthSchema = {
  act: { kind: 'enum', default: 'sigmoid', options: DEPTH_ACTIVATIONS },
  init: { kind: 'enum', default: 'xavier', options: DEPTH_INITS },
  scale: { kind: 'number', default: 1, min: 0.1, max: 4 },
  depth: { kind: 'number', default: 30, min: 1, max: 50, integer: true },
  width: { kind: 'number', default: 16, min: 2, max: 64, integer: true },
  seed: { kind: 'number', default: 1, min: 1, max: 999, integer: true },
} satisfies Schema;

/** How many sigmoid activations the zig-zag widget's loss averages over. */
export const ZIGZAG_POINTS = 200;

export const zigzagSchema = {
  lr: { kind: 'number', default: 3, min: 0.1, max: 6 },
  steps: { kind: 'number', default: 30, min: 5, max: 100, integer: true },
  seed: { kind: 'number', default: 7, min: 1, max: 999, integer: true },
} satisfies Schema;

/** Presets for the depth chain: the classic failure, the classic fix, and the middle. */
export const DEPTH_PRESETS = {
  sigmoidXavier: { act: 'sigmoid', init: 'xavier', scale: 1 },
  tanhXavier: { act: 'tanh', init: 'xavier', scale: 1 },
  reluHe: { act: 'relu', init: 'he', scale: 1 },
} as const satisfies Record<string, { act: DepthActivation; init: DepthInit; scale: number }>;
