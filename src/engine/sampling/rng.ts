/**
 * The sampling module's seeded uniform source: xoshiro128** seeded through splitmix32,
 * with 53-bit uniforms so the inverse-CDF lookup can resolve probabilities far below
 * 2^-32. Never Math.random: a histogram in a lesson must be reproducible from its seed.
 */
import { show } from '../numeric/errors';

export const MAX_SEED = 0xffffffff;

/** Seeds are integers in [0, 2^32 − 1], so every seed shown in a permalink is a distinct stream. */
export function checkSeed(seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
    throw new RangeError(`seed must be an integer in [0, ${MAX_SEED}], got ${show(seed)}`);
  }
  return seed;
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/** A stream of uniform doubles in [0, 1), each with 53 random bits. */
export function uniformStream(seed: number): () => number {
  let s = checkSeed(seed) >>> 0;
  // splitmix32 spreads nearby seeds (0, 1, 2 …) into unrelated xoshiro states.
  const mix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  if ((a | b | c | d) === 0) a = 1; // the all-zero state is a fixed point of xoshiro
  const nextU32 = (): number => {
    const r = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c = (c ^ a) >>> 0;
    d = (d ^ b) >>> 0;
    b = (b ^ c) >>> 0;
    a = (a ^ d) >>> 0;
    c = (c ^ t) >>> 0;
    d = rotl(d, 11);
    return r;
  };
  // 27 + 26 bits, as in the classic genrand_res53: exact multiples of 2^-53.
  return () => ((nextU32() >>> 5) * 67108864 + (nextU32() >>> 6)) / 9007199254740992;
}
