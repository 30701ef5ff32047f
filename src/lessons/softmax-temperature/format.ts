import { formatNumber } from '../../components/plot/scales';

/**
 * Display helpers. A probability of 0.999999998 must not read "100%" and 2e−9 must not
 * read "0%": both would hide exactly what the temperature slider is teaching.
 */
export function pct(p: number): string {
  if (p === 1) return '100%';
  if (p === 0) return '0%';
  if (p >= 0.9995) return '>99.9%';
  if (p < 0.0005) return '<0.1%';
  return `${(p * 100).toFixed(1)}%`;
}

/** A probability with its distance from 1 spelled out when it is that close. */
export function formatProb(p: number): string {
  if (p > 0.9999 && p < 1) return `1 − ${formatNumber(1 - p, 3)}`;
  return formatNumber(p, 4);
}

/** A number as KaTeX source: 2.061e−9 becomes 2.061\times10^{-9}. */
export function texNum(v: number, digits = 4): string {
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return Number.isNaN(v) ? '\\text{NaN}' : v > 0 ? '\\infty' : '-\\infty';
  const a = Math.abs(v);
  if (a >= 1e-3 && a < 1e5) return String(Number(v.toPrecision(digits)));
  const [m, e] = v.toExponential(digits - 1).split('e');
  return `${Number(m)}\\times10^{${Number(e)}}`;
}
