import { sigmoid } from '../numeric';
import { checkFinite, checkInteger, checkMaskedVector } from '../numeric/errors';
import { weightSum } from './sum';

const sigma = sigmoid;

/**
 * Sigmoid attention / gating: gᵢ = σ(zᵢ + b), each weight decided on its own score alone.
 * Unlike softmax nothing ties the weights together: several can be near 1 at once, or all
 * near 0. σ(−∞) = 0, so a masked score gets no weight.
 */
export function sigmoidGates(z: ArrayLike<number>, bias = 0): Float64Array {
  checkMaskedVector('z', z);
  checkFinite('bias', bias);
  const out = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) out[i] = z[i] === -Infinity ? 0 : sigma(z[i] + bias);
  return out;
}

/** Σᵢ σ(zᵢ + b), summed with compensation. */
export function gateSum(z: ArrayLike<number>, bias = 0): number {
  return weightSum(sigmoidGates(z, bias));
}

/**
 * The bias recommended for sigmoid self-attention over n positions (Ramapuram et al. 2024):
 * b = −ln n. At initialization (all scores 0) each weight is then σ(−ln n) = 1/(n + 1), so
 * the n weights sum to n/(n + 1) ≈ 1 — the same total a softmax row has — instead of n/2.
 */
export function sigmoidAttentionBias(n: number): number {
  checkInteger('n', n, 1, Number.MAX_SAFE_INTEGER);
  return -Math.log(n);
}

/**
 * Σ of n gates that all see the same score s: n·σ(s + b). With s = 0 this is the sum at
 * initialization: n/2 without bias, n/(n + 1) with b = −ln n.
 */
export function uniformGateSum(n: number, score: number, bias: number): number {
  checkInteger('n', n, 1, Number.MAX_SAFE_INTEGER);
  checkFinite('score', score);
  checkFinite('bias', bias);
  return n * sigma(score + bias);
}
