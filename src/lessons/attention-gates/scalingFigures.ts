/**
 * The figures the √d_k section quotes, from the widget's own cached sweep (scaling.ts) and
 * formatted by the shared formatter.
 */
import { formatFixed, formatNumber } from '../../format/number';
import { DK_MAX } from './schema';
import { scalingAt, SCALE_KEYS, SCALE_QUERIES } from './scaling';

/** The exercise's key dimension. */
export const EX_DK = 256;

const big = scalingAt(DK_MAX);
const ex = scalingAt(EX_DK);

export const scalingFigures = {
  keys: formatNumber(SCALE_KEYS),
  queries: formatNumber(SCALE_QUERIES),
  dkMax: formatNumber(DK_MAX),
  sqrtDkMax: formatNumber(Math.sqrt(DK_MAX)),
  stdBig: formatFixed(big.scoreStd, 1),
  exDk: formatNumber(EX_DK),
  exStd: formatNumber(ex.analyticStd),
  exMeasured: formatFixed(ex.scoreStd, 1),
  maxEntropy: formatFixed(Math.log(SCALE_KEYS), 2),
  entropyUnscaled: formatFixed(big.unscaled.meanEntropy, 2),
  entropyScaled: formatFixed(big.scaled.meanEntropy, 2),
  topUnscaled: formatFixed(big.unscaled.meanMaxWeight, 2),
  topScaled: formatFixed(big.scaled.meanMaxWeight, 2),
  jacUnscaled: formatFixed(big.unscaled.meanJacobianNorm, 3),
  jacScaled: formatFixed(big.scaled.meanJacobianNorm, 3),
  gateUnscaled: formatFixed(big.unscaled.meanGate, 2),
  gateScaled: formatFixed(big.scaled.meanGate, 2),
};

/** For the claims test. */
export const scalingRaw = { big, ex };
