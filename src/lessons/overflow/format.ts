import { formatNumber } from '../../components/plot/scales';
import { precisions, type Precision } from '../../engine';
import type { Option } from '../../components/fields';

/** A table cell's text; ∞ and NaN are spelled out so they never rely on colour alone. */
export function cell(v: number, digits = 5): string {
  return formatNumber(v, digits);
}

/** True for the values the step tables flag: overflow (±∞) and NaN. */
export const isBad = (v: number) => !Number.isFinite(v);

/** Every significant digit a double can carry (17), trailing zeros trimmed — shows what rounding did. */
export function fullDigits(v: number): string {
  if (!Number.isFinite(v) || v === 0) return formatNumber(v);
  const s = v.toPrecision(17);
  const [mant, exp] = s.split('e');
  const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
  return (exp ? `${m}e${exp.replace('+', '')}` : m).replace(/-/g, '−');
}

export const PRECISION_OPTIONS: readonly Option<Precision>[] = precisions.map((p) => ({ value: p, label: p }));

/** Fixed decimals with a typographic minus, for aligned threshold columns. */
export const fixed = (v: number, digits: number) => v.toFixed(digits).replace('-', '−');
