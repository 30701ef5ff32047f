/**
 * The figures the loss-map section quotes (prose, exercises, presenter notes), computed by the
 * engine through lossMap.ts and formatted by the shared formatter. Cheap: a few scalar calls and
 * three bisections of 80 steps.
 */
import { bceWithLogits, doubleSoftmaxCE, doubleSoftmaxLossRange, sigmoidBceFloat32, TORCH_BCE_EPSILON, TORCH_BCE_LOG_CLAMP } from '../../engine';
import { formatFixed, formatNumber } from '../../format/number';
import { bceThresholds, lossMapRows } from './lossMap';
import { DS_LOGITS } from './schema';

/** The exercise's scale and target: logits (2, 1, −1)·8, the photo is a dog. */
export const DS_EX_SCALE = 8;
export const DS_EX_TARGET = 1;
/** The float32 exercise: z = 20 with y = 0 (confidently wrong). */
export const BCE_EX_Z = 20;

const exRow = doubleSoftmaxCE(DS_LOGITS.map((v) => v * DS_EX_SCALE), DS_EX_TARGET);
const range = doubleSoftmaxLossRange(DS_LOGITS.length);
const zero = doubleSoftmaxCE(DS_LOGITS.map(() => 0), DS_EX_TARGET);
const th = bceThresholds();
const rows = lossMapRows();
const row = (id: string) => rows.find((r) => r.id === id)?.value ?? NaN;

export const lossMapFigures = {
  /** The example's CrossEntropyLoss (= NLLLoss of log_softmax) and the double-softmax value. */
  ceValue: formatFixed(row('ce'), 4),
  ceOnProbs: formatFixed(row('ceOnProbs'), 4),
  nllOnProbs: formatFixed(row('nllOnProbs'), 4),
  /** At zero logits the doubled gradient is 1/K of the right one; at the exercise's scale, how much smaller. */
  dsRatioZero: formatFixed(zero.ratio, 4),
  dsExScale: formatNumber(DS_EX_SCALE),
  dsExRatio: formatNumber(exRow.ratio, 2),
  dsExFactor: formatNumber(1 / exRow.ratio, 2),
  dsExLoss: formatFixed(exRow.loss, 3),
  dsExDoubleLoss: formatFixed(exRow.doubleLoss, 3),
  /** The band the buggy loss is trapped in, for K = 3. */
  dsMin: formatFixed(range.min, 4),
  dsMax: formatFixed(range.max, 4),
  /** PyTorch's constants in BCELoss: the clamp on each log (and the loss it caps at), the EPSILON of its backward. */
  clampLog: formatNumber(TORCH_BCE_LOG_CLAMP),
  clampLoss: formatNumber(-TORCH_BCE_LOG_CLAMP),
  eps: formatNumber(TORCH_BCE_EPSILON),
  /** Float32 thresholds of sigmoid + BCELoss. */
  roundsToOne: formatFixed(th.roundsToOne, 2),
  underflows: formatFixed(th.underflowsToZero, 2),
  gradFades: formatFixed(th.gradFades, 1),
  /** The float32 exercise: what BCELoss reports at z = 20, y = 0, and the true loss. */
  bceExZ: formatNumber(BCE_EX_Z),
  bceExReported: formatNumber(sigmoidBceFloat32(BCE_EX_Z, 0).loss),
  bceExTrue: formatFixed(bceWithLogits(BCE_EX_Z, 0), 4),
  bceExGrad: formatNumber(sigmoidBceFloat32(BCE_EX_Z, 0).grad),
};

/** For the claims test: the raw numbers behind the figures. */
export const lossMapRaw = { exRow, range, zero, th, rows };
