/**
 * SONF plus a differential correction table (after Ngah et al., 2016–2017): the table
 * holds c(|x|) = σ(|x|) − SONF(|x|) piecewise constant, and σ(x) ≈ SONF(x) ± c(|x|)
 * (c is odd-symmetric, so one half-table serves both signs).
 *
 * Unequal segmentation, our layout (the papers do not publish theirs): |x| ∈ [0, 8) is cut
 * into eight unit regions picked by the integer bits of |x|; region r gets 2^m_r equal
 * segments picked by the top m_r fraction bits — pure bit slicing plus an 8-entry offset
 * ROM. The 2^m_r are allocated greedily: repeatedly double the region whose worst segment
 * error is largest, while the total fits the requested size, so segments are densest where
 * the correction varies fastest (where SONF's error is largest and changing). Each entry is
 * the minimax constant (mid-range of c over its segment). Beyond |x| = 8 no correction:
 * 1 − σ(8) ≈ 3.4e−4 is below the table's resolution at every size offered.
 *
 * Not monotone: the correction steps between segments, and where c decreases the step is
 * downward while SONF is continuous.
 */
import type { FixedFormat } from '../fixed/format';
import { quantizer, quantizerOrIdentity, type Quantizer } from '../fixed/quantize';
import { sigmoidExact } from '../exact';
import { sonfCost, sonfWith } from './sonf';
import { formatKey, memoTable } from './tableCache';
import { FLOAT_WORD_BITS, checkInput, magnitude, makeCost, resolveConfig, type Approximation, type ConfigParam, type HardwareCost } from './types';

const CONFIG: ConfigParam[] = [{ name: 'entries', default: 32, min: 8, max: 256, step: 1 }];

const REGIONS = 8;
const SAMPLES_PER_SEGMENT = 64;
const identity = (v: number): number => v;

function correction(a: number): number {
  return sigmoidExact(a) - sonfWith(a, identity);
}

/** min and max of the correction over [lo, hi], by dense sampling (deterministic). */
function span(lo: number, hi: number): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let s = 0; s <= SAMPLES_PER_SEGMENT; s++) {
    const c = correction(lo + ((hi - lo) * s) / SAMPLES_PER_SEGMENT);
    if (c < min) min = c;
    if (c > max) max = c;
  }
  return { min, max };
}

/** Worst segment error (half the correction's spread) of region r cut into n segments. */
function regionError(r: number, n: number): number {
  let worst = 0;
  for (let j = 0; j < n; j++) {
    const { min, max } = span(r + j / n, r + (j + 1) / n);
    worst = Math.max(worst, (max - min) / 2);
  }
  return worst;
}

export interface HybridLayout {
  /** Segments per unit region [r, r + 1), r = 0..7 (powers of two). */
  segments: number[];
  /** Index of each region's first entry. */
  offsets: number[];
  /** Entries actually used (≤ the requested size). */
  used: number;
}

const layouts = new Map<number, HybridLayout>();

/** The unequal segmentation chosen for a table of at most `entries` entries. */
export function hybridLayout(entries: number): HybridLayout {
  const hit = layouts.get(entries);
  if (hit) return hit;
  resolveConfig('hybrid', CONFIG, { entries });
  const segments = new Array<number>(REGIONS).fill(1);
  const errors = segments.map((n, r) => regionError(r, n));
  let used = REGIONS;
  for (;;) {
    // Worst region first; if it cannot double within budget, try the next worst.
    const order = errors.map((e, r) => [e, r] as const).sort((p, s) => s[0] - p[0] || p[1] - s[1]);
    const pick = order.find(([, r]) => used + segments[r] <= entries);
    if (!pick) break;
    const r = pick[1];
    used += segments[r];
    segments[r] *= 2;
    errors[r] = regionError(r, segments[r]);
  }
  const offsets: number[] = [];
  let acc = 0;
  for (const n of segments) {
    offsets.push(acc);
    acc += n;
  }
  const layout = { segments, offsets, used };
  layouts.set(entries, layout);
  return layout;
}

/** Last table used, keyed by the compiled quantizer object (see lut.ts). */
let last: { entries: number; qz: Quantizer | undefined; tab: Float64Array } | undefined;

function table(entries: number, fmt: FixedFormat | undefined): Float64Array {
  const qz = fmt === undefined ? undefined : quantizer(fmt);
  if (last && last.entries === entries && last.qz === qz) return last.tab;
  const tab = buildTable(entries, fmt);
  last = { entries, qz, tab };
  return tab;
}

function buildTable(entries: number, fmt: FixedFormat | undefined): Float64Array {
  return memoTable(`hybrid|${entries}|${formatKey(fmt)}`, () => {
    const q = quantizerOrIdentity(fmt);
    const { segments, used } = hybridLayout(entries);
    const t = new Float64Array(used);
    let k = 0;
    segments.forEach((n, r) => {
      for (let j = 0; j < n; j++) {
        const { min, max } = span(r + j / n, r + (j + 1) / n);
        t[k++] = q((min + max) / 2);
      }
    });
    return t;
  });
}

function evaluate(x: number, config?: Record<string, number>, format?: FixedFormat): number {
  checkInput('hybrid', x);
  const { entries } = resolveConfig('hybrid', CONFIG, config);
  const q = quantizerOrIdentity(format);
  const tab = table(entries, format);
  const { segments, offsets } = hybridLayout(entries);
  const xq = q(x);
  const s = sonfWith(xq, q);
  const a = magnitude(xq);
  if (!(a < REGIONS)) return s;
  const r = Math.floor(a); // integer bits of |x|
  const j = Math.floor((a - r) * segments[r]); // top fraction bits
  const c = tab[offsets[r] + j];
  return xq >= 0 ? q(s + c) : q(s - c);
}

function cost(config?: Record<string, number>, format?: FixedFormat): HardwareCost {
  const { entries } = resolveConfig('hybrid', CONFIG, config);
  quantizerOrIdentity(format);
  const word = format?.width ?? FLOAT_WORD_BITS;
  const { used } = hybridLayout(entries);
  const base = sonfCost();
  const offsetBits = REGIONS * Math.ceil(Math.log2(used + 1));
  // The table read runs beside SONF; one more add (or subtract for x < 0) at the end,
  // one comparator for |x| ≥ 8.
  return makeCost({
    multipliers: base.multipliers,
    adders: base.adders + 1,
    shifts: base.shifts,
    comparators: base.comparators + 1,
    tableBits: used * word + offsetBits,
    latencyCycles: base.latencyCycles + 1,
  });
}

export const hybrid: Approximation = {
  name: 'hybrid',
  label: 'SONF + differential LUT (unequal segments)',
  source:
    'S. Ngah et al., sigmoid by SONF plus a differential lookup table with unequal segmentation (2016–2017; reported ≈ 10× better than SONF alone, ≈ ±0.0022 as cited by the seed article). The segment layout here is ours: the papers we could read do not publish theirs.',
  config: CONFIG,
  evaluate,
  cost,
};
