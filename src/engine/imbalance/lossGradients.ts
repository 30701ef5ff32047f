import { checkFinite, checkProbability } from '../numeric/errors';
import { sigmoidK, sigmoidPrimeK } from '../numeric/scalar';

/**
 * Sigmoid + squared error, the pairing the cross-entropy lesson argues against:
 * L = ½(σ(z) − y)², dL/dz = (σ(z) − y)·σ′(z). The σ′ factor is what kills learning when
 * the model is confidently wrong: at z = −10 with y = 1 the gradient is about −4.5e−5,
 * while sigmoid + BCE gives σ(z) − y ≈ −1.
 */
export function sigmoidMse(z: number, y: number): number {
  checkFinite('z', z);
  checkProbability('y', y);
  const d = sigmoidK(z) - y;
  return 0.5 * d * d;
}

export function sigmoidMseGrad(z: number, y: number): number {
  checkFinite('z', z);
  checkProbability('y', y);
  // σ(z) − y formed as −σ(−z) when y = 1 so the residual keeps its digits far out.
  const r = y === 1 ? -sigmoidK(-z) : y === 0 ? sigmoidK(z) : sigmoidK(z) - y;
  return r * sigmoidPrimeK(z);
}
