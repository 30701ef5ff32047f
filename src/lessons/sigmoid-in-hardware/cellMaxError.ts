/**
 * The workbench's max |error| (errorStats over the same grid), computed per input cell instead
 * of per grid point, so the lesson's prose can quote fixed-point figures at page load.
 *
 * Through an ap_fixed datapath every method first stores x, so its output is constant on each
 * cell of grid points that store to the same word; σ is monotone, so within a cell |ŷ − σ(x)|
 * is largest at the cell's first or last grid point. That gives errorStats' maxAbs exactly
 * (cellMaxError.test.ts checks equality with the table's methodStats for every method) with
 * one evaluation per cell — 256 for ap_fixed<8,2> — instead of one per grid point.
 */
import { fpgaSigmoidExact, formatStep, quantizer, type FixedFormat } from '../../engine';
import { errorWindow, STAT_SAMPLES } from './stats';

/** Grid points that store to one input word: the first and last x, and σ there. */
export interface InputCell {
  a: number;
  b: number;
  sa: number;
  sb: number;
}

/** errorStats' grid: lo + span·k/(n − 1), with hi hit exactly. */
const gridX = (lo: number, hi: number, n: number, k: number): number => (k === n - 1 ? hi : lo + ((hi - lo) * k) / (n - 1));

/** The cells of the workbench's error grid for a fixed-point format (the window never overflows). */
export function inputCells(fmt: FixedFormat, samples = STAT_SAMPLES): InputCell[] {
  const q = quantizer(fmt).q;
  const [lo, hi] = errorWindow(fmt);
  const X = (k: number) => gridX(lo, hi, samples, k);
  // Grid points per cell, rounded up: a first guess at where the cell ends.
  const width = Math.ceil((formatStep(fmt) * (samples - 1)) / (hi - lo)) + 1;
  const cells: InputCell[] = [];
  let k = 0;
  while (k < samples) {
    const c = q(X(k));
    let j = Math.min(samples - 1, k + width);
    while (j > k && q(X(j)) !== c) j--;
    while (j + 1 < samples && q(X(j + 1)) === c) j++;
    const a = X(k);
    const b = X(j);
    cells.push({ a, b, sa: fpgaSigmoidExact(a), sb: fpgaSigmoidExact(b) });
    k = j + 1;
  }
  return cells;
}

/**
 * Max |f(x) − σ(x)| over the grid, for an f that depends on x only through the stored input
 * word (every method through a fixed-point datapath does). NaN counts as infinitely bad, as in
 * errorStats.
 */
export function cellMaxError(f: (x: number) => number, cells: readonly InputCell[]): number {
  let max = -1;
  for (const { a, sa, sb } of cells) {
    const y = f(a);
    const e = Math.max(Math.abs(y - sa), Math.abs(y - sb));
    const err = Number.isNaN(e) ? Infinity : e;
    if (err > max) max = err;
  }
  return max;
}
