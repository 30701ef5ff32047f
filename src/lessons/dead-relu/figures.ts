/**
 * The figures in the dead-relu lesson's words, from the engine and the lab's own presets. Cheap
 * on purpose (no training: what training shows is pinned in claims.test.ts instead).
 */
import { activations, bceWithLogits, type ActivationName } from '../../engine';
import { formatFixed, formatNumber } from '../../format/number';
import { PRESETS } from './schema';

/**
 * The z beyond which f′(z) is exactly 0 in double precision, walking away from 0 in direction
 * `dir` (−1: left, +1: right): bisection between a z where f′ ≠ 0 and one where it is 0.
 */
export function zeroSlopeBeyond(name: ActivationName, dir: -1 | 1): number {
  const df = (z: number) => activations[name].df(z);
  let near: number = dir;
  let far = dir * 4096;
  if (df(near) === 0 || df(far) !== 0) throw new RangeError(`${name}: no zero-slope edge within 4096`);
  for (let k = 0; k < 60; k++) {
    const mid = (near + far) / 2;
    if (df(mid) === 0) far = mid;
    else near = mid;
  }
  return near;
}

const { lrHigh, lowLr, negBias, heInit } = PRESETS;

export const figures = {
  /** BCE of predicting ½ for every point of a balanced set: ln 2. */
  ln2: formatFixed(bceWithLogits(0, 1), 3),
  /** Preset settings quoted in the prose, straight from the presets. */
  lrHigh: formatNumber(lrHigh.lr),
  lowLr: formatNumber(lowLr.lr),
  defaultLr: formatNumber(heInit.lr),
  negBias: formatNumber(negBias.bias),
  smallScale: formatNumber(negBias.scale),
  /** Where the smooth activations' slopes finally round to exactly 0 in float64. */
  geluZero: formatFixed(zeroSlopeBeyond('gelu', -1), 1),
  tanhZero: formatFixed(zeroSlopeBeyond('tanh', 1), 0),
  eluZero: formatFixed(zeroSlopeBeyond('elu', -1), 0),
} as const;
