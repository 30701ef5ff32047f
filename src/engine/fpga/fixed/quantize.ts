/**
 * ap_fixed assignment: quantization to 2^−F first, then overflow handling, exactly as
 * Vivado/Vitis HLS do when a value is assigned or constructed.
 *
 * Two paths: for W ≤ 52 the stored integer always fits a double, so everything is plain
 * double arithmetic (lessons evaluate thousands of points per redraw). For W 53..64 the
 * rounding is still done on doubles (exact: a double ≥ 2^52 is already an integer) but the
 * overflow step uses BigInt, because the raw word no longer fits 53 bits.
 */
import { fracBits, validateFormat, type FixedFormat, type QuantizationMode } from './format';

/** A format compiled once: fast value path plus the exact raw path. */
export interface Quantizer {
  readonly format: FixedFormat;
  /** The stored value as the nearest double (exact whenever it has ≤ 53 significant bits). */
  readonly q: (x: number) => number;
  /** The stored integer word (value = raw · 2^−F), exact for every width. */
  readonly raw: (x: number) => bigint;
}

function checkX(x: number): void {
  if (typeof x !== 'number' || Number.isNaN(x)) {
    throw new RangeError(`quantize: x must be a number, got ${String(x)}`);
  }
}

/**
 * Rounds the scaled value s = x·2^F to an integer per mode; ±Infinity passes through (the
 * overflow step handles it).
 *
 * Ties are found by comparing s with the midpoint fl + 0.5, never by computing s − fl:
 * for s in (−0.5, 0) that difference needs one bit more than a double holds, so
 * s = −0.5 + 2^−54 came out as exactly 0.5 and RND_MIN_INF / RND_INF took it for a tie
 * (ap_fixed does not: its round bit and sticky bits see the true value).
 */
function roundScaled(s: number, mode: QuantizationMode): number {
  if (!Number.isFinite(s)) return s;
  const fl = Math.floor(s);
  if (fl === s) return s; // already a whole word (every |s| ≥ 2^52 is)
  const mid = fl + 0.5; // exact: here |fl| < 2^52
  switch (mode) {
    case 'TRN': return fl;
    case 'TRN_ZERO': return s < 0 ? fl + 1 : fl;
    case 'RND': return s >= mid ? fl + 1 : fl;
    case 'RND_ZERO': return s > mid || (s === mid && s < 0) ? fl + 1 : fl;
    case 'RND_MIN_INF': return s > mid ? fl + 1 : fl;
    case 'RND_INF': return s > mid || (s === mid && s > 0) ? fl + 1 : fl;
    case 'RND_CONV': return s > mid || (s === mid && fl % 2 !== 0) ? fl + 1 : fl;
  }
}

function scaled(x: number, scale: number): number {
  const s = x * scale;
  // Only reachable for intBits > W with subnormal x: keep the sign so TRN still floors to −1 LSB.
  if (s === 0 && x !== 0) return x > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
  return s;
}

function compileQuantizer(fmt: FixedFormat): Quantizer {
  validateFormat(fmt);
  const format: FixedFormat = { ...fmt };
  const { width: W, signed, quantization: qm, overflow: om } = format;
  const F = fracBits(format);
  const scale = 2 ** F;
  const inv = 2 ** -F;

  // BigInt bounds of the raw word, used by the exact path.
  const M = 1n << BigInt(W);
  const halfM = M >> 1n;
  const bMin = signed ? -halfM : 0n;
  const bMax = signed ? halfM - 1n : M - 1n;
  // SAT_SYM's negative limit. ap_fixed writes the word 10…01 (sign bit and bit 0): that is
  // −max for W ≥ 2, but for W = 1 both are the same bit, so ap_fixed<1,…,AP_SAT_SYM> gives
  // −1 (the plain minimum), not −max = 0.
  const bSymMin = W === 1 ? bMin : -bMax;

  const raw = (x: number): bigint => {
    checkX(x);
    const n = roundScaled(scaled(x, scale), qm);
    const finite = Number.isFinite(n);
    const big = finite ? BigInt(n) : 0n;
    const inRange = finite && big >= bMin && big <= bMax;
    switch (om) {
      case 'SAT':
        if (inRange) return big;
        return n > 0 ? bMax : bMin;
      case 'SAT_ZERO':
        return inRange ? big : 0n;
      case 'SAT_SYM':
        // Signed: the range is made symmetric, so even an in-range minimum becomes −max.
        if (signed) {
          if (inRange && big !== bMin) return big;
          return n > 0 ? bMax : bSymMin;
        }
        if (inRange) return big;
        return n > 0 ? bMax : 0n;
      case 'WRAP': {
        // An infinite (or astronomically large) value is a multiple of 2^W: low W bits are 0.
        if (!finite) return 0n;
        let r = big % M;
        if (r < 0n) r += M;
        if (signed && r >= halfM) r -= M;
        return r;
      }
    }
  };

  let q: (x: number) => number;
  if (W <= 52) {
    const Mn = 2 ** W;
    const half = Mn / 2;
    const rMin = signed ? -half : 0;
    const rMax = signed ? half - 1 : Mn - 1;
    const rSymMin = Number(bSymMin);
    q = (x: number): number => {
      checkX(x);
      let n = roundScaled(scaled(x, scale), qm);
      if (n < rMin || n > rMax || (om === 'SAT_SYM' && signed && n === rMin)) {
        switch (om) {
          case 'SAT': n = n > 0 ? rMax : rMin; break;
          case 'SAT_ZERO': n = 0; break;
          case 'SAT_SYM': n = n > 0 ? rMax : signed ? rSymMin : 0; break;
          case 'WRAP': {
            if (!Number.isFinite(n)) { n = 0; break; }
            // % on doubles is exact (fmod), so this is exact for any integer-valued n.
            let r = n % Mn;
            if (r < 0) r += Mn;
            if (signed && r >= half) r -= Mn;
            n = r;
            break;
          }
        }
      }
      return n * inv + 0; // + 0 turns −0 into 0: the stored word has no sign of zero
    };
  } else {
    q = (x: number): number => Number(raw(x)) * inv + 0;
  }
  return { format, q, raw };
}

/**
 * Compiled quantizers cached per format object. The cached copy is compared field by
 * field, so a mutated format object is recompiled rather than served stale.
 */
const cache = new WeakMap<FixedFormat, Quantizer>();

export function quantizer(fmt: FixedFormat): Quantizer {
  if (fmt !== null && typeof fmt === 'object') {
    const hit = cache.get(fmt);
    if (
      hit &&
      hit.format.width === fmt.width &&
      hit.format.intBits === fmt.intBits &&
      hit.format.signed === fmt.signed &&
      hit.format.quantization === fmt.quantization &&
      hit.format.overflow === fmt.overflow
    ) {
      return hit;
    }
  }
  const compiled = compileQuantizer(fmt);
  cache.set(fmt, compiled);
  return compiled;
}

/** The value the format stores for x, as ap_fixed assignment would (quantize, then overflow). */
export function quantize(x: number, fmt: FixedFormat): number {
  return quantizer(fmt).q(x);
}

/** The stored integer word for x (value = raw · 2^−F), exact at every width up to 64. */
export function quantizeRaw(x: number, fmt: FixedFormat): bigint {
  return quantizer(fmt).raw(x);
}

/** Identity for float mode, or the format's quantizer: lets each method share one datapath. */
export function quantizerOrIdentity(fmt: FixedFormat | undefined): (x: number) => number {
  return fmt === undefined ? identity : quantizer(fmt).q;
}

function identity(x: number): number {
  return x;
}
