import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gaussianPosterior, logisticAt, logOddsQuadratic, sharedVarianceLogistic, type TwoGaussians } from './twoClass';
import { posteriorVsLogistic } from './compare';
import { bernoulliLogPartition, bernoulliLogPmf, bernoulliMean, bernoulliNatural } from './bernoulli';

const mu = fc.double({ min: -5, max: 5, noNaN: true });
const sigma = fc.double({ min: 0.2, max: 3, noNaN: true });
const prior = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const x = fc.double({ min: -10, max: 10, noNaN: true });
const params = fc.record({ mu1: mu, sigma1: sigma, mu2: mu, sigma2: sigma, prior1: prior });

describe('posterior invariants', () => {
  it('is a probability, and swapping the classes gives 1 − p', () => {
    fc.assert(
      fc.property(params, x, (g, xv) => {
        const p = gaussianPosterior(xv, g);
        const swapped: TwoGaussians = { mu1: g.mu2, sigma1: g.sigma2, mu2: g.mu1, sigma2: g.sigma1, prior1: 1 - g.prior1 };
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(Math.abs(p + gaussianPosterior(xv, swapped) - 1)).toBeLessThan(1e-12);
      }),
    );
  });

  it('equals σ(wx + b) to 1e−12 whenever the spreads are equal', () => {
    fc.assert(
      fc.property(mu, mu, sigma, prior, x, (m1, m2, s, p, xv) => {
        const g = { mu1: m1, sigma1: s, mu2: m2, sigma2: s, prior1: p };
        expect(logOddsQuadratic(g).a2).toBe(0);
        expect(Math.abs(gaussianPosterior(xv, g) - logisticAt(xv, sharedVarianceLogistic(g)))).toBeLessThan(1e-12);
      }),
    );
  });

  it('differs from the shared-variance line when the spreads differ enough', () => {
    const gap = posteriorVsLogistic({ mu1: 0, sigma1: 1, mu2: 0, sigma2: 2, prior1: 0.5 }, -6, 6);
    expect(gap.maxAbs).toBeGreaterThan(0.3);
    expect(posteriorVsLogistic({ mu1: 1, sigma1: 1, mu2: -1, sigma2: 1, prior1: 0.5 }, -6, 6).maxAbs).toBeLessThan(1e-15);
    expect(() => posteriorVsLogistic({ mu1: 1, sigma1: 1, mu2: -1, sigma2: 1, prior1: 0.5 }, 1, 1)).toThrow(/hi/);
  });
});

describe('Bernoulli as an exponential family', () => {
  it('natural parameter matches mpmath', () => {
    expect(bernoulliNatural(0.5)).toBe(0);
    expect(Math.abs(bernoulliNatural(0.9) / 2.1972245773362196 - 1)).toBeLessThan(1e-15);
    expect(Math.abs(bernoulliNatural(1e-10) / -23.025850929840455 - 1)).toBeLessThan(1e-15);
    expect(Math.abs(bernoulliNatural(0.999999) / 13.815509557935018 - 1)).toBeLessThan(1e-10); // 1 − μ itself carries the rounding of μ
  });

  it('σ(η) inverts η = logit μ, and exp(ηy − A(η)) is the pmf', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (m) => {
        const eta = bernoulliNatural(m);
        expect(Math.abs(bernoulliMean(eta) - m)).toBeLessThan(1e-15);
        expect(Math.abs(Math.exp(bernoulliLogPmf(1, eta)) - m)).toBeLessThan(1e-14);
        expect(Math.abs(Math.exp(bernoulliLogPmf(0, eta)) - (1 - m))).toBeLessThan(1e-14);
      }),
    );
  });

  it('A′(η) = σ(η): the derivative of the log-partition is the mean', () => {
    for (const eta of [-30, -3, 0, 0.7, 5, 30]) {
      const h = 1e-5;
      const d = (bernoulliLogPartition(eta + h) - bernoulliLogPartition(eta - h)) / (2 * h);
      expect(Math.abs(d - bernoulliMean(eta))).toBeLessThan(1e-9);
    }
    expect(bernoulliLogPartition(800)).toBe(800); // no overflow
    expect(() => bernoulliMean(Number.NaN)).toThrow(/eta/);
    expect(() => bernoulliNatural(1.5)).toThrow(/mu/);
  });
});
