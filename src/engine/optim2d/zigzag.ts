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

/** An ellipse: centre, semi-axes and the direction of the first axis (radians from +w1 towards +w2). */
export interface Ellipse {
  cx: number;
  cy: number;
  rx: number;
  ry: number;
  angle: number;
}

/**
 * The level set {w : L(w) = level} of ½ (w − w*)ᵀ H (w − w*), exactly: an ellipse centred on
 * w* whose semi-axes lie along H's eigenvectors with lengths √(2·level/λ). Drawing these
 * instead of marching squares over lossGrid is exact and costs a few flops per ring (the
 * saturation widget redraws ten rings per panel for every new seed). null when H is not
 * positive definite (a level set that is not a closed ellipse) or the level is not positive.
 */
export function levelEllipse(h: Sym2, level: number, star: Vec2 = W_STAR): Ellipse | null {
  const [l1, l2] = eigenvalues(h);
  if (!(level > 0) || !(l2 > 0)) return null;
  // Eigenvector of l1: (l1 − d, b) when b ≠ 0; an axis-aligned H has the coordinate axes.
  const angle = h.b !== 0 ? Math.atan2(h.b, l1 - h.d) : h.a >= h.d ? 0 : Math.PI / 2;
  return { cx: star[0], cy: star[1], rx: Math.sqrt((2 * level) / l1), ry: Math.sqrt((2 * level) / l2), angle };
}

/** The loss's largest value over DOMAIN²: a convex function peaks at a corner of the box. */
export function maxLossOnDomain(h: Sym2, star: Vec2 = W_STAR): number {
  const [lo, hi] = DOMAIN;
  return Math.max(loss(h, [lo, lo], star), loss(h, [lo, hi], star), loss(h, [hi, lo], star), loss(h, [hi, hi], star));
}
