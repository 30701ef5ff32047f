import { gradientDescent1D, sampleFunction, unitLoss, unitLossGrad, type ActivationName, type UnitData } from '../../engine';

/**
 * Six 1-D points for a single unit ŷ = f(w·x): mostly "positive x → 1", with two
 * deliberately awkward labels near 0 so the smooth loss has a finite minimum to roll into.
 */
export const UNIT_DATA: UnitData = { x: [-2, -1, -0.5, 0.5, 1, 2], y: [0, 0, 1, 0, 1, 1] };
export const W_RANGE: [number, number] = [-4, 6];
export const UNITS: readonly ActivationName[] = ['step', 'sigmoid'];

export const lossAt = (act: ActivationName, w: number) => unitLoss(act, w, 0, UNIT_DATA);
export const gradAt = (act: ActivationName, w: number) => unitLossGrad(act, w, 0, UNIT_DATA);

/** The loss landscape L(w) of one unit over the plotted range. */
export function landscape(act: ActivationName): { x: Float64Array; y: Float64Array } {
  const s = sampleFunction((w) => lossAt(act, w), W_RANGE[0], W_RANGE[1], 501);
  return { x: Float64Array.from(s.x), y: Float64Array.from(s.y) };
}

/** Where each ball is after `steps` of plain gradient descent from w0. */
export function ballPath(act: ActivationName, w0: number, lr: number, steps: number): Float64Array {
  return gradientDescent1D((w) => gradAt(act, w), w0, lr, steps);
}
