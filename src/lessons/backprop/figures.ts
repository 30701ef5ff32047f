/**
 * The figures in the backprop lesson's words, from the engine's backward trace and gradient
 * check at the widget's defaults. Cheap (one small network, one example); what training shows
 * (the SGD widget) is pinned in claims.test.ts instead, so loading the lesson trains nothing.
 */
import { formatNumber, formatPercent } from '../../format/number';
import { mlpCost } from '../../engine';
import { backwardRun, defaultBackward } from './model';
import { DIGIT_NET } from './digits';
import { DIGITS_ASSET } from './digitsAsset';
import { SGD_EPOCHS, SGD_N } from './schema';

/** Steps the SGD widget's run with batch B takes in its epochs: ⌈n/B⌉ per epoch. */
export const sgdSteps = (B: number) => SGD_EPOCHS * Math.ceil(SGD_N / B);

/** ‖δ⁽¹⁾‖ / ‖δ⁽³⁾‖ at the defaults (sigmoid, weight scale 1): how much of the error signal reaches the first layer. */
export function firstLayerShare(): number {
  const d = defaultBackward();
  const r = backwardRun(d.setup, d.x, d.cls);
  return r.deltaNorms[0] / r.deltaNorms[r.deltaNorms.length - 1];
}

/** The gradient check's largest relative error at the defaults. */
export function defaultCheckError(): number {
  const d = defaultBackward();
  return backwardRun(d.setup, d.x, d.cls).check.maxRelError;
}

/** Weights and biases of the digit network, 784-50-100-10. */
export const digitParameters = () => mlpCost([...DIGIT_NET], 1).parameters;

/** Of which the first layer, 784 → 50: most of them. */
export const digitFirstLayerParameters = () => mlpCost([...DIGIT_NET], 1).layers[0].parameters;

export const figures = {
  digitParams: formatNumber(digitParameters(), 6),
  stepsB1: formatNumber(sgdSteps(1), 6),
  stepsB8: formatNumber(sgdSteps(8), 6),
  stepsFull: formatNumber(sgdSteps(SGD_N), 6),
  stepsB8Epoch: formatNumber(Math.ceil(SGD_N / 8), 6),
  digitTrain: formatNumber(DIGITS_ASSET.nTrain, 6),
  digitTest: formatNumber(DIGITS_ASSET.nTest, 6),
  firstShare: formatPercent(firstLayerShare()),
  checkError: formatNumber(defaultCheckError(), 1),
};
