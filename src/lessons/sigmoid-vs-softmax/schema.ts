import type { Schema } from '../../components/state/schema';

export const Z_LIMIT = 20;
export const LOGIT_LIMIT = 50;
/** The two-logit example from the source material, whose softmax is often misquoted. */
export const MISTAKE_LOGITS = [-0.81787, 1.9287];

export const identitySchema = {
  z: { kind: 'number', default: 2, min: -Z_LIMIT, max: Z_LIMIT },
} satisfies Schema;

export const headsSchema = {
  z0: { kind: 'number', default: MISTAKE_LOGITS[0], min: -LOGIT_LIMIT, max: LOGIT_LIMIT },
  z1: { kind: 'number', default: MISTAKE_LOGITS[1], min: -LOGIT_LIMIT, max: LOGIT_LIMIT },
  y: { kind: 'enum', default: '1', options: ['0', '1'] as const },
} satisfies Schema;

export const mistakeSchema = {
  z: { kind: 'numbers', default: MISTAKE_LOGITS, min: -LOGIT_LIMIT, max: LOGIT_LIMIT, minLength: 2, maxLength: 2 },
} satisfies Schema;

export const TASKS = ['xray', 'digit'] as const;
export const HEADS = ['sigmoid', 'softmax'] as const;
export type Task = (typeof TASKS)[number];
export type Head = (typeof HEADS)[number];

export const taskSchema = {
  task: { kind: 'enum', default: 'xray', options: TASKS },
  head: { kind: 'enum', default: 'softmax', options: HEADS },
} satisfies Schema;
