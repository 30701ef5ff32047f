// Public names of this part of the engine (re-exported by src/engine/index.ts):
// competing (softmax), independent (sigmoid gates) and abstaining (softmax₁) attention weights.
export { softmaxOne, softmaxOneSum, softmaxOneAbstain } from './softmaxOne';
export { sigmoidGates, gateSum, sigmoidAttentionBias, uniformGateSum } from './gates';
export { weightSum } from './sum';
export { attentionScaling, attentionRowStats, softmaxJacobianNorm, MAX_ATTENTION_DK, type AttentionScaling, type AttentionScalingOptions, type AttentionRowStats } from './scaling';
