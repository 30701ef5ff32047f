/** Points pushed through a stack of layers, with or without a nonlinearity between them. */
import { activationNames, activations, type ActivationName } from '../numeric';
import { checkInteger, checkName, checkPositive } from '../numeric/errors';
import type { Matrix } from './matrix';

/**
 * Applies x ↦ W_L f(⋯ f(W_2 f(W_1 x))) to every point. `points` holds n points of
 * dimension layers[0].cols, row-major. The activation acts *between* layers (after every
 * layer but the last); with `activation` null the map is linear and equals chainProduct.
 */
export function transformPoints(layers: readonly Matrix[], points: ArrayLike<number>, activation: ActivationName | null = null): Float64Array {
  if (layers.length === 0) throw new RangeError('layers must hold at least one matrix, got 0');
  if (activation !== null) checkName('activation', activation, activationNames);
  const dIn = layers[0].cols;
  if (points.length % dIn !== 0) throw new RangeError(`points must hold whole points of dimension ${dIn}, got length ${points.length}`);
  for (let l = 1; l < layers.length; l++) {
    if (layers[l].cols !== layers[l - 1].rows) throw new RangeError(`layers[${l}] must have ${layers[l - 1].rows} columns, got ${layers[l].cols}`);
  }
  const n = points.length / dIn;
  const dOut = layers[layers.length - 1].rows;
  const out = new Float64Array(n * dOut);
  const f = activation === null ? null : activations[activation].f;
  let cur = new Float64Array(Math.max(...layers.map((m) => Math.max(m.rows, m.cols))));
  let nxt = new Float64Array(cur.length);
  for (let p = 0; p < n; p++) {
    for (let i = 0; i < dIn; i++) cur[i] = points[p * dIn + i];
    layers.forEach((W, l) => {
      for (let r = 0; r < W.rows; r++) {
        let s = 0;
        for (let c = 0; c < W.cols; c++) s += W.data[r * W.cols + c] * cur[c];
        nxt[r] = f !== null && l < layers.length - 1 ? f(s) : s;
      }
      [cur, nxt] = [nxt, cur];
    });
    for (let i = 0; i < dOut; i++) out[p * dOut + i] = cur[i];
  }
  return out;
}

export interface GridLine {
  /** 'v': x fixed at `at`, y runs; 'h': y fixed at `at`, x runs. */
  axis: 'v' | 'h';
  at: number;
  /** samples points (x, y), interleaved. */
  points: Float64Array;
}

/**
 * The lines of a square grid over [−extent, extent]², `count` lines each way, each line
 * sampled at `samples` points so a nonlinear map can visibly bend it.
 */
export function gridLines(extent: number, count: number, samples: number): GridLine[] {
  checkPositive('extent', extent);
  checkInteger('count', count, 2, 201);
  checkInteger('samples', samples, 2, 10001);
  const at = (k: number, n: number) => -extent + (2 * extent * k) / (n - 1);
  const lines: GridLine[] = [];
  for (const axis of ['v', 'h'] as const) {
    for (let k = 0; k < count; k++) {
      const c = at(k, count);
      const pts = new Float64Array(samples * 2);
      for (let s = 0; s < samples; s++) {
        const t = at(s, samples);
        pts[2 * s] = axis === 'v' ? c : t;
        pts[2 * s + 1] = axis === 'v' ? t : c;
      }
      lines.push({ axis, at: c, points: pts });
    }
  }
  return lines;
}
