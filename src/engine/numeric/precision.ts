/**
 * Precision emulation: rounding a double to IEEE binary16, bfloat16, binary32 or binary64.
 * The rounding is done with exact arithmetic on the double (scaling by powers of two and
 * one rounding of an integer-sized quantity), so float16/bfloat16 are rounded once, straight
 * from the double: rounding through float32 first would round twice and could land on the
 * wrong side of a tie.
 */
import { checkName } from './errors';

export type Precision = 'float16' | 'bfloat16' | 'float32' | 'float64';
export const precisions: readonly Precision[] = ['float16', 'bfloat16', 'float32', 'float64'];

export interface FormatInfo {
  expBits: number;
  fracBits: number;
  max: number;
  minNormal: number;
  minSubnormal: number;
  epsilon: number;
  /** ln(max): from here on exp(x) no longer fits in the format. */
  expOverflowAt: number;
}

interface Layout {
  expBits: number;
  fracBits: number;
  bias: number;
  emin: number;
  emax: number;
}

function layout(expBits: number, fracBits: number): Layout {
  const bias = 2 ** (expBits - 1) - 1;
  return { expBits, fracBits, bias, emin: 1 - bias, emax: bias };
}

const LAYOUTS: Record<Precision, Layout> = {
  float16: layout(5, 10),
  bfloat16: layout(8, 7),
  float32: layout(8, 23),
  float64: layout(11, 52),
};

function info(l: Layout): FormatInfo {
  const max = (2 - 2 ** -l.fracBits) * 2 ** l.emax;
  return {
    expBits: l.expBits,
    fracBits: l.fracBits,
    max,
    minNormal: 2 ** l.emin,
    minSubnormal: 2 ** (l.emin - l.fracBits),
    epsilon: 2 ** -l.fracBits,
    expOverflowAt: Math.log(max),
  };
}

const INFOS: Record<Precision, FormatInfo> = {
  float16: info(LAYOUTS.float16),
  bfloat16: info(LAYOUTS.bfloat16),
  float32: info(LAYOUTS.float32),
  float64: info(LAYOUTS.float64),
};

export function checkPrecision(p: unknown, name = 'p'): Precision {
  return checkName(name, p, precisions);
}

/** The format's parameters (a fresh copy each call, so callers may not corrupt the table). */
export function formatInfo(p: Precision): FormatInfo {
  return { ...INFOS[checkPrecision(p)] };
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // index of the high word

/** ⌊log₂ a⌋ for a finite a > 0, read exactly from the bits (double subnormals included). */
export function exponentOf(a: number): number {
  if (a < 2 ** -1022) return exponentOf(a * 2 ** 64) - 64;
  f64[0] = a;
  return ((u32[HI] >>> 20) & 0x7ff) - 1023;
}

/** The spacing of format numbers in the binade of a ≥ 0 (the subnormal spacing below minNormal). */
function quantum(a: number, l: Layout): number {
  const e = a < 2 ** l.emin ? l.emin : exponentOf(a);
  return 2 ** (e - l.fracBits);
}

/** Rounds |x| to the format, ties to even; result may exceed max (the caller maps it to ∞). */
function roundMagnitude(a: number, l: Layout): number {
  const q = quantum(a, l);
  const n = a / q; // exact: division by a power of two, n < 2^(fracBits+1)
  let k = Math.floor(n);
  const r = n - k; // exact
  if (r > 0.5 || (r === 0.5 && k % 2 === 1)) k += 1;
  return k * q;
}

/** IEEE 754 round-to-nearest-even of the double x to format p. */
export function roundTo(x: number, p: Precision): number {
  if (p === 'float64') return x;
  if (p === 'float32') return Math.fround(x);
  const l = LAYOUTS[checkPrecision(p)];
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return x;
  const a = x < 0 ? -x : x;
  let r = roundMagnitude(a, l);
  if (r > INFOS[p].max) r = Infinity;
  return x < 0 ? -r : r;
}

/** The smallest number of format p strictly greater than x (Infinity past max). */
export function nextUp(x: number, p: Precision): number {
  const l = LAYOUTS[checkPrecision(p)];
  if (x !== x || x === Infinity) return x;
  const { max, minSubnormal } = INFOS[p];
  if (x === -Infinity) return -max;
  const r = roundTo(x, p);
  if (r > x) return r;
  if (r === 0) return minSubnormal;
  if (r > 0) {
    const up = r + quantum(r, l);
    return up > max ? Infinity : up;
  }
  // r < 0: step toward zero; at a power of two the gap below |r| is half the binade's.
  const a = -r;
  const q = quantum(a, l);
  const gap = a > 2 ** l.emin && a === 2 ** exponentOf(a) ? q / 2 : q;
  return -(a - gap);
}

/** The gap from |x| (rounded to p) to the next larger number of format p. */
export function ulp(x: number, p: Precision): number {
  const l = LAYOUTS[checkPrecision(p)];
  if (x !== x) return NaN;
  const a = Math.abs(roundTo(x, p));
  if (a === Infinity) return Infinity;
  return quantum(a, l);
}

export interface Encoding {
  sign: 0 | 1;
  /** The stored (biased) exponent field. */
  exponent: number;
  /** The stored fraction field, as an integer. */
  fraction: number;
  /** sign, exponent and fraction bits, sign first. */
  bits: string;
}

/** The fields stored for x after rounding to p. NaN is encoded as the canonical quiet NaN. */
export function encode(x: number, p: Precision): Encoding {
  const l = LAYOUTS[checkPrecision(p)];
  const r = roundTo(x, p);
  const sign: 0 | 1 = r < 0 || Object.is(r, -0) ? 1 : 0;
  const a = Math.abs(r);
  const allOnes = 2 ** l.expBits - 1;
  let exponent: number;
  let fraction: number;
  if (r !== r) {
    exponent = allOnes;
    fraction = 2 ** (l.fracBits - 1);
  } else if (a === Infinity) {
    exponent = allOnes;
    fraction = 0;
  } else if (a < 2 ** l.emin) {
    exponent = 0;
    fraction = a / 2 ** (l.emin - l.fracBits);
  } else {
    const e = exponentOf(a);
    exponent = e + l.bias;
    fraction = (a / 2 ** e - 1) * 2 ** l.fracBits;
  }
  const bits =
    String(r !== r ? 0 : sign) +
    exponent.toString(2).padStart(l.expBits, '0') +
    fraction.toString(2).padStart(l.fracBits, '0');
  return { sign: r !== r ? 0 : sign, exponent, fraction, bits };
}
