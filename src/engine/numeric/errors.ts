/**
 * The engine's argument checks, in one place. Every failure is a RangeError whose message
 * names the argument and shows the bad value, because the UI prints the message verbatim
 * instead of rendering an empty widget. Domain checks (a trainer config, a fixed-point
 * format, two Gaussians) live beside their code but are built from these.
 *
 * Public (via numeric/index.ts): show, checkFinite, checkNumber, checkPositive,
 * checkNonNegative, checkProbability, checkVector, checkLogits, checkProbabilities,
 * checkIndex, checkName. The rest is engine-internal.
 */

/** Renders a value for an error message: keeps -0, NaN and Infinity readable. */
export function show(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined || v === null) return String(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

/** A finite number (no NaN, no ±Infinity). */
export function checkFinite(name: string, x: unknown): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new RangeError(`${name} must be a finite number, got ${show(x)}`);
  }
  return x;
}

/** A number that is not NaN (±Infinity allowed), for functions defined at the infinities. */
export function checkNumber(name: string, x: unknown): number {
  if (typeof x !== 'number' || Number.isNaN(x)) {
    throw new RangeError(`${name} must be a number, got ${show(x)}`);
  }
  return x;
}

/** Temperatures, scales: finite and strictly positive. */
export function checkPositive(name: string, x: unknown): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || !(x > 0)) {
    throw new RangeError(`${name} must be a finite number > 0, got ${show(x)}`);
  }
  return x;
}

/** Finite and ≥ 0 (e.g. the focal loss γ). */
export function checkNonNegative(name: string, x: unknown): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || !(x >= 0)) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${show(x)}`);
  }
  return x;
}

/** A probability or soft label: a number in [0, 1]. */
export function checkProbability(name: string, p: unknown): number {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new RangeError(`${name} must be a probability in [0, 1], got ${show(p)}`);
  }
  return p;
}

/**
 * An integer in [min, max]. The message gives the range as "in [min, max]", or as "≥ min"
 * when max is left out (or is Number.MAX_SAFE_INTEGER, which a caller passes to reject
 * integers beyond 2^53, where no count is exact, without printing that bound).
 */
export function checkInteger(name: string, n: unknown, min = -Infinity, max = Infinity): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    const range = max < Number.MAX_SAFE_INTEGER ? ` in [${min}, ${max}]` : min > -Infinity ? ` ≥ ${min}` : '';
    throw new RangeError(`${name} must be an integer${range}, got ${show(n)}`);
  }
  return n;
}

/** A sampling interval and grid: finite lo < hi and an integer count ≥ 2 (named `nName`). */
export function checkGrid(lo: unknown, hi: unknown, n: unknown, nName = 'n'): void {
  checkInterval(lo, hi);
  checkInteger(nName, n, 2);
}

/** Finite endpoints with lo < hi, named `lo` and `hi`. */
export function checkInterval(lo: unknown, hi: unknown): void {
  checkFinite('lo', lo);
  checkFinite('hi', hi);
  if (!((hi as number) > (lo as number))) throw new RangeError(`hi must be greater than lo, got lo=${show(lo)}, hi=${show(hi)}`);
}

/** Something with a numeric length, at least 1 (entries not checked). */
export function checkArrayLike(name: string, z: unknown): ArrayLike<number> {
  if (z === null || typeof z !== 'object' || typeof (z as { length?: unknown }).length !== 'number') {
    throw new RangeError(`${name} must be an array of numbers, got ${show(z)}`);
  }
  const v = z as ArrayLike<number>;
  if (v.length === 0) throw new RangeError(`${name} must be a non-empty vector, got []`);
  return v;
}

/** A non-empty vector of finite numbers. */
export function checkVector(name: string, z: unknown): ArrayLike<number> {
  const v = checkArrayLike(name, z);
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw new RangeError(`${name}[${i}] must be a finite number, got ${show(x)}`);
    }
  }
  return v;
}

/**
 * A non-empty vector of scores where −Infinity marks a masked entry (weight exactly 0);
 * NaN and +Infinity are rejected. Every entry may be masked (attention's softmax₁ allows it).
 */
export function checkMaskedVector(name: string, z: unknown): ArrayLike<number> {
  return maskedVector(name, z, false);
}

/**
 * A non-empty vector of logits: finite numbers, or −Infinity for a masked entry (its
 * probability is exactly 0), as long as at least one entry is finite.
 */
export function checkLogits(name: string, z: unknown): ArrayLike<number> {
  return maskedVector(name, z, true);
}

function maskedVector(name: string, z: unknown, needFinite: boolean): ArrayLike<number> {
  const v = checkArrayLike(name, z);
  let anyFinite = false;
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== 'number' || Number.isNaN(x) || x === Infinity) {
      throw new RangeError(`${name}[${i}] must be a finite number or -Infinity, got ${show(x)}`);
    }
    if (x !== -Infinity) anyFinite = true;
  }
  if (needFinite && !anyFinite) throw new RangeError(`${name} must have at least one finite entry, got all -Infinity`);
  return v;
}

/** A non-empty vector whose entries are probabilities in [0, 1]. */
export function checkProbabilities(name: string, p: unknown): ArrayLike<number> {
  const v = checkArrayLike(name, p);
  for (let i = 0; i < v.length; i++) checkProbability(`${name}[${i}]`, v[i]);
  return v;
}

/** An integer index in [0, length). */
export function checkIndex(name: string, i: unknown, length: number): number {
  if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= length) {
    throw new RangeError(`${name} must be an integer in [0, ${length - 1}], got ${show(i)}`);
  }
  return i;
}

/** One of a fixed set of names. */
export function checkName<T extends string>(name: string, v: unknown, allowed: readonly T[]): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new RangeError(`${name} must be one of ${allowed.join(', ')}, got ${show(v)}`);
  }
  return v as T;
}
