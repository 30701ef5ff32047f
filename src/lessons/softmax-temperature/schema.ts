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

/**
 * Your own logits: any vector a model printed, up to the paste control's limit. The range is
 * wider than the dial's candidates (real logits can reach the hundreds or thousands); softmax
 * subtracts the max, so it stays exact there.
 */
export const OWN_MAX_LENGTH = 5000;
export const OWN_LOGIT_LIMIT = 1e4;

export const ownLogitsSchema = {
  z: { kind: 'numbers', default: DEFAULT_LOGITS, min: -OWN_LOGIT_LIMIT, max: OWN_LOGIT_LIMIT, minLength: 2, maxLength: OWN_MAX_LENGTH },
  t: temperature,
} satisfies Schema;
