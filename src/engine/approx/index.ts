/** Approximation: universal approximation by n units, maxout on convex targets, GELU's gate, the article's activation traits. */
export { leastSquaresQR } from './lstsq';
export {
  approxTarget, drawnTarget, approxGrid, approxUnits, approxUnitOutput, fitApproxUnits, approxContributions, approxErrorCurve, approxErrorWidths,
  APPROX_UNIT_KINDS, APPROX_TARGETS, APPROX_DOMAIN, APPROX_GRID, APPROX_MAX_UNITS,
  type ApproxUnitKind, type ApproxTargetName, type ApproxUnits, type ApproxFit,
} from './universal';
export { convexTarget, fitMaxout, CONVEX_NAMES, MAXOUT_DOMAIN, MAXOUT_GRID, MAX_PIECES, type ConvexName, type MaxoutPiece, type MaxoutFit } from './maxout';
export { geluGateRunningMean, geluGateCurve, geluGateStdError, MAX_GATE_SAMPLES } from './geluGate';
export { activationTraits, NEAR_IDENTITY_TOL, TRAITS_SPAN, type ActivationTraits } from './traits';
