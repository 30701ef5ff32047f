/**
 * Lookup table in hardware (approx/lut.ts). Plain table, as hls4ml: index = trunc(x·N/2R)
 * + N/2 clamped to [0, N−1] — for R = 8 and N a power of two the scale is a shift, so the
 * index is a bit slice of |x|; otherwise a constant multiplier and, when 2R has an odd
 * factor m > 1, a constant divider. Interpolated: N + 1 nodes, u = (x + R)·N/2R, two ROM
 * reads, one subtract, one multiplier, one add.
 */
import { sigmoidExact } from '../exact';
import { quantize, quantizeRaw } from '../fixed/quantize';
import type { FixedFormat } from '../fixed/format';
import { emit, jamDivide, table, ufix, type HlsCtx } from './hls';
import { divFloor, divQuant } from './divide';
import { dyadic, type Rtl, type Sig } from './rtl';
import { cppDouble, ubitsFor } from './words';

/** v = m · 2^e with m odd (v > 0). */
export function oddPart(v: number): { m: bigint; e: number } {
  let { m, e } = dyadic(v);
  while (m % 2n === 0n) {
    m /= 2n;
    e++;
  }
  return { m, e };
}

/** The ROM contents exactly as approx/lut.ts builds them (same float expressions). */
export function lutTable(N: number, R: number, interp: boolean, fmt: FixedFormat): number[] {
  const h = (2 * R) / N;
  if (interp) return Array.from({ length: N + 1 }, (_, i) => quantize(sigmoidExact(-R + i * h), fmt));
  const c = Math.floor(N / 2);
  return Array.from({ length: N }, (_, i) => quantize(sigmoidExact((i - c) * h), fmt));
}

export function lutRtl(b: Rtl, xq: Sig, cfg: Record<string, number>): Sig {
  const N = cfg.entries;
  const R = cfg.range;
  const interp = cfg.interpolate === 1;
  const words = lutTable(N, R, interp, b.fmt).map((v) => quantizeRaw(v, b.fmt));
  const rom = b.rom('lut_rom', words);
  const { m, e } = oddPart(2 * R); // N/2R = N·2^−e / m
  const Nk = b.konst(BigInt(N), 0);
  if (!interp) {
    b.note(`index = trunc(x·${N}/${2 * R}) + ${Math.floor(N / 2)} (hls4ml), clamped to [0, ${N - 1}]: trunc is ⌊|x|·N/2R⌋ with x's sign`);
    const a = b.abs('a', xq);
    const an = b.floorTo('an', b.scale(b.mul('an_p', a, Nk), e), 0);
    const mag = divFloor(b, 'mag', b.align('an_i', an, 0), m);
    const c = b.konst(BigInt(Math.floor(N / 2)), 0);
    let idx = b.mux('idx_raw', b.cmp(xq, '<', 0), b.sub('idx_n', c, mag), b.add('idx_p', c, mag));
    idx = b.mux('idx_lo', b.cmp(idx, '<', 0), b.konst(0n, 0), idx);
    idx = b.mux('idx', b.cmp(idx, '>', N - 1), b.konst(BigInt(N - 1), 0), idx);
    return b.read('y_q', rom, idx, words);
  }
  b.note(`u = (x + ${R})·${N}/${2 * R}: its integer part i picks the segment, its fraction t interpolates`);
  const s = b.add('xr', xq, b.constExact(R));
  const um = b.scale(b.mul('um_p', s, Nk), e); // u·m
  const uc = b.mux('um', b.cmp(um, '<', 0), b.konst(0n, 0), um); // x ≤ −R is handled below
  let i0: Sig;
  let t: Sig;
  if (m === 1n) {
    i0 = b.align('i_u', b.floorTo('i_f', uc, 0), 0);
    t = b.quant('t', b.fraction('u_frac', uc));
  } else {
    i0 = divFloor(b, 'i_u', b.align('um_i', b.floorTo('um_f', uc, 0), 0), m);
    const diff = b.sub('u_rem', uc, b.mul('i_m', i0, b.konst(m, 0)));
    // u·m − ⌊u⌋·m is in [0, m) by construction (interval arithmetic cannot see that).
    const rem = { ...diff, lo: 0n, hi: (m << BigInt(Math.max(diff.frac, 0))) - 1n };
    t = divQuant(b, 't', rem, b.konst(m, 0));
  }
  const i = b.mux('i', b.cmp(i0, '>', N - 1), b.konst(BigInt(N - 1), 0), i0);
  const e0 = b.read('e0', rom, i, words);
  const e1 = b.read('e1', rom, b.add('i1', i, b.konst(1n, 0)), words);
  const d = b.quant('d', b.sub('d_s', e1, e0));
  const p = b.quant('p', b.mul('p_p', t, d));
  const yi = b.quant('y_i', b.add('y_s', e0, p));
  b.note(`outside (−${R}, ${R}): the end nodes`);
  const y = b.mux('y_hi', b.cmp(xq, '>=', R), b.konst(words[N], b.fmt.width - b.fmt.intBits), yi);
  return b.mux('y_q', b.cmp(xq, '<=', -R), b.konst(words[0], b.fmt.width - b.fmt.intBits), y);
}

