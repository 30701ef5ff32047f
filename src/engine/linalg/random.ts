/** Seeded random matrices: the same seed always gives the same numbers. */
import { checkInteger, checkNonNegative } from '../numeric/errors';
import { createRng } from '../random';
import { checkDim, createMatrix, determinant, type Matrix } from './matrix';

export interface RandomMatrixOptions {
  /** Entries are uniform in [lo, hi]; default [−1, 1]. */
  lo?: number;
  hi?: number;
  /**
   * Round every entry to a multiple of this (e.g. 0.1), so it prints exactly with a few
   * digits and a reader can redo the arithmetic from what is on screen. 0 = no rounding.
   */
  quantum?: number;
}

function checkOptions({ lo = -1, hi = 1, quantum = 0 }: RandomMatrixOptions): Required<RandomMatrixOptions> {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo >= hi) throw new RangeError(`lo/hi must be finite with lo < hi, got [${lo}, ${hi}]`);
  checkNonNegative('quantum', quantum);
  return { lo, hi, quantum };
}

function draw(next: () => number, o: Required<RandomMatrixOptions>): number {
  const v = o.lo + (o.hi - o.lo) * next();
  if (o.quantum === 0) return v;
  // toFixed after rounding so 3 × 0.1 is stored as 0.3, not 0.30000000000000004.
  const steps = Math.round(v / o.quantum);
  const decimals = Math.max(0, Math.ceil(-Math.log10(o.quantum)));
  return Number((steps * o.quantum).toFixed(decimals)) + 0; // + 0 turns −0 into 0
}

export function randomMatrix(rows: number, cols: number, seed: number, options: RandomMatrixOptions = {}): Matrix {
  checkDim('rows', rows);
  checkDim('cols', cols);
  const o = checkOptions(options);
  const rng = createRng(seed);
  const m = createMatrix(rows, cols);
  for (let k = 0; k < m.data.length; k++) m.data[k] = draw(rng.next, o);
  return m;
}

export interface LayerStackOptions extends RandomMatrixOptions {
  /** Redraw any square layer with |det| below this, so no single layer flattens the plane. */
  minAbsDet?: number;
}

export const MAX_STACK = 64;

/**
 * `count` random n×n layers from one seed, drawn in order: the first k layers are the same
 * whatever `count` is, so adding a layer keeps the ones already shown.
 */
export function randomLayerStack(count: number, n: number, seed: number, options: LayerStackOptions = {}): Matrix[] {
  checkInteger('count', count, 1, MAX_STACK);
  checkDim('n', n);
  const o = checkOptions(options);
  const minDet = options.minAbsDet ?? 0;
  checkNonNegative('minAbsDet', minDet);
  const rng = createRng(seed);
  const out: Matrix[] = [];
  for (let l = 0; l < count; l++) {
    let m: Matrix;
    let tries = 0;
    do {
      m = createMatrix(n, n);
      for (let k = 0; k < m.data.length; k++) m.data[k] = draw(rng.next, o);
      if (++tries > 1000) throw new RangeError(`minAbsDet ${minDet} is unreachable with entries in [${o.lo}, ${o.hi}]`);
    } while (Math.abs(determinant(m)) < minDet);
    out.push(m);
  }
  return out;
}
