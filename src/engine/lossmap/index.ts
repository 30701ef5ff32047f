// Public names of this part of the engine (re-exported by src/engine/index.ts): which PyTorch
// loss takes logits, probabilities or log-probabilities, and what goes wrong when they are mixed.
export { doubleSoftmaxCE, doubleSoftmaxSweep, doubleSoftmaxLossRange, type DoubleSoftmaxResult, type DoubleSoftmaxSweep } from './doubleSoftmax';
export {
  sigmoidFloat32, bceLossFloat32, sigmoidBceFloat32, bceWithLogitsFloat32, TORCH_BCE_EPSILON, TORCH_BCE_LOG_CLAMP, type Float32LossStep,
} from './float32Bce';
export { nllLoss, multiLabelSoftMarginLoss } from './lossMap';