/** An ap_ufixed type holding v > 0 exactly, and its integer and fraction bits. */
function exactType(v: number): { type: string; i: number; f: number } {
  const { e } = oddPart(v);
  const i = Math.floor(Math.log2(v)) + 1;
  const f = Math.max(0, -e);
  return { type: ufix(i + f, i), i, f };
}

export function lutHls(h: HlsCtx, cfg: Record<string, number>): void {
  const N = cfg.entries;
  const R = cfg.range;
  const interp = cfg.interpolate === 1;
  const values = lutTable(N, R, interp, h.fmt);
  const { m, e } = oddPart(2 * R);
  if (!interp) {
    table(h, 'table', 'data_t', values, `σ(${2 * R}(i − ${Math.floor(N / 2)})/${N}), stored as data_t`);
    const D = m * (1n << BigInt(Math.max(e, 0)));
    const K = BigInt(N) << BigInt(Math.max(-e, 0));
    const scaled = D === 1n ? `x * ${K}` : `x * ${K} / ${D}`;
    emit(h,
      `// hls4ml: index = int(x·N/2R) + N/2; the int conversion truncates toward zero`,
      `long long index = (${scaled}).to_int64() + ${Math.floor(N / 2)};`,
      'if (index < 0) index = 0;',
      `if (index > ${N - 1}) index = ${N - 1};`,
      'return table[index];',
    );
    return;
  }
  table(h, 'table', 'data_t', values, `σ(−${R} + ${2 * R}·i/${N}), i = 0…${N}, stored as data_t`);
  const r = exactType(R);
  const kv = N * 2 ** -e; // s = (x + R)·kv = u·m
  const k = exactType(kv);
  const iS = ubitsFor(BigInt(N) * m);
  const fS = Math.max(h.F, r.f) + k.f;
  emit(h,
    `typedef ${ufix(iS + fS, iS)} u_t;  // ${m > 1n ? `${m}·u` : 'u'}, u = (x + R)·N/2R: exact`,
    'data_t y;',
    `if (x <= ${cppDouble(-R)}) {`,
    '  y = table[0];',
    `} else if (x >= ${cppDouble(R)}) {`,
    `  y = table[${N}];`,
    '} else {',
    `  u_t s = (x + ${r.type}(${cppDouble(R)})) * ${k.type}(${cppDouble(kv)});`,
  );
  if (m === 1n) {
    emit(h, '  unsigned i = s.to_uint();  // the segment', '  data_t t = s - i;  // the fraction, rounded on assignment');
  } else {
    emit(h, `  unsigned i = s.to_uint() / ${m};  // the segment: ⌊u⌋`, `  u_t rem = s - i * ${m};`, '  data_t t;');
    jamDivide(h, 't', 'rem', String(m), { iNum: iS, fNum: fS, iDen: ubitsFor(m) + 1, fDen: 0, signs: false, indent: '  ' });
  }
  emit(h,
    `  if (i > ${N - 1}) i = ${N - 1};`,
    '  data_t e0 = table[i];',
    '  data_t d = table[i + 1] - e0;',
    '  data_t p = t * d;',
    '  y = e0 + p;',
    '}',
    'return y;',
  );
}
