/** The numeric core: precision emulation, activations, softmax, hardware forms, losses. */
export {
  show, checkFinite, checkNumber, checkPositive, checkNonNegative, checkProbability, checkVector, checkLogits,
  checkProbabilities, checkIndex, checkName,
} from './errors';
export { erf, erfc, normalCdf } from './special';
export {
  type Precision, type FormatInfo, type Encoding, precisions, roundTo, formatInfo, encode, nextUp, ulp, checkPrecision,
} from './precision';
export {
  type ActivationName, type Activation, type ActivationParam, type ActivationGroup,
  activations, activationNames, getActivation, SELU_LAMBDA, SELU_ALPHA,
} from './activations';
export { applyActivation } from './applyActivation';
export { softmax, logSoftmax, logSumExp, softmaxRows, logSoftmaxRows } from './softmax';
export { softmaxNaive, softmaxStable, sigmoidNaive, sigmoidStable, tanhNaive, tanhStable } from './hardwareForms';
export {
  bce, bceWithLogits, bceWithLogitsGrad, crossEntropy, crossEntropyWithLogits, crossEntropyWithLogitsGrad,
  focalLoss, klDivergence, entropy, mse, mseGrad,
} from './losses';
export { sigmoid, logSigmoid, sigmoidPrime, softplus } from './scalarPublic';
