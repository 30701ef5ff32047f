import { formatCount, formatFixed, formatNumber, formatPercent } from '../../format/number';
import { ghmOf } from './memo';
import { GHM, IMB, imbalanceNumbers } from './numbers';

/**
 * The result figures the lesson's words quote, computed by the engine with the widgets'
 * defaults and formatted by the shared formatter, through the same remembered engine calls the
 * widgets make (memo.ts). A production build computes them once, at build time
 * (build/buildTimeFigures.ts); dev and the tests run this module. The only extra passes are the
 * GHM result at the 1:100 set's lower outlier rate and one count of the outliers. No sweeps
 * here: the behaviour across seeds, γ and outlier rates is pinned in claims.test.ts.
 */

export { GHM, IMB } from './numbers';

const n = imbalanceNumbers();
const lastBin = (rate: number) => {
  const r = ghmOf(GHM.seed, rate, GHM.bins);
  return r.bins[r.bins.length - 1];
};
/** The outlier rate of the 1:100 widget's set (the engine's default). */
export const IMB_RATE = n.outlierCount / n.set.nNegative;
// The GHM widget at its default outlier rate, and at the lower rate of the 1:100 set.
const ghmDefault = lastBin(GHM.outliers);
const ghmSparse = lastBin(IMB_RATE);
const pct = (v: number) => formatPercent(v, 1);
const meanPos = n.ce.positives / n.ce.counts.positives;
const meanNeg = (n.ce.easyNegatives + n.ce.hardNegatives) / (n.ce.counts.easyNegatives + n.ce.counts.hardNegatives);

export const figures = {
  nPositive: formatCount(n.set.nPositive),
  nNegative: formatCount(n.set.nNegative),
  nOutliers: formatCount(n.outlierCount),
  outlierRate: formatPercent(IMB_RATE, 1),
  hardNegatives: formatCount(n.ce.counts.hardNegatives),
  hardOutliers: formatCount(n.hardOutliers),
  alpha: formatNumber(IMB.alpha),
  gamma: formatNumber(IMB.gamma),
  /** Total class weight: α · #positives against (1 − α) · #negatives. */
  weightPos: formatNumber(IMB.alpha * n.set.nPositive, 3),
  weightNeg: formatNumber((1 - IMB.alpha) * n.set.nNegative, 3),
  /** Mean cross-entropy of a positive over that of a negative. */
  posNegRatio: formatFixed(meanPos / meanNeg, 0),
  weightedPosShare: pct(n.weighted.share.positives),
  ceEasyShare: pct(n.ce.share.easyNegatives),
  cePosShare: pct(n.ce.share.positives),
  focalEasyShare: pct(n.focal.share.easyNegatives),
  focalHardShare: pct(n.focal.share.hardNegatives),
  focalPosShare: pct(n.focal.share.positives),
  focalAlphaPosShare: pct(n.focalAlpha.share.positives),
  ghmBins: formatCount(GHM.bins),
  ghmRate: formatPercent(GHM.outliers, 0),
  ghmDefaultCe: pct(ghmDefault.ceShare),
  ghmDefaultGhm: pct(ghmDefault.ghmShare),
  ghmSparseCe: pct(ghmSparse.ceShare),
  ghmSparseGhm: pct(ghmSparse.ghmShare),
};
