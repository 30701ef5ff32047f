/**
 * Standard normal draws from a uniform source. Two methods, because each is pinned by
 * seeded data already shown in lessons:
 * - `polarNormal` (Marsaglia polar, pairs with a cached spare) backs training's Rng.normal;
 *   it needs no trig, so fewer libm differences between engines.
 * - `normalSampler` (Box–Muller, one draw per two uniforms, no spare) backs the imbalance
 *   data set, whose lesson code reproduces it in Python.
 */

/** Marsaglia polar method: returns the first of each pair and caches the second. */
export function polarNormal(uniform: () => number): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number, v: number, s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const m = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * m;
    hasSpare = true;
    return u * m;
  };
}

/** Standard normal draws by Box–Muller; 1 − u keeps the logarithm's argument in (0, 1]. */
export function normalSampler(uniform: () => number): () => number {
  return () => {
    const u = 1 - uniform();
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}
