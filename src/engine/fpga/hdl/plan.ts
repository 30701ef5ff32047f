/**
 * PLAN in hardware: three comparators pick the segment, the slope is a shift (wiring), one
 * adder adds the segment's offset, and one subtractor mirrors the negative side: 1 − y.
 * Mirrors approx/plan.ts planWith: q(|x|·2^−s) and the sum are stored, the thresholds are
 * compared exactly.
 */
import { emit, ufix, type HlsCtx } from './hls';
import type { Rtl, Sig } from './rtl';
import { cppDouble } from './words';

/** Segments of |x| below 5: [threshold, slope shift, offset]. */
const SEGMENTS: readonly (readonly [number, number, number])[] = [
  [2.375, 5, 0.84375],
  [1, 3, 0.625],
  [0, 2, 0.5],
];

export function planRtl(b: Rtl, xq: Sig): Sig {
  b.note('|x|: one bit wider than x, so |min| is exact');
  const a = b.abs('a', xq);
  const ys = SEGMENTS.map(([, s, c], k) => {
    b.note(`segment ${k + 1}: |x|/${2 ** s} + ${c} (the slope is a shift: wiring only)`);
    const t = b.quant(`t${k + 1}`, b.scale(a, s));
    return b.quant(`y${k + 1}`, b.add(`s${k + 1}`, t, b.constQ(c)));
  });
  b.note('pick the segment: |x| ≥ 5 saturates at 1');
  let y = ys[2];
  y = b.mux('y_lo', b.cmp(a, '>=', 1), ys[1], y);
  y = b.mux('y_mid', b.cmp(a, '>=', 2.375), ys[0], y);
  y = b.mux('y_pos', b.cmp(a, '>=', 5), b.constQ(1), y);
  b.note('negative x: σ(−a) = 1 − σ(a)');
  const yn = b.quant('y_neg', b.sub('one_minus', b.constExact(1), y));
  return b.mux('y_q', b.cmp(xq, '<', 0), yn, y);
}

export function planHls(h: HlsCtx): void {
  const { W, I } = h;
  emit(h,
    `typedef ${ufix(W + 5, I)} mag_t;  // |x| (the sign bit becomes an integer bit, so |min| fits) with 5 spare fraction bits: the shifts below are exact`,
    '',
    'mag_t a = x < 0 ? mag_t(-x) : mag_t(x);',
    'data_t y;',
    `if (a >= 5) {`,
    '  y = 1.0;',
  );
  for (const [th, s, c] of SEGMENTS) {
    emit(h,
      th > 0 ? `} else if (a >= ${th}) {` : '} else {',
      `  data_t t = a >> ${s};  // |x|/${2 ** s}: rounded on assignment`,
      `  y = t + data_t(${cppDouble(c)});`,
    );
  }
  emit(h, '}', `if (x < 0) y = 1 - y;  // σ(−a) = 1 − σ(a)`, 'return y;');
}
