/**
 * Integer (BigInt) view of ap_fixed words for the generators: raw ranges, the rounding of a
 * right shift per quantization mode (monotone, so it maps bounds to bounds), widths, and
 * Verilog / C++ spellings of formats and literals.
 */
import { fracBits, type FixedFormat, type QuantizationMode } from '../fixed/format';

export interface RawRange {
  lo: bigint;
  hi: bigint;
}

/** Smallest and largest stored integers of the format. */
export function rawRange(fmt: FixedFormat): RawRange {
  const m = 1n << BigInt(fmt.width);
  return fmt.signed ? { lo: -(m >> 1n), hi: (m >> 1n) - 1n } : { lo: 0n, hi: m - 1n };
}

/** Lowest word SAT_SYM leaves on the negative side (ap_fixed writes 10…01; for W = 1 that is the minimum). */
export function symLow(fmt: FixedFormat): bigint {
  const { lo, hi } = rawRange(fmt);
  if (!fmt.signed) return 0n;
  return fmt.width === 1 ? lo : -hi;
}

/** v / 2^d rounded to an integer per mode (d ≥ 1), as quantize.ts's roundScaled does. */
export function roundShift(v: bigint, d: number, mode: QuantizationMode): bigint {
  const s = BigInt(d);
  const fl = v >> s; // BigInt >> floors
  const rem = v - (fl << s);
  if (rem === 0n) return fl;
  const half = 1n << (s - 1n);
  const up =
    mode === 'TRN' ? false
    : mode === 'TRN_ZERO' ? v < 0n
    : mode === 'RND' ? rem >= half
    : mode === 'RND_ZERO' ? rem > half || (rem === half && v < 0n)
    : mode === 'RND_MIN_INF' ? rem > half
    : mode === 'RND_INF' ? rem > half || (rem === half && v > 0n)
    : rem > half || (rem === half && (fl & 1n) === 1n);
  return up ? fl + 1n : fl;
}

/** Bits of a two's-complement integer that holds every value in [lo, hi] (at least 1). */
export function bitsFor(lo: bigint, hi: bigint): number {
  let w = 1;
  while (lo < -(1n << BigInt(w - 1)) || hi > (1n << BigInt(w - 1)) - 1n) w++;
  return w;
}

/** Bits of an unsigned integer up to hi (at least 1). */
export function ubitsFor(hi: bigint): number {
  return Math.max(1, hi.toString(2).length);
}

/** A signed Verilog literal, sized so that negation in any wider context stays exact. */
export function vlit(v: bigint): string {
  return v < 0n ? `-${ubitsFor(-v) + 1}'sd${-v}` : `${ubitsFor(v) + 1}'sd${v}`;
}

/** The W-bit pattern of a raw word in hex (what the testbench prints). */
export function wordHex(raw: bigint, width: number): string {
  return BigInt.asUintN(width, raw).toString(16).padStart(Math.ceil(width / 4), '0');
}

const tag = (n: number): string => (n < 0 ? `m${-n}` : String(n));

/** Identifier fragment, e.g. fx16_6_rnd_sat / ufx8_0_trn_wrap. */
export function formatTag(fmt: FixedFormat): string {
  return `${fmt.signed ? 'fx' : 'ufx'}${fmt.width}_${tag(fmt.intBits)}_${fmt.quantization.toLowerCase()}_${fmt.overflow.toLowerCase()}`;
}

/** Full HLS type, modes always spelled out: ap_fixed<16, 6, AP_RND, AP_SAT>. */
export function hlsType(fmt: FixedFormat): string {
  return `${fmt.signed ? 'ap_fixed' : 'ap_ufixed'}<${fmt.width}, ${fmt.intBits}, AP_${fmt.quantization}, AP_${fmt.overflow}>`;
}

/** Short human label for comments: ap_fixed<16,6> (AP_RND, AP_SAT). */
export function formatComment(fmt: FixedFormat): string {
  return `${fmt.signed ? 'ap_fixed' : 'ap_ufixed'}<${fmt.width},${fmt.intBits}> (AP_${fmt.quantization}, AP_${fmt.overflow}), ${fracBits(fmt)} fraction bits`;
}

/** A double as a C++ literal that parses back to the same double (JS's shortest round trip). */
export function cppDouble(v: number): string {
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

export function sameFormat(a: FixedFormat, b: FixedFormat): boolean {
  return a.width === b.width && a.intBits === b.intBits && a.signed === b.signed && a.quantization === b.quantization && a.overflow === b.overflow;
}
