import { activations, type ActivationName } from '../../engine';
import type { ParamSpec, Schema } from '../../components/state/schema';

export const MAX_SELECTED = 3;
/** The GELU widget's default half-range. */
export const GELU_XMAX = 4;
export const ACTIVATION_NAMES = Object.keys(activations) as ActivationName[];

/** URL key of one activation parameter, e.g. `elu_alpha`. */
export const paramKey = (name: ActivationName, param: string) => `${name}_${param}`;

// Every parameter of every activation gets its own entry, with the registry's range.
const paramSpecs: Record<string, ParamSpec> = {};
for (const n of ACTIVATION_NAMES) {
  for (const p of activations[n].params) paramSpecs[paramKey(n, p.name)] = { kind: 'number', default: p.default, min: p.min, max: p.max };
}

export const gallerySchema = {
  pick: { kind: 'enums', default: ['sigmoid', 'tanh'], options: ACTIVATION_NAMES, maxLength: MAX_SELECTED },
  eps: { kind: 'number', default: 0.01, min: 1e-6, max: 0.5 },
  xmax: { kind: 'number', default: 8, min: 1, max: 20, integer: true },
  ...paramSpecs,
} satisfies Schema;

/** The parameters of one activation as the engine takes them. */
export function paramsOf(name: ActivationName, state: Record<string, unknown>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of activations[name].params) out[p.name] = Number(state[paramKey(name, p.name)] ?? p.default);
  return out;
}

/** The GELU comparison's half-range. */
export const geluSchema = {
  xmax: { kind: 'number', default: GELU_XMAX, min: 1, max: 10, integer: true },
} satisfies Schema;

/** Maxout on a convex target: which target, how many linear pieces. */
export const maxoutSchema = {
  target: { kind: 'enum', default: 'square', options: ['square', 'abs', 'exp', 'softplus', 'quartic'] as const },
  k: { kind: 'number', default: 2, min: 1, max: 8, integer: true },
} satisfies Schema;

export const GATE_MAX_N = 10000;
/** GELU's gate sampled: the input x, how many gate draws, and the seed. */
export const geluGateSchema = {
  x: { kind: 'number', default: -0.5, min: -3, max: 3 },
  n: { kind: 'number', default: 100, min: 1, max: GATE_MAX_N, integer: true },
  seed: { kind: 'number', default: 1, min: 1, max: 99999, integer: true },
} satisfies Schema;
