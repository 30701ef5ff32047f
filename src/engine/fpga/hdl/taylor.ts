/**
 * Taylor series in hardware: x² at full width (exact, as approx/taylor.ts keeps it), then
 * Horner in x² — one multiplier and one adder per odd term, each product and sum stored —
 * and the final ×x and +½. Mirrors taylorWith.
 */
import { TAYLOR_COEFFS } from '../approx/taylor';
import { emit, type HlsCtx } from './hls';
import type { Rtl, Sig } from './rtl';
import { cppDouble } from './words';

const oddTerms = (order: number): number => Math.floor((order + 1) / 2);

export function taylorRtl(b: Rtl, xq: Sig, cfg: Record<string, number>): Sig {
  const m = oddTerms(cfg.order);
  b.note(`Horner in x²: p = c${2 * m - 1}; p = q(q(p·x²) + c_k) down to c1; y = q(q(x·p) + ½)`);
  const x2 = m > 1 ? b.mul('x2', xq, xq) : undefined; // exact: kept at full width
  let p = b.constQ(TAYLOR_COEFFS[m - 1]);
  for (let k = m - 2; k >= 0 && x2; k--) {
    const t = b.quant(`px2_${2 * k + 1}`, b.mul(`px2_${2 * k + 1}_p`, p, x2));
    p = b.quant(`p${2 * k + 1}`, b.add(`p${2 * k + 1}_s`, t, b.constQ(TAYLOR_COEFFS[k])));
  }
  const xp = b.quant('xp', b.mul('xp_p', xq, p));
  return b.quant('y_q', b.add('y_s', xp, b.constQ(0.5)));
}

export function taylorHls(h: HlsCtx, cfg: Record<string, number>): void {
  const m = oddTerms(cfg.order);
  const { W, I } = h;
  if (m > 1) {
    emit(h, `typedef ${h.kind}<${2 * W}, ${2 * I}> sq_t;  // x² at full width: exact`, '', 'sq_t x2 = x * x;');
  }
  emit(h, `// c1, c3, …: the Maclaurin coefficients of σ − ½`);
  for (let k = 0; k < m; k++) emit(h, `const data_t c${2 * k + 1} = ${cppDouble(TAYLOR_COEFFS[k])};`);
  emit(h, `data_t p = c${2 * m - 1};`);
  for (let k = m - 2; k >= 0; k--) emit(h, `p = data_t(p * x2) + c${2 * k + 1};  // Horner step: the product is stored, then the sum`);
  emit(h, 'data_t y = data_t(x * p) + data_t(0.5);', 'return y;');
}
