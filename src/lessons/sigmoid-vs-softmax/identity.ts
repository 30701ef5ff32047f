import { sampleFunction, sigmoid, softmax } from '../../engine';
import { Z_LIMIT } from './schema';

/** Points the identity widget plots over [−Z_LIMIT, Z_LIMIT]. */
export const IDENTITY_POINTS = 401;

/** softmax([0, z])₁, the second output of a two-way softmax with the first logit pinned at 0. */
export const softmaxOfZeroAnd = (z: number): number => softmax([0, z])[1];

/** Both curves as the widget plots them, and their largest gap over the plotted points. */
export function identityCurves() {
  const s = sampleFunction(sigmoid, -Z_LIMIT, Z_LIMIT, IDENTITY_POINTS);
  const m = sampleFunction(softmaxOfZeroAnd, -Z_LIMIT, Z_LIMIT, IDENTITY_POINTS);
  let maxGap = 0;
  for (let i = 0; i < IDENTITY_POINTS; i++) maxGap = Math.max(maxGap, Math.abs(s.y[i] - m.y[i]));
  return { s, m, maxGap };
}
