import { formatNumber } from '../../components/plot/scales';

/** Readout numbers: 4 significant digits, or 6 where a test or reader compares digits. */
export const fmt = (v: number, digits = 4) => formatNumber(v, digits);

/** Splits a flat row-major 3×3 table into its rows. */
export const rowsOf = (flat: readonly number[]) => [flat.slice(0, 3), flat.slice(3, 6), flat.slice(6, 9)];
