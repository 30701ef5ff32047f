import type { Cov2, TwoGaussians2D } from '../../engine';
import type { StateOf } from '../../components/state/schema';
import type { planeSchema } from './schema';

export type PlaneState = StateOf<typeof planeSchema>;

/** Cells per side of the heat map and of the max-difference scan: fine enough for a smooth boundary, ~6.6k cells per drag step. */
export const PLANE_GRID = 81;

/** Σ from the spreads and correlation the sliders show: [[σx², ρσxσy], [ρσxσy, σy²]] (|ρ| < 1 keeps it positive definite). */
export const covOf = (sx: number, sy: number, r: number): Cov2 => ({ xx: sx * sx, xy: r * sx * sy, yy: sy * sy });

/** The widget state as the engine's two classes; with `shared` on, class 2 gets class 1's Σ (the same numbers, so the engine sees Σ₁ = Σ₂ exactly). */
export function classesOf(s: Pick<PlaneState, 'm1x' | 'm1y' | 'm2x' | 'm2y' | 'sx1' | 'sy1' | 'r1' | 'shared' | 'sx2' | 'sy2' | 'r2' | 'prior'>): TwoGaussians2D {
  const cov1 = covOf(s.sx1, s.sy1, s.r1);
  return {
    mu1: [s.m1x, s.m1y],
    cov1,
    mu2: [s.m2x, s.m2y],
    cov2: s.shared ? { ...cov1 } : covOf(s.sx2, s.sy2, s.r2),
    prior1: s.prior,
  };
}
