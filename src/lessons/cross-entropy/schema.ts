import type { Schema } from '../../components/state/schema';

/** The three animals of the running example, in class-index order. */
export const ANIMALS = ['cat', 'dog', 'pig'] as const;

const dist = (d: number[]) => ({ kind: 'numbers', default: d, min: 0, max: 1, minLength: 3, maxLength: 3 }) as const;

/** p is the truth, q the model; both are renormalised on load so a link can't break the sum. */
export const klSchema = {
  p: dist([0.7, 0.2, 0.1]),
  q: dist([0.4, 0.4, 0.2]),
} satisfies Schema;

// The classic log-loss tables: three photos whose true classes are pig, dog, cat.
export const LOGLOSS_TARGETS = [2, 1, 0] as const;
export const logLossSchema = {
  m1: { kind: 'numbers', default: [0.3, 0.3, 0.4, 0.3, 0.4, 0.3, 0.1, 0.2, 0.7], min: 0, max: 1, minLength: 9, maxLength: 9 },
  m2: { kind: 'numbers', default: [0.1, 0.2, 0.7, 0.1, 0.7, 0.2, 0.3, 0.4, 0.3], min: 0, max: 1, minLength: 9, maxLength: 9 },
  model: { kind: 'enum', default: 'm1', options: ['m1', 'm2'] as const },
  sample: { kind: 'number', default: 0, min: 0, max: 2, integer: true },
} satisfies Schema;

export const binaryGradSchema = {
  z: { kind: 'number', default: -4, min: -12, max: 12 },
  y: { kind: 'enum', default: '1', options: ['0', '1'] as const },
  log: { kind: 'boolean', default: false },
} satisfies Schema;

export const softmaxGradSchema = {
  z: { kind: 'numbers', default: [2, 1, -1], min: -8, max: 8, minLength: 3, maxLength: 3 },
  target: { kind: 'enum', default: 'dog', options: ANIMALS },
} satisfies Schema;

/** The loss map's double-softmax widget: the logits (2, 1, −1) of cat, dog, pig scaled by s. */
export const DS_LOGITS = [2, 1, -1] as const;
export const doubleSoftmaxSchema = {
  s: { kind: 'number', default: 1, min: 0, max: 12 },
  target: { kind: 'enum', default: 'dog', options: ANIMALS },
} satisfies Schema;

/** The loss map's float32 widget: one logit through sigmoid + BCELoss and through BCEWithLogitsLoss. */
export const BCE32_Z_MAX = 120;
export const bceFloat32Schema = {
  z: { kind: 'number', default: 8, min: -BCE32_Z_MAX, max: BCE32_Z_MAX },
  y: { kind: 'enum', default: '0', options: ['0', '1'] as const },
} satisfies Schema;
