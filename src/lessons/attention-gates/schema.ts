import type { Schema } from '../../components/state/schema';

/** Scores are kept in a range where every weight is still readable on a linear bar chart. */
export const SCORE_MIN = -12;
export const SCORE_MAX = 12;
export const MAX_TOKENS = 12;

/** Widget 1: one row of scores read two ways, softmax (competing) and sigmoid (independent). */
export const needlesSchema = {
  z: { kind: 'numbers', default: [0, 0, 8, 0, 0, 0, 0, 0], min: SCORE_MIN, max: SCORE_MAX, minLength: 2, maxLength: MAX_TOKENS },
} satisfies Schema;

/** Widget 2: the sum of n sigmoid weights at initialization, with and without b = −ln n. */
export const biasSchema = {
  n: { kind: 'number', default: 256, min: 2, max: 4096, integer: true },
  s: { kind: 'number', default: 0, min: -4, max: 4 },
} satisfies Schema;

/** Widget 3: softmax vs softmax₁ on one row, with every score shifted by a common amount. */
export const softmaxOneSchema = {
  z: { kind: 'numbers', default: [2, 1, 0.5, 0, -1], min: SCORE_MIN, max: SCORE_MAX, minLength: 2, maxLength: MAX_TOKENS },
  shift: { kind: 'number', default: 0, min: -20, max: 8 },
} satisfies Schema;

/** Widget 4: why attention divides by √d_k — the key dimension (1..1024) and the scaling switch. */
export const DK_MAX = 1024;
export const scalingSchema = {
  dk: { kind: 'number', default: 64, min: 1, max: DK_MAX, integer: true },
  scaled: { kind: 'boolean', default: false },
} satisfies Schema;
