/**
 * KaTeX source for vectors and matrices with live numbers, shared by the lessons that
 * show linear algebra step by step. Numbers go through `format` so the page shows the
 * same digits everywhere; a minus sign is TeX's own.
 */
export type NumberFormat = (v: number) => string;

/** Up to `sig` significant digits, no exponent clutter for ordinary sizes; 1e-5 as 10^{…}. */
export function texNumber(v: number, sig = 4): string {
  if (Number.isNaN(v)) return '\\text{NaN}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  if (v === 0) return '0';
  const s = String(Number(v.toPrecision(sig)));
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return m ? `${m[1]}\\times 10^{${Number(m[2])}}` : s;
}

/** rows of numbers → \begin{bmatrix} … \end{bmatrix}. */
export function bmatrix(rows: readonly (readonly number[])[], format: NumberFormat = (v) => texNumber(v)): string {
  return `\\begin{bmatrix}${rows.map((r) => r.map(format).join(' & ')).join(' \\\\ ')}\\end{bmatrix}`;
}

/** A column vector. */
export function columnVector(v: ArrayLike<number>, format: NumberFormat = (x) => texNumber(x)): string {
  return bmatrix(Array.from(v, (x) => [x]), format);
}
