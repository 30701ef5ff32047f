import { formatNumber } from '../../components/plot/scales';
import type { Quadratic } from '../../engine';

/** A number for KaTeX: engine's compact format, with the scientific "e" as ×10^. */
export function tex(v: number, digits = 4): string {
  const s = formatNumber(v, digits).replace(/−/g, '-');
  const m = /^(-?[\d.]+)e(-?\d+)$/.exec(s);
  return m ? `${m[1]}\\times10^{${m[2]}}` : s;
}

/** "+ 0.5x" / "- 0.5x": a signed term, so the polynomial reads naturally. */
function term(v: number, unit: string): string {
  return `${v < 0 ? '-' : '+'} ${tex(Math.abs(v))}${unit}`;
}

/** a(x) = a₂x² + a₁x + a₀ with the live coefficients; the x² term is shown even when 0, since that 0 is the point. */
export function quadraticLatex(q: Quadratic): string {
  return `a(x) = ${tex(q.a2)}\\,x^2 ${term(q.a1, '\\,x')} ${term(q.a0, '')}`;
}

export function linearLatex(w: number, b: number): string {
  return `w = ${tex(w)}, \\quad b = ${tex(b)}`;
}
