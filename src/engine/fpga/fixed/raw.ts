/**
 * The raw view of a stored ap_fixed word: the integer, its W-bit two's-complement pattern
 * and its value. BigInt throughout, so 64-bit words are exact.
 */
import { fracBits, validateFormat, type FixedFormat } from './format';
import { quantizer } from './quantize';

export interface RawView {
  /** Stored integer (signed formats: two's-complement value), value = raw · 2^−F. */
  raw: bigint;
  /** W characters, MSB first. */
  bits: string;
  /** The stored value as the nearest double. */
  value: number;
}

/** Bit pattern of a raw word: negative words are shown in two's complement. */
export function rawBits(raw: bigint, fmt: FixedFormat): string {
  validateFormat(fmt);
  const W = BigInt(fmt.width);
  const u = raw < 0n ? raw + (1n << W) : raw;
  return u.toString(2).padStart(fmt.width, '0');
}

/** Value of a raw word (nearest double). Throws if the word does not fit the format. */
export function fromRaw(raw: bigint, fmt: FixedFormat): number {
  validateFormat(fmt);
  const M = 1n << BigInt(fmt.width);
  const lo = fmt.signed ? -(M >> 1n) : 0n;
  const hi = fmt.signed ? (M >> 1n) - 1n : M - 1n;
  if (typeof raw !== 'bigint' || raw < lo || raw > hi) {
    throw new RangeError(`fromRaw: raw must be a bigint in ${lo}..${hi}, got ${String(raw)}`);
  }
  return Number(raw) * 2 ** -fracBits(fmt) + 0;
}

/** Quantizes x to the format and shows the stored word. */
export function toRaw(x: number, fmt: FixedFormat): RawView {
  const qz = quantizer(fmt);
  const raw = qz.raw(x);
  return { raw, bits: rawBits(raw, fmt), value: Number(raw) * 2 ** -fracBits(fmt) + 0 };
}
