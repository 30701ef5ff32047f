import { neumaierSum } from '../numeric/compensated';
import { checkMaskedVector } from '../numeric/errors';

/**
 * Σ wᵢ with Neumaier's compensated summation, so "the weights sum to 1" is shown to the
 * last digit instead of drifting by n·ε, and a sum of 4096 tiny gates is not swamped.
 */
export function weightSum(w: ArrayLike<number>): number {
  checkMaskedVector('w', w);
  return neumaierSum(w);
}
