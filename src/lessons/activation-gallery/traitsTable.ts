/**
 * The article's three properties for every activation in the gallery, at default parameters,
 * computed by the engine's activationTraits (from f itself, not the registry's flags). Memoised:
 * the table is computed once per page, never on a slider's path.
 */
import { activationNames, activations, activationTraits, type ActivationName, type ActivationTraits } from '../../engine';
import { formatNumber } from '../../format/number';

let rows: { name: ActivationName; traits: ActivationTraits }[] | null = null;

export function traitRows() {
  rows ??= activationNames.map((name) => ({ name, traits: activationTraits(name) }));
  return rows;
}

/** The points a function is not differentiable at, as a list: kinks, then jumps. */
export const exceptionPoints = (tr: ActivationTraits) => [...tr.kinks, ...tr.jumps].sort((a, b) => a - b).map((v) => formatNumber(v));

/** The activations that pass each test, for the prose and the claims. */
export function passing(test: 'nearIdentity' | 'monotone') {
  return traitRows().filter((r) => r.traits[test]).map((r) => activations[r.name].label);
}
