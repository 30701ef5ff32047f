/**
 * Softmax, log-softmax and log-sum-exp in float64, stable for any finite input.
 *
 * The max m is subtracted first; z_i − m is formed exactly as a double-double (it is the
 * argument of exp, whose relative error is |argument|·δ), so every entry keeps its full
 * relative accuracy down to underflow. The sum is split as S = 1 + R with R the sum over all
 * entries but the (first) argmax, so ln S = log1p(R) and the log-softmax of the largest entry
 * is exact even when it is −1e−20. Entries equal to −Infinity are allowed (masked logits).
 */
import { argmax } from './argmax';
import { checkInteger, checkLogits, checkPositive, show } from './errors';
import { dd, ddDivScalar, expDD, twoSum } from './dd';

/** Scratch results of `prepare`. */
interface Prepared {
  n: number;
  m: number;
  k: number; // first index of the max
  hi: Float64Array; // (z_i − m)/T, high part
  lo: Float64Array; // (z_i − m)/T, low part
  e: Float64Array; // exp((z_i − m)/T)
  rest: number; // Σ_{j≠k} e_j
}

function prepare(z: ArrayLike<number>, temperature: number, name = 'z'): Prepared {
  checkLogits(name, z);
  const T = checkPositive('temperature', temperature);
  const n = z.length;
  const k = argmax(z); // checkLogits: no NaN, at least one finite entry
  const m = z[k];
  const hi = new Float64Array(n);
  const lo = new Float64Array(n);
  const e = new Float64Array(n);
  let rest = 0;
  let comp = 0; // Neumaier compensation
  for (let i = 0; i < n; i++) {
    const zi = z[i];
    let h: number;
    let l = 0;
    if (i === k) {
      h = 0;
    } else if (zi === -Infinity) {
      h = -Infinity;
    } else {
      twoSum(zi, -m);
      if (!Number.isFinite(dd.hi)) {
        // z_i − m overflowed (e.g. −1e308 − 1e308): halve both, the difference is then exact enough.
        h = ((0.5 * zi - 0.5 * m) / T) * 2;
      } else if (T !== 1) {
        ddDivScalar(dd.hi, dd.lo, T);
        h = dd.hi;
        l = dd.lo;
      } else {
        h = dd.hi;
        l = dd.lo;
      }
      if (!Number.isFinite(h)) l = 0;
    }
    hi[i] = h;
    lo[i] = l;
    const ei = h === -Infinity ? 0 : expDD(h, l);
    e[i] = ei;
    if (i !== k) {
      const t = rest + ei;
      comp += Math.abs(rest) >= ei ? rest - t + ei : ei - t + rest;
      rest = t;
    }
  }
  return { n, m, k, hi, lo, e, rest: rest + comp };
}

/** softmax(z / T)_i = e^{z_i/T} / Σ_j e^{z_j/T}. */
export function softmax(z: ArrayLike<number>, temperature = 1): Float64Array {
  const p = prepare(z, temperature);
  const s = 1 + p.rest;
  const out = p.e;
  for (let i = 0; i < p.n; i++) out[i] = out[i] / s;
  return out;
}

/** log softmax(z / T)_i = (z_i − m)/T − log1p(Σ_{j≠k} e^{(z_j − m)/T}). Always ≤ 0. */
export function logSoftmax(z: ArrayLike<number>, temperature = 1): Float64Array {
  const p = prepare(z, temperature);
  const L = Math.log1p(p.rest);
  const out = new Float64Array(p.n);
  // hi ≤ 0 and −L ≤ 0 have the same sign: no cancellation.
  for (let i = 0; i < p.n; i++) out[i] = p.hi[i] - L + p.lo[i];
  return out;
}

/** T · ln Σ_i e^{z_i/T} = m + T·log1p(Σ_{j≠k} e^{(z_j − m)/T}); ≥ max(z). */
export function logSumExp(z: ArrayLike<number>, temperature = 1): number {
  const p = prepare(z, temperature);
  return p.m + temperature * Math.log1p(p.rest);
}

/**
 * −log softmax(z)_target without building the whole vector (cross-entropy with logits),
 * and the gradient softmax − onehot with the target entry formed as −R_t/S (no 1 − p
 * cancellation). Internal helpers for losses.ts.
 */
export function negLogSoftmaxAt(z: ArrayLike<number>, target: number, name: string): number {
  const p = prepare(z, 1, name);
  return Math.log1p(p.rest) - p.hi[target] - p.lo[target];
}

export function softmaxMinusOneHot(z: ArrayLike<number>, target: number, name: string): Float64Array {
  const p = prepare(z, 1, name);
  const s = 1 + p.rest;
  const out = new Float64Array(p.n);
  let others = 0; // Σ_{j≠target} e_j
  for (let i = 0; i < p.n; i++) {
    out[i] = p.e[i] / s;
    if (i !== target) others += p.e[i];
  }
  out[target] = -others / s;
  return out;
}

type FloatArray = Float32Array | Float64Array;

function checkRows(out: FloatArray, x: FloatArray, rows: number, cols: number): number {
  checkInteger('rows', rows, 0);
  checkInteger('cols', cols, 1);
  const n = rows * cols;
  if (x.length < n) throw new RangeError(`x must have at least rows*cols = ${n} elements, got ${x.length}`);
  if (out.length < n) throw new RangeError(`out must have at least rows*cols = ${n} elements, got ${out.length}`);
  return n;
}

/** Index of the first max of row [a, b); throws on NaN / +Infinity / an all −Infinity row. */
function rowMax(x: FloatArray, a: number, b: number): number {
  let k = a;
  let m = -Infinity;
  for (let j = a; j < b; j++) {
    const v = x[j];
    if (!(v < Infinity)) throw new RangeError(`x[${j}] must be a finite number or -Infinity, got ${show(v)}`);
    if (v > m) {
      m = v;
      k = j;
    }
  }
  if (m === -Infinity) throw new RangeError(`row ${(a / (b - a)) | 0} of x must have a finite entry, got all -Infinity`);
  return k;
}

/** Row-wise softmax of a rows×cols row-major matrix into `out` (may be x itself). */
export function softmaxRows<T extends FloatArray>(out: T, x: FloatArray, rows: number, cols: number): T {
  checkRows(out, x, rows, cols);
  for (let r = 0; r < rows; r++) {
    const a = r * cols;
    const b = a + cols;
    const m = x[rowMax(x, a, b)];
    let s = 0;
    for (let j = a; j < b; j++) {
      const e = Math.exp(x[j] - m);
      out[j] = e;
      s += e;
    }
    for (let j = a; j < b; j++) out[j] = out[j] / s;
  }
  return out;
}

/** Row-wise log-softmax into `out` (may be x itself); the max entry gets −log1p(rest) exactly. */
export function logSoftmaxRows<T extends FloatArray>(out: T, x: FloatArray, rows: number, cols: number): T {
  checkRows(out, x, rows, cols);
  for (let r = 0; r < rows; r++) {
    const a = r * cols;
    const b = a + cols;
    const k = rowMax(x, a, b);
    const m = x[k];
    let rest = 0;
    for (let j = a; j < b; j++) if (j !== k) rest += Math.exp(x[j] - m);
    const L = Math.log1p(rest);
    for (let j = a; j < b; j++) out[j] = x[j] - m - L;
  }
  return out;
}
