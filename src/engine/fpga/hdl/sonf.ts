/**
 * SONF in hardware: saturation comparators, |x|/4 (a shift), u = 1 − |x|/4, one squarer,
 * u²/2 (a shift) and the mirror 1 − h for x ≥ 0. Mirrors approx/sonf.ts sonfWith: every
 * stored value is rounded where the emulator calls q().
 */
import { emit, ufix, type HlsCtx } from './hls';
import type { Rtl, Sig } from './rtl';

/** The SONF datapath; also returns |x| for the hybrid to reuse. */
export function sonfRtl(b: Rtl, xq: Sig): { y: Sig; a: Sig } {
  b.note('|x|: one bit wider than x, so |min| is exact');
  const a = b.abs('a', xq);
  b.note('u = 1 − |x|/4 (the /4 is wiring); h = u²/2 (one squarer; the /2 is wiring)');
  const quarter = b.quant('quarter', b.scale(a, 2));
  const u = b.quant('u', b.sub('u_d', b.constExact(1), quarter));
  const sq = b.quant('sq', b.mul('sq_p', u, u));
  const h = b.quant('h', b.scale(sq, 1));
  const yp = b.quant('y_pos', b.sub('y_d', b.constExact(1), h));
  b.note('x ≥ 0: 1 − h; x < 0: h; saturate beyond ±4');
  let y = b.mux('y_in', b.cmp(xq, '>=', 0), yp, h);
  y = b.mux('y_lo', b.cmp(xq, '<=', -4), b.constQ(0), y);
  y = b.mux('y_sonf', b.cmp(xq, '>=', 4), b.constQ(1), y);
  return { y, a };
}

/** Declares mag_t/w1_t and computes `a` (|x|) and `s` (SONF) in the generated C++. */
export function sonfHlsCore(h: HlsCtx, out: string): void {
  const { W, I } = h;
  emit(h,
    `typedef ${ufix(W + 2, I)} mag_t;  // |x| (the sign bit becomes an integer bit, so |min| fits) with 2 spare fraction bits: |x|/4 is exact`,
    `typedef ${h.kind}<${W + 1}, ${I}> w1_t;  // one spare fraction bit: u²/2 is exact`,
    '',
    'mag_t a = x < 0 ? mag_t(-x) : mag_t(x);',
    `data_t ${out};`,
    'if (x >= 4) {',
    `  ${out} = 1.0;`,
    '} else if (x <= -4) {',
    `  ${out} = 0.0;`,
    '} else {',
    '  data_t quarter = a >> 2;  // |x|/4, rounded on assignment',
    '  data_t u = 1 - quarter;',
    '  data_t sq = u * u;        // the squarer',
    '  w1_t sq1 = sq;',
    '  data_t hh = sq1 >> 1;     // u²/2',
    `  ${out} = x >= 0 ? data_t(1 - hh) : hh;`,
    '}',
  );
}

export function sonfHls(h: HlsCtx): void {
  sonfHlsCore(h, 'y');
  emit(h, 'return y;');
}
