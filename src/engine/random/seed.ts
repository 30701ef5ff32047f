/**
 * Turning a user's seed into generator state. Two seed conventions exist, each pinned by
 * data that lessons show:
 * - `seedWord`: any finite number (training configs, data sets, matrices). Integers in
 *   (−2^32, 2^32) keep their low 32 bits; other values mix both halves of their float64 bits.
 * - `checkSeed`: an integer in [0, 2^32 − 1] (sampling), so every seed a permalink shows is a
 *   distinct stream and nothing is silently folded.
 * Both then go through `splitmix32`, which spreads nearby seeds (0, 1, 2 …) into unrelated
 * xoshiro states.
 */
import { checkFinite, checkInteger } from '../numeric/errors';

export const MAX_SEED = 0xffffffff;

/** Seeds are integers in [0, 2^32 − 1], so every seed shown in a permalink is a distinct stream. */
export function checkSeed(seed: unknown): number {
  return checkInteger('seed', seed, 0, MAX_SEED);
}

/** Seeds may be any finite number; non-integers are mixed in by their two 32-bit halves. */
export function seedWord(seed: number): number {
  checkFinite('seed', seed);
  if (Number.isInteger(seed) && Math.abs(seed) < 2 ** 32) return seed >>> 0;
  const f = new Float64Array([seed]);
  const u = new Uint32Array(f.buffer);
  return (u[0] ^ Math.imul(u[1], 0x9e3779b1)) >>> 0;
}

/** splitmix32: a stream of well-mixed 32-bit words from one 32-bit seed (for seeding only). */
export function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}
