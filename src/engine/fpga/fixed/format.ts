/**
 * ap_fixed<W, I, Q, O> formats (Vivado/Vitis HLS): the type, its validation and the
 * derived figures (step, range, label). The arithmetic lives in quantize.ts.
 */

export type QuantizationMode = 'TRN' | 'TRN_ZERO' | 'RND' | 'RND_ZERO' | 'RND_MIN_INF' | 'RND_INF' | 'RND_CONV';
export type OverflowMode = 'WRAP' | 'SAT' | 'SAT_ZERO' | 'SAT_SYM';

export interface FixedFormat {
  /** W, total bits, 1..64. */
  width: number;
  /** I, integer bits, sign bit included when signed (ap_fixed<W,I>). May exceed W or be negative, as in HLS. */
  intBits: number;
  signed: boolean;
  quantization: QuantizationMode;
  overflow: OverflowMode;
}

export const QUANTIZATION_MODES: readonly QuantizationMode[] = [
  'TRN', 'TRN_ZERO', 'RND', 'RND_ZERO', 'RND_MIN_INF', 'RND_INF', 'RND_CONV',
];
export const OVERFLOW_MODES: readonly OverflowMode[] = ['WRAP', 'SAT', 'SAT_ZERO', 'SAT_SYM'];

/** Widest type we emulate; ap_fixed itself allows more, but 64 covers every lesson. */
export const MAX_WIDTH = 64;
/**
 * intBits limits: generous (HLS allows I > W and I < 0), but bounded so that 2^±F and the
 * range stay ordinary doubles and x·2^F cannot lose bits to the subnormal range.
 */
export const MIN_INT_BITS = -64;
export const MAX_INT_BITS = 128;

/** Throws a RangeError naming the bad field; returns the format for chaining. */
export function validateFormat(fmt: FixedFormat): FixedFormat {
  if (fmt === null || typeof fmt !== 'object') {
    throw new RangeError(`format must be a FixedFormat object, got ${String(fmt)}`);
  }
  const { width, intBits, signed, quantization, overflow } = fmt;
  if (!Number.isInteger(width) || width < 1 || width > MAX_WIDTH) {
    throw new RangeError(`format.width must be an integer in 1..${MAX_WIDTH}, got ${String(width)}`);
  }
  if (!Number.isInteger(intBits) || intBits < MIN_INT_BITS || intBits > MAX_INT_BITS) {
    throw new RangeError(`format.intBits must be an integer in ${MIN_INT_BITS}..${MAX_INT_BITS}, got ${String(intBits)}`);
  }
  if (typeof signed !== 'boolean') {
    throw new RangeError(`format.signed must be a boolean, got ${String(signed)}`);
  }
  if (!QUANTIZATION_MODES.includes(quantization)) {
    throw new RangeError(`format.quantization must be one of ${QUANTIZATION_MODES.join(', ')}, got ${String(quantization)}`);
  }
  if (!OVERFLOW_MODES.includes(overflow)) {
    throw new RangeError(`format.overflow must be one of ${OVERFLOW_MODES.join(', ')}, got ${String(overflow)}`);
  }
  return fmt;
}

/** ap_fixed<W, I, Q, O> with HLS defaults (AP_TRN, AP_WRAP). */
export function apFixed(width: number, intBits: number, quantization: QuantizationMode = 'TRN', overflow: OverflowMode = 'WRAP'): FixedFormat {
  return validateFormat({ width, intBits, signed: true, quantization, overflow });
}

/** ap_ufixed<W, I, Q, O> with HLS defaults. */
export function apUfixed(width: number, intBits: number, quantization: QuantizationMode = 'TRN', overflow: OverflowMode = 'WRAP'): FixedFormat {
  return validateFormat({ width, intBits, signed: false, quantization, overflow });
}

/** Fraction bits F = W − I. */
export function fracBits(fmt: FixedFormat): number {
  return fmt.width - fmt.intBits;
}

/** The value of one least significant bit, 2^−F. */
export function formatStep(fmt: FixedFormat): number {
  validateFormat(fmt);
  return 2 ** -fracBits(fmt);
}

/**
 * Smallest and largest storable values. Signed: [−2^(I−1), 2^(I−1) − 2^−F]; unsigned:
 * [0, 2^I − 2^−F]. For W > 53 the max is the nearest double (toRaw gives it exactly).
 */
export function formatRange(fmt: FixedFormat): { min: number; max: number } {
  validateFormat(fmt);
  const step = 2 ** -fracBits(fmt);
  if (fmt.signed) {
    const half = 2 ** (fmt.width - 1);
    return { min: -half * step, max: (half - 1) * step };
  }
  return { min: 0, max: (2 ** fmt.width - 1) * step };
}

/** HLS spelling, e.g. "ap_fixed<16,6,AP_RND,AP_SAT>" (defaults left out, as one would write it). */
export function formatLabel(fmt: FixedFormat): string {
  validateFormat(fmt);
  const base = `${fmt.signed ? 'ap_fixed' : 'ap_ufixed'}<${fmt.width},${fmt.intBits}`;
  if (fmt.quantization === 'TRN' && fmt.overflow === 'WRAP') return `${base}>`;
  if (fmt.overflow === 'WRAP') return `${base},AP_${fmt.quantization}>`;
  return `${base},AP_${fmt.quantization},AP_${fmt.overflow}>`;
}
