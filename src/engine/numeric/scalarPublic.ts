/** Checked scalar helpers for lessons (the kernels in scalar.ts are unchecked). */
import { checkNumber } from './errors';
import { logSigmoidK, sigmoidK, sigmoidPrimeK, softplusK } from './scalar';

/** σ(x) = 1/(1 + e^{−x}), stable for any x. */
export function sigmoid(x: number): number {
  return sigmoidK(checkNumber('x', x));
}

/** ln σ(x) = −softplus(−x): x for x ≪ 0, −e^{−x} for x ≫ 0. */
export function logSigmoid(x: number): number {
  return logSigmoidK(checkNumber('x', x));
}

/** σ′(x) = σ(x)σ(−x). */
export function sigmoidPrime(x: number): number {
  return sigmoidPrimeK(checkNumber('x', x));
}

/** softplus(x) = ln(1 + e^x) = max(x, 0) + log1p(e^{−|x|}). */
export function softplus(x: number): number {
  return softplusK(checkNumber('x', x));
}
