import type { Schema } from '../../components/state/schema';

export const X_RANGE: [number, number] = [-7, 7];

export const gaussSchema = {
  mu1: { kind: 'number', default: 1, min: -4, max: 4 },
  s1: { kind: 'number', default: 1, min: 0.3, max: 3 },
  mu2: { kind: 'number', default: -1.5, min: -4, max: 4 },
  s2: { kind: 'number', default: 1, min: 0.3, max: 3 },
  prior: { kind: 'number', default: 0.5, min: 0.01, max: 0.99 },
} satisfies Schema;

export const bernoulliSchema = {
  eta: { kind: 'number', default: 1.5, min: -8, max: 8 },
} satisfies Schema;
