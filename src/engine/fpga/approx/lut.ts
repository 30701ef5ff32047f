/**
 * Uniform lookup table over [−R, R). The default reproduces hls4ml's sigmoid table
 * (nnet_activation.h): N = 1024 entries, entry i = σ(2R(i − N/2)/N), index =
 * int(x·N/2R) + N/2 with the int cast truncating toward zero (so the bin around 0 is twice
 * as wide), clamped to [0, N−1], no interpolation. interpolate = 1 switches to N + 1 nodes
 * and linear interpolation between neighbours (one multiplier).
 */
import type { FixedFormat } from '../fixed/format';
import { quantizer, quantizerOrIdentity, type Quantizer } from '../fixed/quantize';
import { sigmoidExact } from '../exact';
import { formatKey, memoTable } from './tableCache';
import { FLOAT_WORD_BITS, checkInput, makeCost, resolveConfig, type Approximation, type ConfigParam, type HardwareCost } from './types';

const CONFIG: ConfigParam[] = [
  { name: 'entries', default: 1024, min: 16, max: 4096, step: 1 },
  { name: 'range', default: 8, min: 1, max: 32 },
  { name: 'interpolate', default: 0, min: 0, max: 1, step: 1 },
];

/**
 * The last table used, keyed by the compiled quantizer object (the same object for the
 * same format fields), so a redraw sweeping thousands of x skips building the memo key.
 */
let last: { N: number; R: number; interp: boolean; qz: Quantizer | undefined; tab: Float64Array } | undefined;

/** Table entries, each quantized as it would be stored in ROM (cached: tables are pure). */
function table(N: number, R: number, interp: boolean, fmt: FixedFormat | undefined): Float64Array {
  const qz = fmt === undefined ? undefined : quantizer(fmt);
  if (last && last.N === N && last.R === R && last.interp === interp && last.qz === qz) return last.tab;
  const tab = buildTable(N, R, interp, fmt);
  last = { N, R, interp, qz, tab };
  return tab;
}

function buildTable(N: number, R: number, interp: boolean, fmt: FixedFormat | undefined): Float64Array {
  return memoTable(`lut|${N}|${R}|${interp ? 1 : 0}|${formatKey(fmt)}`, () => {
    const q = quantizerOrIdentity(fmt);
    const h = (2 * R) / N;
    if (interp) {
      const t = new Float64Array(N + 1);
      for (let i = 0; i <= N; i++) t[i] = q(sigmoidExact(-R + i * h));
      return t;
    }
    const c = Math.floor(N / 2);
    const t = new Float64Array(N);
    for (let i = 0; i < N; i++) t[i] = q(sigmoidExact((i - c) * h));
    return t;
  });
}

function lutWith(x: number, N: number, R: number, interp: boolean, fmt: FixedFormat | undefined): number {
  const q = quantizerOrIdentity(fmt);
  const tab = table(N, R, interp, fmt);
  const xq = q(x);
  if (!interp) {
    // hls4ml: data_round = x * N / 16 (an int: truncates toward zero); index = data_round + N/2.
    let i = Math.trunc((xq * N) / (2 * R)) + Math.floor(N / 2);
    if (!(i >= 0)) i = 0; // also catches −Infinity
    if (i > N - 1) i = N - 1;
    return tab[i];
  }
  if (xq <= -R) return tab[0];
  if (xq >= R) return tab[N];
  const u = ((xq + R) * N) / (2 * R);
  const i = Math.min(Math.floor(u), N - 1);
  // t is the low bits of the scaled input (the fraction below the index bits).
  const t = q(u - i);
  const e0 = tab[i];
  return q(e0 + q(t * q(tab[i + 1] - e0)));
}

function evaluate(x: number, config?: Record<string, number>, format?: FixedFormat): number {
  checkInput('lut', x);
  const c = resolveConfig('lut', CONFIG, config);
  return lutWith(x, c.entries, c.range, c.interpolate === 1, format);
}

function isPowerOfTwo(v: number): boolean {
  return v > 0 && Number.isInteger(Math.log2(v));
}

function cost(config?: Record<string, number>, format?: FixedFormat): HardwareCost {
  const c = resolveConfig('lut', CONFIG, config);
  quantizerOrIdentity(format);
  const N = c.entries;
  const word = format?.width ?? FLOAT_WORD_BITS;
  // When N/2R is a power of two the index is a bit slice of x (a shift); otherwise a constant multiplier.
  const sliced = isPowerOfTwo(N / (2 * c.range));
  const scaleMul = sliced ? 0 : 1;
  if (c.interpolate !== 1) {
    return makeCost({
      multipliers: scaleMul, adders: 1, shifts: sliced ? 1 : 0, comparators: 2,
      tableBits: N * word, latencyCycles: 2 + scaleMul,
    });
  }
  // index, read two neighbours, subtract, multiply by the fraction, add.
  return makeCost({
    multipliers: 1 + scaleMul, adders: 3, shifts: sliced ? 1 : 0, comparators: 2,
    tableBits: (N + 1) * word, latencyCycles: 5 + scaleMul,
  });
}

export const lut: Approximation = {
  name: 'lut',
  label: 'Lookup table (hls4ml style)',
  source:
    'hls4ml, nnet_utils/nnet_activation.h (sigmoid table: 1024 entries over [−8, 8)); J. Duarte et al., "Fast inference of deep neural networks in FPGAs for particle physics", JINST 13 P07027, 2018',
  config: CONFIG,
  evaluate,
  cost,
};
