// Small dense linear algebra for the "why nonlinear" and "forward pass" lessons
// (re-exported by src/engine/index.ts).
export { createMatrix, identityMatrix, entry, toRows, matmul, matvec, chainProduct, determinant, type Matrix } from './matrix';
export { randomMatrix, randomLayerStack, MAX_STACK, type RandomMatrixOptions, type LayerStackOptions } from './random';
export { transformPoints, gridLines, type GridLine } from './stack';
export { matmulMultiplyAdds, mlpCost, xavierBound, xavierStd, heStd, type LayerCost, type NetworkCost } from './cost';
export {
  randomNetwork, packNetwork, unpackNetwork, constantNetwork, hiddenUnitSpread, forwardSteps, networkSizes,
  type DenseNetwork, type ForwardStep, type OutputName,
} from './network';
export { unitLoss, unitLossGrad, gradientDescent1D, type UnitData } from './unitLoss';
