// Public names of this part of the engine (re-exported by src/engine/index.ts):
// competing (softmax), independent (sigmoid gates) and abstaining (softmax₁) attention weights.
export { softmaxOne, softmaxOneSum, softmaxOneAbstain } from './softmaxOne';
export { sigmoidGates, gateSum, sigmoidAttentionBias, uniformGateSum } from './gates';
export { weightSum } from './sum';
