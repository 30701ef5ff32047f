/**
 * The Bernoulli distribution as an exponential family,
 *   p(y | μ) = μ^y (1 − μ)^{1−y} = exp(η y − A(η)),  η = ln(μ/(1 − μ)),  A(η) = ln(1 + e^η),
 * so the mean is A′(η) = σ(η): the sigmoid is the map from natural parameter back to mean.
 */
import { checkFinite, checkProbability } from '../numeric/errors';
import { sigmoidK, softplusK } from '../numeric/scalar';

/** η = logit μ = ln μ − ln(1 − μ); ±Infinity at μ = 1, 0. */
export function bernoulliNatural(mu: number): number {
  checkProbability('mu', mu);
  return Math.log(mu) - Math.log1p(-mu);
}

/** A(η) = ln(1 + e^η) (softplus), the log-partition function. */
export function bernoulliLogPartition(eta: number): number {
  return softplusK(checkFinite('eta', eta));
}

/** μ = A′(η) = σ(η). */
export function bernoulliMean(eta: number): number {
  return sigmoidK(checkFinite('eta', eta));
}

/** ln p(y | η) = η y − A(η), for y ∈ {0, 1} (soft labels in [0, 1] allowed). */
export function bernoulliLogPmf(y: number, eta: number): number {
  checkProbability('y', y);
  return eta * y - bernoulliLogPartition(eta);
}
