/**
 * Small dense matrices in float64, row-major. Sized for teaching (2×2 up to a few hundred
 * wide), so plain loops; every function validates shapes and throws a RangeError naming
 * the argument, because the lessons build matrices from user-chosen sizes.
 */
import { checkInteger, checkNumber } from '../numeric/errors';

export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  /** rows×cols values, row-major: entry (i, j) is data[i * cols + j]. */
  readonly data: Float64Array;
}

/** A matrix or layer dimension: an integer ≥ 1. */
export function checkDim(name: string, v: number): void {
  checkInteger(name, v, 1);
}

/** A rows×cols matrix from row-major values (copied), or zeros when none are given. */
export function createMatrix(rows: number, cols: number, values?: ArrayLike<number>): Matrix {
  checkDim('rows', rows);
  checkDim('cols', cols);
  const data = new Float64Array(rows * cols);
  if (values !== undefined) {
    if (values.length !== rows * cols) throw new RangeError(`values must hold rows×cols = ${rows * cols} numbers, got ${values.length}`);
    for (let k = 0; k < data.length; k++) {
      const v = values[k];
      data[k] = checkNumber(`values[${k}]`, v);
    }
  }
  return { rows, cols, data };
}

export function identityMatrix(n: number): Matrix {
  checkDim('n', n);
  const m = createMatrix(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

export function entry(m: Matrix, i: number, j: number): number {
  if (!Number.isInteger(i) || i < 0 || i >= m.rows) throw new RangeError(`i must be a row index in [0, ${m.rows - 1}], got ${i}`);
  if (!Number.isInteger(j) || j < 0 || j >= m.cols) throw new RangeError(`j must be a column index in [0, ${m.cols - 1}], got ${j}`);
  return m.data[i * m.cols + j];
}

/** The rows of m as plain arrays (for display and tests). */
export function toRows(m: Matrix): number[][] {
  return Array.from({ length: m.rows }, (_, i) => Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
}

/** a·b; needs a.cols === b.rows. */
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) throw new RangeError(`b must have a.cols = ${a.cols} rows, got ${b.rows} (shapes ${a.rows}×${a.cols} · ${b.rows}×${b.cols})`);
  const out = createMatrix(a.rows, b.cols);
  const { data: A } = a;
  const { data: B } = b;
  const O = out.data;
  const n = a.cols;
  const p = b.cols;
  // i-k-j order: the inner loop walks rows of b and out contiguously.
  for (let i = 0; i < a.rows; i++) {
    for (let k = 0; k < n; k++) {
      const aik = A[i * n + k];
      for (let j = 0; j < p; j++) O[i * p + j] += aik * B[k * p + j];
    }
  }
  return out;
}

/** a·x for a vector x of length a.cols. */
export function matvec(a: Matrix, x: ArrayLike<number>): Float64Array {
  if (x.length !== a.cols) throw new RangeError(`x must have length a.cols = ${a.cols}, got ${x.length}`);
  const out = new Float64Array(a.rows);
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    for (let j = 0; j < a.cols; j++) s += a.data[i * a.cols + j] * x[j];
    out[i] = s;
  }
  return out;
}

/**
 * The single matrix a stack of linear layers collapses into. `layers[0]` is applied first,
 * so the result is W_L ⋯ W_2 · W_1 (each layer maps column vectors: x ↦ W x).
 */
export function chainProduct(layers: readonly Matrix[]): Matrix {
  if (layers.length === 0) throw new RangeError('layers must hold at least one matrix, got 0');
  let acc = layers[0];
  for (let l = 1; l < layers.length; l++) {
    if (layers[l].cols !== acc.rows) {
      throw new RangeError(`layers[${l}] must have ${acc.rows} columns to follow layers[${l - 1}], got ${layers[l].cols}`);
    }
    acc = matmul(layers[l], acc);
  }
  return acc;
}

/** Determinant by Gaussian elimination with partial pivoting. */
export function determinant(m: Matrix): number {
  if (m.rows !== m.cols) throw new RangeError(`m must be square, got ${m.rows}×${m.cols}`);
  const n = m.rows;
  const a = Float64Array.from(m.data);
  let det = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r * n + c]) > Math.abs(a[p * n + c])) p = r;
    const pivot = a[p * n + c];
    if (pivot === 0) return 0;
    if (p !== c) {
      for (let j = 0; j < n; j++) [a[c * n + j], a[p * n + j]] = [a[p * n + j], a[c * n + j]];
      det = -det;
    }
    det *= pivot;
    for (let r = c + 1; r < n; r++) {
      const f = a[r * n + c] / pivot;
      for (let j = c; j < n; j++) a[r * n + j] -= f * a[c * n + j];
    }
  }
  return det;
}
