/**
 * Division in the generated Verilog: the restoring divider (quantRtl.divFunction) used for
 * a correctly rounded quotient (CORDIC's 1/(1 + e), an interpolating table's fraction when
 * 2R has an odd factor) and for a floor by a constant (a table index).
 */
import { fracBits, type FixedFormat } from '../fixed/format';
import { quantizeRaw } from '../fixed/quantize';
import { divFunction } from './quantRtl';
import type { Rtl, Sig } from './rtl';
import { rawRange, ubitsFor } from './words';

/** |s|'s integer as an unsigned Verilog expression, shifted left by `shift`. */
function magExpr(s: Sig, shift: number): string {
  const bits = ubitsFor(s.hi);
  if (s.lit !== undefined) return `${bits + shift}'d${s.lit << BigInt(shift)}`;
  return shift > 0 ? `{${s.ref}[${bits - 1}:0], ${shift}'b0}` : `${s.ref}[${bits - 1}:0]`;
}

/**
 * q(num / den) exactly: a restoring divider on the magnitudes gives the quotient with two
 * guard bits; a nonzero remainder is OR-ed into its last bit (sticky), which puts the
 * value in the same open interval between rounding points as the true quotient, so the
 * final quant() rounds exactly as the real number would. den = 0 gives q(±∞), as in float.
 */
export function divQuant(b: Rtl, name: string, num: Sig, den: Sig, fmt: FixedFormat = b.fmt): Sig {
  const g = fracBits(fmt) + 2;
  const t = den.frac - num.frac + g; // quotient·2^g = num.int · 2^t / den.int
  const nAbs = b.abs(`${name}_nmag`, num);
  const dAbs = b.abs(`${name}_dmag`, den);
  const nw = ubitsFor(nAbs.hi) + Math.max(t, 0);
  const dw = ubitsFor(dAbs.hi) + Math.max(-t, 0);
  const fn = divFunction(nw, dw);
  b.func(fn.name, fn.text);
  const nExpr = magExpr(nAbs, Math.max(t, 0));
  const dExpr = magExpr(dAbs, Math.max(-t, 0));
  const qr = b.fresh(`${name}_qr`);
  b.body.push(`  wire [${nw + dw - 1}:0] ${qr} = ${fn.name}(${nExpr}, ${dExpr});`);
  // Sticky: quotient bit 0 OR (remainder ≠ 0).
  const jam = b.fresh(`${name}_jam`);
  const high = nw > 1 ? `${qr}[${nw + dw - 1}:${dw + 1}], ` : '';
  b.body.push(`  wire [${nw}:0] ${jam} = {1'b0, ${high}${qr}[${dw}] | (|${qr}[${dw - 1}:0])};`);
  const dMinMag = den.lo > 0n ? den.lo : den.hi < 0n ? -den.hi : 1n;
  const qMax = ((nAbs.hi << BigInt(Math.max(t, 0))) >> BigInt(Math.max(-t, 0))) / dMinMag + 1n;
  // Sign of the quotient: XOR of the operands' signs (constants fold).
  let flip = false;
  const negs: string[] = [];
  for (const s of [num, den]) {
    if (s.lit !== undefined) flip = flip !== s.lit < 0n;
    else if (s.lo < 0n) negs.push(`${s.ref}[${s.width - 1}]`);
  }
  const sign = negs.length === 0 ? undefined : `${flip ? '~' : ''}(${negs.join(' ^ ')})`;
  const qs =
    sign !== undefined ? b.wire(`${name}_quo`, `${sign} ? -$signed(${jam}) : $signed(${jam})`, g, -qMax, qMax)
    : flip ? b.wire(`${name}_quo`, `-$signed(${jam})`, g, -qMax, 0n)
    : b.wire(`${name}_quo`, `$signed(${jam})`, g, 0n, qMax);
  const q = b.quant(name, qs, fmt);
  if (den.lo > 0n || den.hi < 0n) return q;
  // 1/0 = +∞ and −1/0 = −∞ in the emulator's float arithmetic: q(±∞) is the overflow word.
  const { lo, hi } = rawRange(fmt);
  const pos = b.konst(quantizeRaw(Infinity, fmt), fracBits(fmt));
  const negInf = b.konst(quantizeRaw(-Infinity, fmt), fracBits(fmt));
  const inf = num.lit !== undefined || num.lo >= 0n ? (num.lit !== undefined && num.lit < 0n ? negInf : pos)
    : b.mux(`${name}_inf`, `${num.ref}[${num.width - 1}]`, negInf, pos);
  const r = b.mux(name, `${den.ref} == 0`, inf, q);
  return { ...r, lo: r.lo < lo ? lo : r.lo, hi: r.hi > hi ? hi : r.hi };
}

/** ⌊a / m⌋ for an integer a ≥ 0 (frac 0) and a constant m ≥ 1, by the restoring divider. */
export function divFloor(b: Rtl, name: string, a: Sig, m: bigint): Sig {
  if (m === 1n) return a;
  const nw = ubitsFor(a.hi);
  const dw = ubitsFor(m);
  const fn = divFunction(nw, dw);
  b.func(fn.name, fn.text);
  const qr = b.fresh(`${name}_qr`);
  b.body.push(`  wire [${nw + dw - 1}:0] ${qr} = ${fn.name}(${a.ref}[${nw - 1}:0], ${dw}'d${m});`);
  return b.wire(name, `$signed({1'b0, ${qr}[${nw + dw - 1}:${dw}]})`, 0, a.lo / m, a.hi / m);
}
