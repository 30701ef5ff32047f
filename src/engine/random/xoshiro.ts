/**
 * xoshiro128**: the engine's general-purpose generator (fast, 128-bit state, passes
 * BigCrush), seeded through splitmix32. Never Math.random: every random choice (weight
 * init, shuffles, data sets, matrices, samples) must be reproducible from a seed, in the
 * worker and on the main thread alike. Two front ends share the one core:
 * - `createRng`: training's Rng (32-bit uniforms, normals, ints, shuffles).
 * - `uniformStream`: sampling's 53-bit uniforms, so the inverse-CDF lookup can resolve
 *   probabilities far below 2^-32.
 */
import { polarNormal } from './normal';
import { checkSeed, seedWord, splitmix32 } from './seed';

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** The raw xoshiro128** stream of unsigned 32-bit words for a 32-bit seed word. */
export function xoshiro128ss(word: number): () => number {
  const sm = splitmix32(word);
  let a = sm(), b = sm(), c = sm(), d = sm();
  if ((a | b | c | d) === 0) a = 1; // xoshiro's all-zero state is a fixed point
  return () => {
    const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a; d ^= b; b ^= c; a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return r;
  };
}

export interface Rng {
  /** Uniform in [0, 1) with 32 random bits. */
  next(): number;
  /** Uniform in [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Standard normal (Marsaglia polar method; no trig, so fewer libm differences). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Fisher–Yates shuffle in place. */
  shuffle(a: Uint32Array | Int32Array | number[]): void;
}

/** Training's generator: any finite seed (see seedWord). */
export function createRng(seed: number): Rng {
  const nextU32 = xoshiro128ss(seedWord(seed));
  const next = (): number => nextU32() / 4294967296;
  return {
    next,
    uniform: (lo, hi) => lo + (hi - lo) * next(),
    normal: polarNormal(next),
    int: (n) => Math.floor(next() * n),
    shuffle(arr) {
      for (let i = arr.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const t = arr[i];
        arr[i] = arr[j];
        arr[j] = t;
      }
    },
  };
}

/** A stream of uniform doubles in [0, 1), each with 53 random bits; seed as in checkSeed. */
export function uniformStream(seed: number): () => number {
  const nextU32 = xoshiro128ss(checkSeed(seed));
  // 27 + 26 bits, as in the classic genrand_res53: exact multiples of 2^-53.
  return () => ((nextU32() >>> 5) * 67108864 + (nextU32() >>> 6)) / 9007199254740992;
}
