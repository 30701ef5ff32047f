import { describe, expect, it } from 'vitest';
import {
  decisionBoundaries, evalQuadratic, gaussianPosterior, logisticAt, logOddsQuadratic, sharedVarianceLogistic, type TwoGaussians,
} from './twoClass';
import { normalPdf } from './normal';

const G = (mu1: number, sigma1: number, mu2: number, sigma2: number, prior1: number): TwoGaussians => ({ mu1, sigma1, mu2, sigma2, prior1 });

/** Relative error, falling back to absolute near 0. */
const rel = (got: number, want: number) => Math.abs(got - want) / Math.max(Math.abs(want), 1e-300);

// Reference values: python3 + mpmath at 50 digits, rounded to the nearest double (Bayes' rule on the exact densities).
const REF: [TwoGaussians, number, number][] = [
  [G(1, 1, -1, 1, 0.5), -3, 0.0024726231566347743],
  [G(1, 1, -1, 1, 0.5), 0, 0.5],
  [G(1, 1, -1, 1, 0.5), 0.25, 0.6224593312018546],
  [G(1, 1, -1, 1, 0.5), 2, 0.9820137900379085],
  [G(2, 0.5, -1, 1.5, 0.3), -4, 5.111292517596831e-31],
  [G(2, 0.5, -1, 1.5, 0.3), 0, 0.0005383498962852977],
  [G(2, 0.5, -1, 1.5, 0.3), 1, 0.29738182618918035],
  [G(2, 0.5, -1, 1.5, 0.3), 3, 0.858983157832488],
  [G(0, 1, 0, 2, 0.5), -1, 0.578872639607127],
  [G(0, 1, 0, 2, 0.5), 0.5, 0.6455183785315811],
  [G(0, 1, 0, 2, 0.5), 3, 0.06405271019224956],
  [G(-2, 0.8, 3, 0.8, 0.9), 0, 0.9977698962534315],
  [G(-2, 0.8, 3, 0.8, 0.9), 2.5, 1.4736372459218017e-06],
  [G(-2, 0.8, 3, 0.8, 0.9), 60, 1.1889591602526293e-201],
];

describe('gaussianPosterior (Bayes rule)', () => {
  it.each(REF)('matches mpmath: %o at x=%d', (g, x, want) => {
    // A tiny posterior is e^{a} with |a| large, and e^{a} has relative condition number |a|:
    // the log-odds' own rounding (~|a|·1e−16) is the floor, so the tails get a looser bound.
    expect(rel(gaussianPosterior(x, g), want)).toBeLessThan(want < 1e-6 ? 1e-12 : 1e-14);
  });

  it('keeps working where both densities underflow to 0', () => {
    const g = G(-2, 0.8, 3, 0.8, 0.9);
    expect(normalPdf(-40, g.mu1, g.sigma1)).toBe(0);
    expect(gaussianPosterior(-40, g)).toBe(1);
    expect(gaussianPosterior(40, G(2, 0.5, -1, 1.5, 0.3))).toBe(0); // true value 1.26e−1092
  });

  it('normalPdf matches mpmath', () => {
    expect(rel(normalPdf(0, 0, 1), 0.3989422804014327)).toBeLessThan(1e-15);
    expect(rel(normalPdf(1.5, -0.5, 2), 0.12098536225957167)).toBeLessThan(1e-15);
    expect(rel(normalPdf(10, 0, 1), 7.694598626706419e-23)).toBeLessThan(1e-14);
  });
});

describe('the log-odds', () => {
  it('has no x² term when the spreads are equal, and then σ(wx + b) is the posterior', () => {
    const g = G(1.3, 0.7, -0.4, 0.7, 0.35);
    const q = logOddsQuadratic(g);
    const l = sharedVarianceLogistic(g);
    expect(q.a2).toBe(0);
    expect(rel(q.a1, l.w)).toBeLessThan(1e-15);
    expect(rel(q.a0, l.b)).toBeLessThan(1e-15);
    for (const x of [-5, -1, 0, 0.45, 2, 6]) expect(Math.abs(gaussianPosterior(x, g) - logisticAt(x, l))).toBeLessThan(1e-15);
  });

  it('closed form: w = (μ₁ − μ₂)/σ², b = (μ₂² − μ₁²)/(2σ²) + ln(π₁/π₂)', () => {
    const l = sharedVarianceLogistic(G(2, 2, 0, 2, 0.5));
    expect(l.w).toBe(0.5);
    expect(l.b).toBe(-0.5);
    expect(l.variance).toBe(4);
  });

  it('quadratic coefficients match the hand-derived ones for unequal spreads', () => {
    // μ₁ = 0, σ₁ = 1, μ₂ = 0, σ₂ = 2, π₁ = ½: a(x) = −3/8 x² + ln 2
    const q = logOddsQuadratic(G(0, 1, 0, 2, 0.5));
    expect(q.a2).toBe(-0.375);
    expect(q.a1).toBe(0);
    expect(rel(q.a0, Math.LN2)).toBeLessThan(1e-15);
    // and σ of it is the posterior
    expect(rel(1 / (1 + Math.exp(-evalQuadratic(q, 0.5))), 0.6455183785315811)).toBeLessThan(1e-14);
  });

  it('decision boundaries: one for equal spreads, two for a narrow class inside a wide one', () => {
    expect(decisionBoundaries(G(1, 1, -1, 1, 0.5))).toEqual([0]);
    const two = decisionBoundaries(G(0, 1, 0, 2, 0.5));
    const r = Math.sqrt(Math.LN2 / 0.375);
    expect(two).toHaveLength(2);
    expect(rel(two[0], -r)).toBeLessThan(1e-15);
    expect(rel(two[1], r)).toBeLessThan(1e-15);
    // a narrow class with a tiny prior can lose everywhere
    expect(decisionBoundaries(G(0, 1, 0, 2, 0.01))).toEqual([]);
  });
});

describe('argument checks', () => {
  it('names the bad argument', () => {
    expect(() => gaussianPosterior(0, G(0, 0, 1, 1, 0.5))).toThrow(/sigma1/);
    expect(() => gaussianPosterior(0, G(0, 1, Number.NaN, 1, 0.5))).toThrow(/mu2/);
    expect(() => gaussianPosterior(0, G(0, 1, 1, 1, 1))).toThrow(/prior1/);
    expect(() => gaussianPosterior(Infinity, G(0, 1, 1, 1, 0.5))).toThrow(RangeError);
    expect(() => normalPdf(0, 0, -1)).toThrow(/sigma/);
  });
});
