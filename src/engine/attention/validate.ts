/**
 * Argument checks for the attention helpers. Messages name the argument and show the bad
 * value, because widgets print them verbatim next to the field the user typed into.
 */

function show(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/**
 * A non-empty row of attention scores. −Infinity is allowed (a masked position gets weight
 * exactly 0); NaN and +Infinity are not, because no weight is defined for them.
 */
export function checkScores(name: string, z: unknown): ArrayLike<number> {
  if (z === null || typeof z !== 'object' || typeof (z as { length?: unknown }).length !== 'number') {
    throw new RangeError(`${name} must be an array of numbers, got ${show(z)}`);
  }
  const v = z as ArrayLike<number>;
  if (v.length === 0) throw new RangeError(`${name} must be a non-empty vector, got []`);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== 'number' || Number.isNaN(x) || x === Infinity) {
      throw new RangeError(`${name}[${i}] must be a finite number or -Infinity, got ${show(x)}`);
    }
  }
  return v;
}

/** A finite number, e.g. a bias or a common score. */
export function checkFiniteArg(name: string, x: unknown): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) throw new RangeError(`${name} must be a finite number, got ${show(x)}`);
  return x;
}

/** A sequence length: an integer ≥ 1 (and below 2^53, so it is exact). */
export function checkLength(name: string, n: unknown): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) throw new RangeError(`${name} must be an integer ≥ 1, got ${show(n)}`);
  return n;
}
