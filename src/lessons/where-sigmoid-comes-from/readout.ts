import { evalQuadratic, logOddsQuadratic, type TwoGaussians } from '../../engine';

/**
 * Which sentence the boundary readout owes when P(C₁ | x) = ½ nowhere: the log-odds then keeps
 * one sign on the whole line (or is 0 everywhere, for identical classes with equal priors), so
 * its sign at x = 0 says which class wins everywhere.
 */
export function noBoundaryKey(g: TwoGaussians): 'noBoundary' | 'noBoundary1' | 'noBoundaryTie' {
  const a = evalQuadratic(logOddsQuadratic(g), 0);
  return a > 0 ? 'noBoundary1' : a < 0 ? 'noBoundary' : 'noBoundaryTie';
}
