import type { Schema } from '../../components/state/schema';
import type { RunConfig } from '../../workers/trainingClient';
import { classesOf as pointClasses, COORD_LIMIT, datasetOfPoints, MAX_CLASSES, MAX_POINTS } from './pointsData';

export const LAB_DATASETS = ['xor', 'circles', 'moons', 'spiral', 'gaussians', 'linear'] as const;
export const LAB_ACTIVATIONS = ['relu', 'leakyRelu', 'elu', 'gelu', 'tanh'] as const;
export const LAB_INITS = ['he', 'xavier', 'normal', 'uniform'] as const;
/** Training points per run; the same n on the worker and here (for the dots and the histogram). */
export const N_POINTS = 200;

export const labSchema = {
  data: { kind: 'enum', default: 'moons', options: LAB_DATASETS },
  layers: { kind: 'number', default: 2, min: 1, max: 4, integer: true },
  width: { kind: 'number', default: 8, min: 1, max: 16, integer: true },
  act: { kind: 'enum', default: 'relu', options: LAB_ACTIVATIONS },
  init: { kind: 'enum', default: 'he', options: LAB_INITS },
  scale: { kind: 'number', default: 1, min: 0.05, max: 3 },
  bias: { kind: 'number', default: 0, min: -2, max: 1 },
  lr: { kind: 'number', default: 0.1, min: 0.001, max: 10 },
  batch: { kind: 'number', default: 10, min: 1, max: 64, integer: true },
  seed: { kind: 'number', default: 1, min: 1, max: 999, integer: true },
  /** Train on the reader's own points (`pts`) instead of the built-in set `data`. */
  own: { kind: 'boolean', default: false },
  /** The reader's points, flat: x₀, y₀, label₀, x₁, … (labels 0 … 4); packed in the permalink when long. */
  pts: { kind: 'numbers', default: [], min: -COORD_LIMIT, max: COORD_LIMIT, minLength: 0, maxLength: 3 * MAX_POINTS, groupSize: 3 },
  /** The class a click adds (0 … 4). */
  brush: { kind: 'number', default: 0, min: 0, max: MAX_CLASSES - 1, integer: true },
} satisfies Schema;

export type LabState = {
  data: (typeof LAB_DATASETS)[number];
  layers: number;
  width: number;
  act: (typeof LAB_ACTIVATIONS)[number];
  init: (typeof LAB_INITS)[number];
  scale: number;
  bias: number;
  lr: number;
  batch: number;
  seed: number;
  /** Optional so the presets (built-in data) need not spell them out. */
  own?: boolean;
  pts?: number[];
  brush?: number;
};

/** True when the lab trains on the reader's points: switched on and at least one point there. */
export const usesOwnPoints = (s: LabState): s is LabState & { pts: number[] } => s.own === true && (s.pts?.length ?? 0) >= 3;

/**
 * The worker's run config for a lab state: plain SGD, so the failure modes are not smoothed
 * over. The reader's points with labels up to 1 keep the sigmoid output; three or more classes
 * get a softmax output with cross-entropy.
 */
export function runConfigOf(s: LabState): RunConfig {
  const own = usesOwnPoints(s) ? s.pts : null;
  const k = own ? pointClasses(own) : 2;
  const source = own ? { data: datasetOfPoints(own) } : { dataset: { name: s.data, n: N_POINTS } };
  return {
    layers: [2, ...new Array<number>(s.layers).fill(s.width), k === 2 ? 1 : k],
    hidden: s.act,
    output: k === 2 ? 'sigmoid' : 'softmax',
    loss: k === 2 ? 'bce' : 'crossEntropy',
    optimizer: 'sgd',
    init: s.init,
    initScale: s.scale,
    biasInit: s.bias,
    learningRate: s.lr,
    batchSize: s.batch,
    seed: s.seed,
    ...source,
  };
}

/**
 * Failures and their fixes. Each fix changes exactly one setting of the failure it answers
 * (FIX_OF), so the comparison is fair: same data, shape and seed. `heInit` is the lab's default
 * state (the schema defaults), shown first in presenter mode; it is not a fix of anything.
 */
const BASE = { data: 'moons', layers: 2, width: 8, batch: 10, seed: 1, scale: 1, own: false } as const;
export const PRESETS = {
  lrHigh: { ...BASE, act: 'relu', init: 'he', bias: 0, lr: 2 },
  negBias: { ...BASE, act: 'relu', init: 'normal', scale: 0.1, bias: -0.3, lr: 0.1 },
  leaky: { ...BASE, act: 'leakyRelu', init: 'he', bias: 0, lr: 2 },
  lowLr: { ...BASE, act: 'relu', init: 'he', bias: 0, lr: 0.2 },
  zeroBias: { ...BASE, act: 'relu', init: 'normal', scale: 0.1, bias: 0, lr: 0.1 },
  heInit: { ...BASE, act: 'relu', init: 'he', bias: 0, lr: 0.1 },
} as const satisfies Record<string, LabState>;
export type PresetName = keyof typeof PRESETS;
export const FAILURES: readonly PresetName[] = ['lrHigh', 'negBias'];
export const FIXES: readonly PresetName[] = ['leaky', 'lowLr', 'zeroBias'];
/** Which failure each fix answers (the one setting it changes is the only difference). */
export const FIX_OF = { leaky: 'lrHigh', lowLr: 'lrHigh', zeroBias: 'negBias' } as const satisfies Record<string, PresetName>;
