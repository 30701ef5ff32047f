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

/** The plane the 2-D widget draws: [−PLANE_EXTENT, PLANE_EXTENT]² (means stay a little inside it). */
export const PLANE_EXTENT = 4;

/** Two classes in the plane: means, per-class spreads σx, σy and correlation ρ, a shared-Σ switch, the prior. */
export const planeSchema = {
  m1x: { kind: 'number', default: 1.2, min: -3.5, max: 3.5 },
  m1y: { kind: 'number', default: 0.8, min: -3.5, max: 3.5 },
  m2x: { kind: 'number', default: -1, min: -3.5, max: 3.5 },
  m2y: { kind: 'number', default: -0.8, min: -3.5, max: 3.5 },
  sx1: { kind: 'number', default: 1, min: 0.3, max: 2.5 },
  sy1: { kind: 'number', default: 0.8, min: 0.3, max: 2.5 },
  r1: { kind: 'number', default: 0.5, min: -0.9, max: 0.9 },
  /** On: class 2 uses class 1's Σ (its own sliders are set aside, kept for when it goes off). */
  shared: { kind: 'boolean', default: true },
  sx2: { kind: 'number', default: 1.8, min: 0.3, max: 2.5 },
  sy2: { kind: 'number', default: 0.6, min: 0.3, max: 2.5 },
  r2: { kind: 'number', default: -0.3, min: -0.9, max: 0.9 },
  prior: { kind: 'number', default: 0.5, min: 0.01, max: 0.99 },
} satisfies Schema;
