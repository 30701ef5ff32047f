import { precisions } from '../../engine';
import type { Schema } from '../../components/state/schema';

/** The softmax widgets' default logits: harmless-looking, yet exp(40) overflows float16. */
export const DEFAULT_LOGITS: readonly number[] = [10, 2, 40, 4];
/** The softmax-steps button sets the largest logit to this: too big for exp even in float64. */
export const BIG_LOGIT = 10000;

const LOGITS = { kind: 'numbers', default: [...DEFAULT_LOGITS], min: -1e6, max: 1e6, minLength: 1, maxLength: 8 } as const;

export const floatSchema = {
  x: { kind: 'number', default: 0.1, min: -1.7e308, max: 1.7e308 },
} satisfies Schema;

export const limitsSchema = {
  x: { kind: 'number', default: 12, min: -1000, max: 1000 },
} satisfies Schema;

export const stepsSchema = {
  z: LOGITS,
  p: { kind: 'enum', default: 'float16', options: precisions },
} satisfies Schema;

export const sigmoidSchema = {
  x: { kind: 'number', default: -12, min: -30, max: 30 },
  p: { kind: 'enum', default: 'float16', options: precisions },
} satisfies Schema;

export const logSchema = {
  d: { kind: 'number', default: 20, min: 1, max: 1000 },
  p: { kind: 'enum', default: 'float16', options: precisions },
} satisfies Schema;

export const TABLE_SIZES = ['64', '256', '1024', '4096'] as const;
export const fixedSchema = {
  z: LOGITS,
  impl: { kind: 'enum', default: 'stable', options: ['stable', 'latency'] },
  ovf: { kind: 'enum', default: 'WRAP', options: ['WRAP', 'SAT'] },
  n: { kind: 'enum', default: '1024', options: TABLE_SIZES },
} satisfies Schema;
