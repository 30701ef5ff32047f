/**
 * The one place numbers become text: plot ticks, readouts, prose figures. Every function uses
 * the Unicode minus (−), which reads as a minus in both locales and never line-breaks apart
 * from its number.
 */

const minus = (s: string) => s.replace(/-/g, '−');

/** Compact formatting for readouts: fixed near 1, scientific for tiny or huge. */
export function formatNumber(v: number, digits = 4): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '∞';
  if (v === -Infinity) return '−∞';
  if (v === 0) return '0';
  const a = Math.abs(v);
  // Scientific notation drops trailing zeros of the mantissa: 1e−6, not 1.000e−6.
  const s = a >= 1e-3 && a < 1e5 ? String(Number(v.toPrecision(digits))) : Number(v.toPrecision(digits)).toExponential().replace('e+', 'e');
  return minus(s);
}

/** A prose figure with a fixed number of decimals: formatFixed(88.7228, 2) = "88.72". */
export function formatFixed(v: number, decimals: number): string {
  if (!Number.isFinite(v)) return formatNumber(v);
  return minus(v.toFixed(decimals));
}

/** A fraction as a percentage: formatPercent(0.887, 1) = "88.7%". */
export function formatPercent(fraction: number, decimals = 0): string {
  return `${formatFixed(fraction * 100, decimals)}%`;
}

/** An integer count with thin-space thousands: formatCount(10000) = "10 000". */
export function formatCount(n: number): string {
  return minus(Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u2009'));
}
