// Gradient descent on a two-weight least-squares loss (the not-zero-centred zig-zag).
// Generic names get a prefix here, so the engine's single namespace stays unambiguous.
export {
  makeInputs as zigzagInputs,
  secondMoment,
  eigenvalues as sym2Eigenvalues,
  loss as quadraticLoss2,
  gdPath,
  lossGrid as quadraticLossGrid,
  levelEllipse as quadraticLevelEllipse,
  maxLossOnDomain as quadraticMaxOnDomain,
  W_STAR as ZIGZAG_TARGET,
  W_START as ZIGZAG_START,
  DOMAIN as ZIGZAG_DOMAIN,
} from './zigzag';
export type { Vec2, Sym2, Ellipse } from './zigzag';
