// Public names of this part of the engine (re-exported by src/engine/index.ts).
export { makeImbalancedScores } from './dataset';
export type { ScoredSet, ImbalancedOptions } from './dataset';
export { focalLossWithLogits, focalCurves, perExampleLoss, lossBreakdown } from './focal';
export type { LossKind, LossParams, LossBreakdown } from './focal';
export { ghm, gradientNorms, ghmBinOf } from './ghm';
export type { GhmBin, GhmResult } from './ghm';
export { crossEntropyOf, ceDecomposition, setProbability, meanLogLoss, normalizeWeights } from './distribution';
export { sigmoidMse, sigmoidMseGrad } from './lossGradients';
