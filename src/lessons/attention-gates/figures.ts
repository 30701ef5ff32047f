import { sigmoid, sigmoidAttentionBias, sigmoidGates, softmax, uniformGateSum, weightSum, argmax } from '../../engine';
import { formatFixed, formatNumber } from '../../format/number';
import { biasSchema } from './schema';
import { presetScores } from './scores';

/**
 * The result figures the attention-gates lesson quotes (prose and exercise explanations),
 * computed by the engine on the widgets' presets and defaults and formatted by the shared
 * formatter. A handful of scalar calls: cheap enough to run when the lesson loads.
 */

/** Where the first needle stands in the presets (t3). */
export const NEEDLE = argmax(presetScores('one'));
/** The needles' score and the "all low" score of the presets. */
export const NEEDLE_SCORE = presetScores('one')[NEEDLE];
export const LOW_SCORE = presetScores('low')[0];
/** n of the bias widget's default state (and of the "sum at initialization" exercise). */
export const INIT_N = biasSchema.n.default;

const low = presetScores('low');

export const figures = {
  oneNeedle: formatFixed(softmax(presetScores('one'))[NEEDLE], 4),
  twoNeedles: formatFixed(softmax(presetScores('two'))[NEEDLE], 4),
  threeNeedles: formatFixed(softmax(presetScores('three'))[NEEDLE], 4),
  needleGate: formatFixed(sigmoid(NEEDLE_SCORE), 4),
  lowGate: formatFixed(sigmoid(LOW_SCORE), 3),
  lowGateSum: formatFixed(weightSum(sigmoidGates(low)), 3),
  lowSoftmax: formatNumber(softmax(low)[0]),
  lowCount: formatNumber(low.length),
  bigN: formatNumber(biasSchema.n.max),
  bigSum: formatNumber(uniformGateSum(biasSchema.n.max, 0, 0)),
  initN: formatNumber(INIT_N),
  initSum: formatNumber(uniformGateSum(INIT_N, 0, 0)),
  initBiasedSum: formatFixed(uniformGateSum(INIT_N, 0, sigmoidAttentionBias(INIT_N)), 4),
};
