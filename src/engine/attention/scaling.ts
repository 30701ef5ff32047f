/**
 * Why attention divides by √d_k. For q, k with independent N(0, 1) entries, q·k is a sum of
 * d_k independent products of variance 1, so its standard deviation is √d_k. Unscaled, the
 * scores of one softmax row spread wider as d_k grows and the row saturates: entropy → 0, the
 * top weight → 1, and the softmax Jacobian diag(w) − wwᵀ → 0 (no gradient flows back).
 * Dividing by √d_k keeps the scores at unit spread whatever d_k is — a softmax temperature of
 * √d_k. Seeded sampling (xoshiro128** + polar normals), float64.
 */
import { checkFinite, checkInteger } from '../numeric/errors';
import { softmax } from '../numeric/softmax';
import { sigmoid } from '../numeric';
import { createRng } from '../random';

export const MAX_ATTENTION_DK = 4096;

export interface AttentionScalingOptions {
  /** Key/query dimension, integer 1..4096. */
  dk: number;
  /** Keys per softmax row, integer 2..256 (default 16). */
  keys?: number;
  /** Query rows averaged over, integer 1..1024 (default 32). */
  queries?: number;
  seed: number;
}

export interface AttentionRowStats {
  /** Mean over rows of the softmax entropy −Σ w ln w (nats); ln(keys) is uniform. */
  meanEntropy: number;
  /** Mean over rows of the largest softmax weight. */
  meanMaxWeight: number;
  /** Mean over rows of ‖diag(w) − wwᵀ‖_F, the size of ∂w/∂scores. */
  meanJacobianNorm: number;
  /** Mean sigmoid gate σ(score) over every query–key pair (0.5 for zero-mean scores). */
  meanGate: number;
}

export interface AttentionScaling {
  dk: number;
  keys: number;
  queries: number;
  /** Sample standard deviation of the raw dot products q·k over all pairs, and √d_k. */
  scoreStd: number;
  analyticStd: number;
  /** Rows of scores q·k (unscaled) and q·k/√d_k. */
  unscaled: AttentionRowStats;
  scaled: AttentionRowStats;
  /** The first row's raw dot products, for display. */
  firstRow: Float64Array;
}

/**
 * ‖diag(w) − wwᵀ‖_F in O(n): the diagonal entries w_i(1 − w_i) squared, plus the off-diagonal
 * Σ_{i≠j} w_i²w_j² = (Σ w_i²)² − Σ w_i⁴. That difference cancels only when one weight holds
 * nearly everything, where the whole norm is tiny anyway (absolute error ~1e−16).
 */
export function softmaxJacobianNorm(w: ArrayLike<number>): number {
  let diag = 0, s2 = 0, s4 = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i];
    const d = x * (1 - x);
    diag += d * d;
    s2 += x * x;
    s4 += x * x * x * x;
  }
  return Math.sqrt(diag + Math.max(0, s2 * s2 - s4));
}

/** Softmax statistics of rows of raw scores, each multiplied by scale first (1/√d_k, or 1 unscaled). */
export function attentionRowStats(rows: readonly ArrayLike<number>[], scale: number): AttentionRowStats {
  checkFinite('scale', scale);
  if (rows.length === 0) throw new RangeError('rows must hold at least one row, got []');
  return rowStats(rows, scale);
}

function rowStats(rows: readonly ArrayLike<number>[], scale: number): AttentionRowStats {
  let ent = 0, top = 0, jac = 0, gate = 0, pairs = 0;
  for (const raw of rows) {
    const z = Array.from(raw, (v) => v * scale);
    const w = softmax(z);
    let h = 0, m = 0;
    for (const x of w) {
      if (x > 0) h -= x * Math.log(x);
      if (x > m) m = x;
    }
    ent += h;
    top += m;
    jac += softmaxJacobianNorm(w);
    for (const v of z) gate += sigmoid(v);
    pairs += z.length;
  }
  return { meanEntropy: ent / rows.length, meanMaxWeight: top / rows.length, meanJacobianNorm: jac / rows.length, meanGate: gate / pairs };
}

/** Draw keys and queries with N(0, 1) entries and measure the softmax rows with and without 1/√d_k. */
export function attentionScaling(opts: AttentionScalingOptions): AttentionScaling {
  const dk = checkInteger('dk', opts.dk, 1, MAX_ATTENTION_DK);
  const keys = checkInteger('keys', opts.keys ?? 16, 2, 256);
  const queries = checkInteger('queries', opts.queries ?? 32, 1, 1024);
  const rng = createRng(checkFinite('seed', opts.seed));
  // Keys first, then queries, each vector's entries in order: the stream is fixed by the seed.
  const draw = () => {
    const v = new Float64Array(dk);
    for (let i = 0; i < dk; i++) v[i] = rng.normal();
    return v;
  };
  const K = Array.from({ length: keys }, draw);
  const rows: Float64Array[] = [];
  let sum = 0, sumSq = 0;
  for (let q = 0; q < queries; q++) {
    const qv = draw();
    const row = new Float64Array(keys);
    for (let j = 0; j < keys; j++) {
      let d = 0;
      const kv = K[j];
      for (let i = 0; i < dk; i++) d += qv[i] * kv[i];
      row[j] = d;
      sum += d;
      sumSq += d * d;
    }
    rows.push(row);
  }
  const n = queries * keys;
  const mean = sum / n;
  const scoreStd = Math.sqrt(Math.max(0, sumSq / n - mean * mean));
  return {
    dk, keys, queries, scoreStd, analyticStd: Math.sqrt(dk),
    unscaled: rowStats(rows, 1),
    scaled: rowStats(rows, 1 / Math.sqrt(dk)),
    firstRow: rows[0],
  };
}
