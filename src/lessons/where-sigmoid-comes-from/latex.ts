import { formatNumber } from '../../components/plot/scales';
import type { Logistic2D, Quadratic } from '../../engine';

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

/** w = Σ⁻¹(μ₁ − μ₂) and b with the live numbers, and the Σ they came from (shared, or pooled). */
export function planeLatex(l: Logistic2D): [string, string] {
  const S = `\\begin{pmatrix} ${tex(l.cov.xx)} & ${tex(l.cov.xy)} \\\\ ${tex(l.cov.xy)} & ${tex(l.cov.yy)} \\end{pmatrix}`;
  const w = `\\begin{pmatrix} ${tex(l.w[0])} \\\\ ${tex(l.w[1])} \\end{pmatrix}`;
  // Two lines: one would overflow a phone's width.
  return [`\\Sigma${l.exact ? '' : '_{\\text{pooled}}'} = ${S}, \\quad b = ${tex(l.b)}`, `w = \\Sigma^{-1}(\\mu_1 - \\mu_2) = ${w}`];
}
