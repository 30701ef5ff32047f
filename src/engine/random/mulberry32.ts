/**
 * mulberry32: a tiny 32-bit-state generator. Not the engine's main source (that is
 * xoshiro128**), and kept for two streams that must never change:
 * - the imbalanced-losses data set (`makeImbalancedScores`), which the lesson shows and
 *   regenerates in its Python snippet (mulberry32 + Box–Muller), and
 * - the ap_fixed differential test's random inputs (fpga/fixed/apdiff/cases.ts), so a
 *   reported mismatch reproduces from its seed.
 */

/** The raw stream of unsigned 32-bit words; the seed is taken modulo 2^32 (seed >>> 0). */
export function mulberry32U32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Uniform in [0, 1) with 32 random bits; the same seed gives the same stream. */
export function mulberry32(seed: number): () => number {
  const next = mulberry32U32(seed);
  return () => next() / 4294967296;
}
