/**
 * CORDIC in hardware (approx/cordic.ts cordicWith): range reduction k = round(|x|/ln2),
 * r = k·ln2 − |x| (two constant multipliers), n unrolled micro-rotations (each: two shifts
 * — wiring — and three add/subtracts steered by the sign of z), eʳ = x + y, e^−|x| = 2^−k·eʳ
 * (a barrel shifter), then one divider: 1/(1 + e) for x ≥ 0, e/(1 + e) for x < 0.
 * Combinational: the n stages and the divider are one long path; pipeline by registering
 * between stages (the cost model's latency counts one cycle per stage).
 */
import { cordicGain, cordicSchedule } from '../approx/cordic';
import { quantize } from '../fixed/quantize';
import { emit, jamDivide, sfix, table, ufix, type HlsCtx } from './hls';
import { divQuant } from './divide';
import type { Rtl, Sig } from './rtl';
import { cppDouble } from './words';

function constants(n: number): { shifts: number[]; angles: number[]; invGain: number } {
  const shifts = cordicSchedule(n);
  return { shifts, angles: shifts.map((i) => Math.atanh(2 ** -i)), invGain: 1 / cordicGain(n) };
}

export function cordicRtl(b: Rtl, xq: Sig, cfg: Record<string, number>): Sig {
  const { shifts, angles, invGain } = constants(cfg.iterations);
  b.note('range reduction: k = round(|x|/ln2) (ties up), z = k·ln2 − |x|, |z| ≤ ln2/2');
  const a = b.abs('a', xq);
  const ak = b.mul('ak', a, b.constQ(1 / Math.LN2));
  const k = ak.frac >= 1 ? b.floorTo('k', b.add('ak_h', ak, b.konst(1n << BigInt(ak.frac - 1), ak.frac)), 0) : b.align('k', ak, 0);
  let z = b.quant('z0', b.sub('z0_d', b.mul('kl', k, b.constQ(Math.LN2)), a));
  let cx = b.constQ(invGain);
  let cy = b.konst(0n, cx.frac);
  shifts.forEach((s, j) => {
    b.note(`micro-rotation ${j + 1}: shift ${s}, angle atanh 2^-${s}; rotate toward z = 0`);
    const dir = b.flag(`d${j + 1}`, b.cmp(z, '>=', 0));
    const sy = b.quant(`sy${j + 1}`, b.scale(cy, s));
    const sx = b.quant(`sx${j + 1}`, b.scale(cx, s));
    const ang = b.constQ(angles[j]);
    cx = b.quant(`cx${j + 1}`, b.addsub(`cx${j + 1}_s`, dir, cx, sy));
    cy = b.quant(`cy${j + 1}`, b.addsub(`cy${j + 1}_s`, dir, cy, sx));
    z = b.quant(`z${j + 1}`, b.addsub(`z${j + 1}_s`, `~${dir}`, z, ang));
  });
  b.note('e^r = x + y; e^-|x| = 2^-k · e^r: shifts past the word all round alike, so k is clamped');
  const er = b.quant('er', b.add('er_s', cx, cy));
  const kMax = er.width + 1; // |er|·2^−kMax < ¼ LSB: every larger k rounds the same way
  const kc = k.hi > kMax ? b.mux('kc', b.cmp(k, '>', kMax), b.konst(BigInt(kMax), 0), k) : k;
  const sh = b.sub('sh', b.konst(BigInt(kMax), 0), kc);
  const e = b.quant('e', b.scale(b.shlVar('e_sh', er, sh), kMax));
  b.note('σ = 1/(1 + e) for x ≥ 0, e/(1 + e) for x < 0: one divider, numerator selected');
  const one = b.constExact(1);
  const den = b.add('den', one, e);
  const num = b.mux('num', b.cmp(xq, '<', 0), e, one);
  return divQuant(b, 'y_q', num, den);
}

