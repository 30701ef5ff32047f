import type { Schema } from '../../components/state/schema';

/** The γ values of the focal loss paper's first figure. */
export const FIGURE_GAMMAS = [0, 0.5, 1, 2, 5] as const;

/** Most examples a pasted scored set may hold: a few thousand, as a paste control reads at most 5 000 values. */
export const OWN_MAX_PAIRS = 2500;
/** Largest |logit| accepted: far past where σ(z) rounds to 0 or 1, so no real model output is refused. */
export const OWN_Z_LIMIT = 1000;

/**
 * The reader's own scored set, flat: z₀, y₀, z₁, y₁, … (logit, then a 0/1 label); empty means
 * the built-in seeded set. Packed in the permalink when long (src/format/packNumbers.ts).
 */
const own = { kind: 'numbers', default: [], min: -OWN_Z_LIMIT, max: OWN_Z_LIMIT, minLength: 0, maxLength: 2 * OWN_MAX_PAIRS, groupSize: 2 } as const;

export const focalCurveSchema = {
  pt: { kind: 'number', default: 0.9, min: 0.01, max: 1 },
} satisfies Schema;

export const imbalanceSchema = {
  // Default α: the inverse class frequency of a 1:100 set, 100/101 rounded.
  alpha: { kind: 'number', default: 0.99, min: 0.01, max: 0.99 },
  gamma: { kind: 'number', default: 2, min: 0, max: 5 },
  seed: { kind: 'number', default: 1, min: 1, max: 999, integer: true },
  own,
} satisfies Schema;

export const ghmSchema = {
  bins: { kind: 'number', default: 10, min: 2, max: 30, integer: true },
  outliers: { kind: 'number', default: 0.02, min: 0, max: 0.05 },
  seed: { kind: 'number', default: 1, min: 1, max: 999, integer: true },
  own,
} satisfies Schema;
