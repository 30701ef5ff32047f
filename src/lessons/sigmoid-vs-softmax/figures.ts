/**
 * The figures the lesson's words quote, computed by the engine calls the widgets make,
 * formatted by the one shared formatter. Cheap: 802 sigmoid/softmax evaluations.
 */
import { sigmoid, softmax } from '../../engine';
import { formatNumber } from '../../format/number';
import { identityCurves } from './identity';
import { MISTAKE_LOGITS } from './schema';

const soft = softmax(MISTAKE_LOGITS);

export const figures = {
  /** Largest |σ(z) − softmax([0, z])₁| over the identity widget's plotted points. */
  identityGap: formatNumber(identityCurves().maxGap, 3),
  /** The mistake widget's default logits through softmax, and through two sigmoids (their sum). */
  mistakeP0: formatNumber(soft[0], 4),
  mistakeP1: formatNumber(soft[1], 4),
  mistakeSigmoidSum: formatNumber(sigmoid(MISTAKE_LOGITS[0]) + sigmoid(MISTAKE_LOGITS[1]), 4),
};
