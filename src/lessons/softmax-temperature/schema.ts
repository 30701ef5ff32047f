import type { Schema } from '../../components/state/schema';
import { MAX_SEED } from '../../engine';
import { CANDIDATES, DEFAULT_LOGITS, LOGIT_MAX, LOGIT_MIN, T_MAX, T_MIN } from './candidates';

const logits = { kind: 'numbers', default: DEFAULT_LOGITS, min: LOGIT_MIN, max: LOGIT_MAX, minLength: 4, maxLength: 4 } as const;
const temperature = { kind: 'number', default: 1, min: T_MIN, max: T_MAX } as const;

export const temperatureSchema = {
  z: logits,
  t: temperature,
  focus: { kind: 'enum', default: 'went', options: CANDIDATES },
} satisfies Schema;

export const SAMPLE_SIZES = ['100', '1000', '10000'] as const;

export const samplingSchema = {
  z: logits,
  t: temperature,
  n: { kind: 'enum', default: '1000', options: SAMPLE_SIZES },
  seed: { kind: 'number', default: 1, min: 0, max: MAX_SEED, integer: true },
} satisfies Schema;