export function cordicHls(h: HlsCtx, cfg: Record<string, number>): void {
  const { shifts, angles, invGain } = constants(cfg.iterations);
  const { W, I, F } = h;
  const maxShift = Math.max(...shifts);
  const kMax = W + 2; // er is a data_t: |er|·2^−kMax < ¼ LSB
  const c = quantize(1 / Math.LN2, h.fmt);
  const amax = h.fmt.signed ? 2 ** (I - 1) : 2 ** I;
  const kMin = c < 0 ? Math.round(amax * c) : 0;
  const iD = Math.max(I, 1) + 1; // 1 + e exactly
  const iK = Math.max(2 * I, 1) + 2; // |x|/ln2 + ½ exactly
  const fK = Math.max(2 * F, 1);
  const fD = Math.max(F, 0);
  emit(h,
    `typedef ${ufix(W, I)} mag_t;  // |x|: the sign bit becomes an integer bit, so |min| fits`,
    `typedef ${h.kind}<${W + maxShift}, ${I}> wide_t;  // ${maxShift} spare fraction bits: the micro-rotation shifts are exact`,
    `typedef ${h.kind}<${W + kMax - kMin}, ${I - kMin}> exp_t;  // room for e^r·2^-k, k ≤ ${kMax}${kMin < 0 ? `, k ≥ ${kMin}` : ''}`,
    `typedef ${h.kind}<${iD + fD}, ${iD}> den_t;  // 1 + e, exact`,
    `const data_t inv_ln2 = ${cppDouble(1 / Math.LN2)}, ln2 = ${cppDouble(Math.LN2)};`,
    `const data_t inv_gain = ${cppDouble(invGain)};  // 1/K for ${shifts.length} micro-rotations`,
  );
  table(h, 'atanh_tab', 'data_t', angles, 'atanh 2^-i, rounded to data_t on initialisation');
  emit(h, `static const unsigned char shift_tab[${shifts.length}] = {${shifts.join(', ')}};  // i = 1, 2, 3, 4, 4, …: 4 and 13 repeat`, '');
  emit(h,
    'mag_t a = x < 0 ? mag_t(-x) : mag_t(x);',
    '// Range reduction: k = round(|x|/ln2) (ties up), z = k·ln2 − |x|',
    `${sfix(iK + fK, iK)} kr = a * inv_ln2 + ${ufix(1, 0)}(0.5);`,
    'int k = kr.to_int();  // truncates toward zero',
    ...(c < 0 ? ['if (kr < k) k -= 1;  // floor for negative kr'] : []),
    'data_t z = k * ln2 - a;',
    'data_t cx = inv_gain, cy = 0;',
    `for (int j = 0; j < ${shifts.length}; j++) {`,
    '#pragma HLS UNROLL',
    '  wide_t cxw = cx, cyw = cy;',
    '  data_t sx = cxw >> shift_tab[j];  // rounded on assignment',
    '  data_t sy = cyw >> shift_tab[j];',
    '  if (z >= 0) {',
    '    cx = cx + sy; cy = cy + sx; z = z - atanh_tab[j];',
    '  } else {',
    '    cx = cx - sy; cy = cy - sx; z = z + atanh_tab[j];',
    '  }',
    '}',
    'data_t er = cx + cy;  // e^r',
    `if (k > ${kMax}) k = ${kMax};  // shifts past the word all round alike`,
    'exp_t erw = er;',
    'data_t e = erw >> k;  // e^-|x| = 2^-k·e^r',
    '// σ = 1/(1 + e) for x ≥ 0, e/(1 + e) for x < 0',
    'den_t den = e + 1;',
    'den_t num = x < 0 ? den_t(e) : den_t(1);',
    'data_t y;',
  );
  jamDivide(h, 'y', 'num', 'den', { iNum: iD, fNum: fD, iDen: iD, fDen: fD, signs: h.fmt.signed });
  emit(h, 'return y;');
}
