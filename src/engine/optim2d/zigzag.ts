/**
 * Gradient descent on two weights of a linear unit, fed either by sigmoid outputs (all
 * positive) or by the same numbers with their mean removed. Pure, deterministic (seeded).
 * The inputs come from the engine's seeded RNG and σ; this file does the 2×2 algebra of a
 * least-squares loss for the saturation lesson's zig-zag widget.
 *
 * Loss: L(w) = (1/2n) Σ (w·xᵢ − yᵢ)² with yᵢ = w*·xᵢ, which is exactly
 * ½ (w − w*)ᵀ H (w − w*) with H = (1/n) Σ xᵢxᵢᵀ, so contours and path need only H.
 */
import { sigmoid } from '../numeric';
import { checkInteger, checkPositive } from '../numeric/errors';
import { createRng } from '../random';

export type Vec2 = [number, number];
/** Symmetric 2×2 matrix [a b; b d]. */
export interface Sym2 {
  a: number;
  b: number;
  d: number;
}

export const W_STAR: Vec2 = [1.5, -0.5];
export const W_START: Vec2 = [-1.5, -1.6];
export const DOMAIN: [number, number] = [-2.5, 2.5];

/** n sigmoid activations of two units (as a previous layer would emit), optionally centred. */
export function makeInputs(seed: number, n: number, centred: boolean): Float64Array {
  checkInteger('n', n, 1);
  const rng = createRng(seed);
  const x = new Float64Array(2 * n);
  for (let i = 0; i < 2 * n; i++) x[i] = sigmoid(rng.normal());
  if (centred) {
    for (let j = 0; j < 2; j++) {
      let m = 0;
      for (let i = 0; i < n; i++) m += x[2 * i + j];
      m /= n;
      for (let i = 0; i < n; i++) x[2 * i + j] -= m;
    }
  }
  return x;
}

/** H = (1/n) Σ xxᵀ: the loss's curvature (its Hessian). */
export function secondMoment(x: Float64Array): Sym2 {
  const n = x.length / 2;
  let a = 0, b = 0, d = 0;
  for (let i = 0; i < n; i++) {
    const u = x[2 * i], v = x[2 * i + 1];
    a += u * u;
    b += u * v;
    d += v * v;
  }
  return { a: a / n, b: b / n, d: d / n };
}

/** Eigenvalues of a symmetric 2×2 matrix, largest first. */
export function eigenvalues(h: Sym2): [number, number] {
  const m = (h.a + h.d) / 2;
  const r = Math.hypot((h.a - h.d) / 2, h.b);
  return [m + r, m - r];
}

export function loss(h: Sym2, w: Vec2, star: Vec2 = W_STAR): number {
  const p = w[0] - star[0], q = w[1] - star[1];
  return 0.5 * (h.a * p * p + 2 * h.b * p * q + h.d * q * q);
}

/** Full-batch gradient descent: w ← w − η H (w − w*). Returns steps + 1 points. */
export function gdPath(h: Sym2, lr: number, steps: number, start: Vec2 = W_START, star: Vec2 = W_STAR): Vec2[] {
  checkPositive('learning rate', lr);
  const path: Vec2[] = [[...start]];
  let [w1, w2] = start;
  for (let k = 0; k < steps; k++) {
    const p = w1 - star[0], q = w2 - star[1];
    w1 -= lr * (h.a * p + h.b * q);
    w2 -= lr * (h.b * p + h.d * q);
    path.push([w1, w2]);
  }
  return path;
}

/** The loss on a g×g grid over DOMAIN², row 0 at the top (w2 = max), for d3.contours. */
export function lossGrid(h: Sym2, g: number): Float64Array {
  const out = new Float64Array(g * g);
  const [lo, hi] = DOMAIN;
  for (let r = 0; r < g; r++) {
    const w2 = hi - ((hi - lo) * r) / (g - 1);
    for (let c = 0; c < g; c++) out[r * g + c] = loss(h, [lo + ((hi - lo) * c) / (g - 1), w2]);
  }
  return out;
}
