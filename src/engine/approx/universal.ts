/**
 * Universal approximation, made concrete (Cybenko 1989; Hornik, Stinchcombe & White 1989):
 * a 1-D target on [−1, 1] built from n hidden units h_i(x) = f(s·(x − c_i)) with fixed, evenly
 * spaced centres, and output weights fitted by least squares, y(x) = b + Σ w_i h_i(x). Fixing
 * the hidden layer makes the fit a linear problem with one exact answer (no seed, no training
 * run): what is left to see is how the error falls as n grows.
 */
import { sigmoid } from '../numeric';
import { leastSquaresQR } from './lstsq';

export type ApproxUnitKind = 'sigmoid' | 'relu';
export const APPROX_UNIT_KINDS: readonly ApproxUnitKind[] = ['sigmoid', 'relu'];
export type ApproxTargetName = 'sine' | 'bump' | 'step' | 'kink';
export const APPROX_TARGETS: readonly ApproxTargetName[] = ['sine', 'bump', 'step', 'kink'];
/** The domain every target lives on. */
export const APPROX_DOMAIN: readonly [number, number] = [-1, 1];
/** Grid points the fit and its error use. */
export const APPROX_GRID = 201;
export const APPROX_MAX_UNITS = 40;
/** A sigmoid's slope in units of 1/spacing: its 12–88 % rise spans about one spacing. */
const SHARPNESS = 4;

/** The preset targets: smooth, localised, discontinuous and kinked. */
export function approxTarget(name: ApproxTargetName, x: number): number {
  switch (name) {
    case 'sine':
      return Math.sin(2 * Math.PI * x);
    case 'bump':
      return Math.exp(-((x - 0.2) ** 2) / (2 * 0.15 ** 2));
    case 'step':
      return x >= 0.3 ? 1 : 0;
    case 'kink':
      return Math.abs(x) - 0.5;
  }
}

/** A drawn target: values at evenly spaced points over the domain, joined by straight lines. */
export function drawnTarget(points: ArrayLike<number>, x: number): number {
  const k = points.length;
  if (k < 2) throw new RangeError(`points must hold at least 2 values, got ${k}`);
  const [lo, hi] = APPROX_DOMAIN;
  const t = Math.min(k - 1, Math.max(0, ((x - lo) / (hi - lo)) * (k - 1)));
  const i = Math.min(k - 2, Math.floor(t));
  return points[i] + (t - i) * (points[i + 1] - points[i]);
}

/** The fit grid: APPROX_GRID evenly spaced x over the domain (exact endpoints). */
export function approxGrid(m = APPROX_GRID): Float64Array {
  const [lo, hi] = APPROX_DOMAIN;
  return Float64Array.from({ length: m }, (_, i) => lo + ((hi - lo) * i) / (m - 1));
}

export interface ApproxUnits {
  kind: ApproxUnitKind;
  centres: Float64Array;
  /** Sigmoid slope s (ReLU units have slope 1). */
  slope: number;
}

/** n evenly spaced units: sigmoids centred in n equal cells; ReLU hinges at the cells' left edges. */
export function approxUnits(kind: ApproxUnitKind, n: number): ApproxUnits {
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new RangeError(`n must be an integer in [1, 1000], got ${n}`);
  const [lo, hi] = APPROX_DOMAIN;
  const d = (hi - lo) / n;
  const centres = Float64Array.from({ length: n }, (_, i) => lo + (kind === 'sigmoid' ? (i + 0.5) * d : i * d));
  return { kind, centres, slope: kind === 'sigmoid' ? SHARPNESS / d : 1 };
}

/** One hidden unit's output at x. */
export function approxUnitOutput(units: ApproxUnits, i: number, x: number): number {
  const z = units.slope * (x - units.centres[i]);
  return units.kind === 'sigmoid' ? sigmoid(z) : Math.max(0, z);
}

export interface ApproxFit {
  units: ApproxUnits;
  weights: Float64Array;
  bias: number;
  /** b + Σ w_i h_i at each grid x. */
  fitted: Float64Array;
  /** Root-mean-square and largest error over the grid. */
  rmse: number;
  maxErr: number;
}

/** Output weights and bias by least squares on the grid (xs, ys). */
export function fitApproxUnits(kind: ApproxUnitKind, n: number, xs: ArrayLike<number>, ys: ArrayLike<number>): ApproxFit {
  const m = xs.length;
  if (ys.length !== m) throw new RangeError(`ys must hold ${m} values like xs, got ${ys.length}`);
  if (m < n + 1) throw new RangeError(`the grid needs at least n + 1 = ${n + 1} points, got ${m}`);
  for (let i = 0; i < m; i++) if (!Number.isFinite(ys[i])) throw new RangeError(`ys[${i}] must be a finite number, got ${ys[i]}`);
  const units = approxUnits(kind, n);
  const cols = n + 1;
  const a = new Float64Array(m * cols);
  for (let r = 0; r < m; r++) {
    a[r * cols] = 1;
    for (let j = 0; j < n; j++) a[r * cols + j + 1] = approxUnitOutput(units, j, xs[r]);
  }
  const w = leastSquaresQR(a, m, cols, ys);
  const fitted = new Float64Array(m);
  let sq = 0;
  let maxErr = 0;
  for (let r = 0; r < m; r++) {
    let s = 0;
    for (let j = 0; j < cols; j++) s += a[r * cols + j] * w[j];
    fitted[r] = s;
    const e = Math.abs(s - ys[r]);
    sq += e * e;
    if (e > maxErr) maxErr = e;
  }
  return { units, weights: w.slice(1), bias: w[0], fitted, rmse: Math.sqrt(sq / m), maxErr };
}

/** Each unit's contribution w_i·h_i(x) on the grid: the pieces the sum is made of. */
export function approxContributions(fit: ApproxFit, xs: ArrayLike<number>): Float64Array[] {
  return Array.from(fit.weights, (w, i) => Float64Array.from(xs, (x) => w * approxUnitOutput(fit.units, i, x)));
}

/**
 * The widths the error-vs-n plot samples: every n up to 6, then about 25 % apart up to the
 * maximum. Roughly even on the plot's log axis, and a fifth of the work of every n (the
 * big fits dominate), so a new target is re-plotted within a frame or two.
 */
export function approxErrorWidths(nMax = APPROX_MAX_UNITS): number[] {
  const out: number[] = [];
  for (let n = 1; n <= nMax; n = n < 6 ? n + 1 : Math.max(n + 1, Math.round(n * 1.25))) out.push(n);
  // End exactly at the maximum, without a last step too short to see.
  const last = out.length - 1;
  if (out[last] !== nMax) out[nMax - out[last] < 0.15 * nMax && last > 0 ? last : last + 1] = nMax;
  return out;
}

/** RMS error of the fit at each width of `widths`: how the error falls as units are added. */
export function approxErrorCurve(kind: ApproxUnitKind, xs: ArrayLike<number>, ys: ArrayLike<number>, widths: readonly number[] = approxErrorWidths()): Float64Array {
  return Float64Array.from(widths, (n) => fitApproxUnits(kind, n, xs, ys).rmse);
}
