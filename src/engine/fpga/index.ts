/**
 * Bit-accurate FPGA emulators: ap_fixed arithmetic and the hardware sigmoid
 * approximations (names and meanings fixed: docs/engine.md).
 */
export type { FixedFormat, QuantizationMode, OverflowMode } from './fixed/format';
export {
  QUANTIZATION_MODES, OVERFLOW_MODES, validateFormat as validateFixedFormat, apFixed, apUfixed,
  formatStep, formatRange, formatLabel,
} from './fixed/format';
export { quantize, quantizeRaw, quantizer, type Quantizer } from './fixed/quantize';
export { toRaw, fromRaw, rawBits, type RawView } from './fixed/raw';

export type { ApproxName, Approximation, HardwareCost, ConfigParam } from './approx/types';
export { APPROX_NAMES } from './approx/types';
export { sigmoidApprox } from './approx';
export { cordicSchedule, cordicGain } from './approx/cordic';
export { cordicTrace, CORDIC_TRACE_MAX, type CordicTrace, type CordicIteration } from './approx/cordicTrace';
export {
  prepareQuantNet, floatNetworkLogit, hls4mlDefaultNetwork, QUANT_SIGMOID_NAMES, QUANT_NET_MAX_WIDTH,
  type QuantNetwork, type QuantLayerFormats, type QuantSigmoidName, type PreparedQuantNet,
} from './quantizedNetwork';
export {
  evaluateQuantNet, quantDecisionMap, profileQuantNet,
  type QuantEvaluation, type QuantDecisionMap, type QuantProfileRow, type QuantTensorKind,
} from './quantizedEval';
export { hybridLayout, type HybridLayout } from './approx/hybrid';
export { TAYLOR_COEFFS } from './approx/taylor';
export { hls4mlSigmoid, type Hls4mlSigmoidOptions } from './approx/hls4mlSigmoid';

export { errorStats, type ErrorStats } from './errorStats';
export { tanhApprox } from './tanh';
export {
  softmaxFixed, softmaxFixedTrace, type SoftmaxFixedOptions, type SoftmaxFixedTrace, type SoftmaxImplementation,
} from './softmaxFixed';
export { referenceSigmoids, type ReferenceSigmoid, type ReferenceSigmoidName } from './reference';
export { sigmoidExact as fpgaSigmoidExact } from './exact';
