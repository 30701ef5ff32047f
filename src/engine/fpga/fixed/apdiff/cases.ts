/**
 * Inputs for the ap_fixed differential test (apFixed.diff.test.ts): which formats to
 * instantiate in C++ and which doubles to feed each one. Pure and deterministic (seeded),
 * so a mismatch reproduces. Aimed at the places where rounding and overflow logic can go
 * wrong: exact half-LSB ties, the range ends, the wrap points, one double-ulp either side
 * of each, powers of two across the whole scale, and the IEEE specials.
 */
import { mulberry32U32 } from '../../../random';

/** W, I and signedness; the quantization and overflow modes are crossed with every one. */
export interface Shape {
  width: number;
  intBits: number;
  signed: boolean;
}

/**
 * Broad but bounded (each shape costs 28 template instantiations of compile time):
 * I below 0, 0, inside W, equal to W and above it; W from 1 to 64, both sides of the
 * engine's 52/53-bit switch from double to BigInt arithmetic; signed and unsigned.
 */
export const SHAPES: readonly Shape[] = [
  ...([
    [1, 1], [2, 1], [2, 2], [3, 2], [4, 0], [4, 4], [4, -2], [5, 7], [7, -5], [8, 3],
    [8, 8], [8, 40], [8, -20], [10, 1], [12, 6], [16, 6], [16, -3], [18, 8], [20, 30],
    [24, 12], [31, 0], [32, 16], [32, -8], [52, 20], [53, 20], [64, 20], [64, 64], [64, -10],
    [64, 100],
  ] as const).map(([width, intBits]) => ({ width, intBits, signed: true })),
  ...([
    [1, 0], [2, 2], [3, -1], [4, 2], [6, 6], [8, 0], [8, 10], [9, -4], [16, 8], [24, 30],
    [32, 32], [32, 1], [53, 53], [64, 32], [64, 64],
  ] as const).map(([width, intBits]) => ({ width, intBits, signed: false })),
];

const view = new DataView(new ArrayBuffer(8));

/** IEEE-754 bit pattern of a double, as 16 hex digits (what the C++ side reads). */
export function doubleToHex(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

function fromBits(b: bigint): number {
  view.setBigUint64(0, b);
  return view.getFloat64(0);
}

function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigUint64(0);
}

/** The next double toward +∞ (nextUp) or −∞ (nextDown); finite input only. */
export function nextUp(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  return fromBits(bitsOf(x) + (x > 0 ? 1n : -1n));
}
export function nextDown(x: number): number {
  return -nextUp(-x);
}

/** n·2^e as the nearest double (n·2^e itself when it has ≤ 53 significant bits). */
function scaled(n: bigint, e: number): number {
  return Number(n) * 2 ** e;
}

/** n·2^e only if it is exactly a double, else undefined. */
function exact(n: bigint, e: number): number | undefined {
  const d = Number(n);
  return BigInt(d) === n ? d * 2 ** e : undefined;
}

const SPECIALS: readonly number[] = [
  0, -0, Number.MIN_VALUE, 2 ** -1022 - Number.MIN_VALUE, 2 ** -1022, 1e-300, 0.5, 1, 1e308,
  Number.MAX_VALUE, Infinity,
].flatMap((x) => [x, -x]);

/** The doubles fed to one shape (every mode sees the same list), deduplicated by bit pattern. */
export function inputsFor(shape: Shape, seed: number): number[] {
  const { width: W, intBits: I, signed } = shape;
  const F = W - I;
  const M = 1n << BigInt(W);
  const rMin = signed ? -(M >> 1n) : 0n;
  const rMax = signed ? (M >> 1n) - 1n : M - 1n;
  const out = new Map<bigint, number>();
  const add = (x: number | undefined): void => {
    if (x !== undefined) out.set(bitsOf(x), x);
  };
  const withUlps = (x: number | undefined): void => {
    if (x === undefined || !Number.isFinite(x)) return add(x);
    add(x);
    add(nextUp(x));
    add(nextDown(x));
  };

  SPECIALS.forEach(add);

  // Powers of two: every one (± and a double-ulp either side) where the LSB and the range
  // ends are, then a coarser sweep far beyond both (all bits shifted out, or far overflow).
  for (let k = -F - 4; k <= I + 4; k++) for (const s of [1, -1]) withUlps(s * 2 ** k);
  for (let k = -F - 70; k <= I + 70; k += 5) for (const s of [1, -1]) add(s * 2 ** k);

  // Raw words where the action is: around 0, both range ends, and the wrap points one
  // period (2^W LSBs) beyond them.
  const centres = signed ? [0n, rMax, rMin, rMax + M, rMin - M] : [0n, rMax, rMax + M, -M];
  for (const c of centres) {
    for (let d = -6n; d <= 6n; d++) {
      const n = c + d;
      // Quarter-LSB grid: words, quarter points and exact half-LSB ties.
      for (let q = 0n; q < 4n; q++) add(exact(4n * n + q, -F - 2));
      withUlps(scaled(n, -F)); // the word itself (nearest double if W > 53)
      withUlps(exact(2n * n + 1n, -F - 1)); // the tie above it
    }
  }

  const next = mulberry32U32(seed); // uint32 words
  const rand53 = (): bigint => (BigInt(next() & 0x1fffff) << 32n) | BigInt(next()); // 53 bits
  // Ties at random words (exact only while 2n+1 fits 53 bits).
  for (let i = 0; i < 60; i++) {
    const n = rMin + ((rand53() * (rMax - rMin + 1n)) >> 53n);
    withUlps(exact(2n * n + 1n, -F - 1));
  }
  // Random doubles: exponents around the format's scale, with full 53-bit mantissas (almost
  // never ties) and short ones (often exact words or ties); then exponents far beyond both
  // ends, where WRAP keeps mantissa bits from deep inside the double and SAT must notice.
  const randomDouble = (eLo: number, eHi: number, bits: number): number => {
    const e = eLo + (next() % (eHi - eLo + 1));
    const m = (rand53() >> BigInt(53 - bits)) | (1n << BigInt(bits - 1));
    const x = scaled(m, e - bits + 1);
    return next() & 1 ? x : -x;
  };
  for (let i = 0; i < 300; i++) add(randomDouble(-F - 8, I + 8, i % 2 === 0 ? 53 : 1 + (next() % 8)));
  for (let i = 0; i < 200; i++) add(randomDouble(-F - 70, I + 70, i % 2 === 0 ? 53 : 1 + (next() % 20)));
  return [...out.values()];
}
