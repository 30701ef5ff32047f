/**
 * The output unit is a sigmoid on a single logit z. BCE is computed from the logit
 * (never from a rounded probability), so a confident wrong answer costs |z|, not Infinity.
 * MSE is (σ(z) − y)², not halved.
 */
import { sigmoid } from './activationKernels';
import type { LossName } from './types';

export function lossAt(kind: LossName, z: number, y: number): number {
  if (kind === 'bce') return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
  const e = sigmoid(z) - y;
  return e * e;
}

/** dLoss/dz. */
export function lossGradAt(kind: LossName, z: number, y: number): number {
  const p = sigmoid(z);
  if (kind === 'bce') return p - y;
  return 2 * (p - y) * p * (1 - p);
}
