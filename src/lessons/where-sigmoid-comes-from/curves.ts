import {
  gaussianPosterior, intervalsWhere, logisticAt, normalPdf, sampleFunction, sharedVarianceLogistic, type Interval, type Sampled, type TwoGaussians,
} from '../../engine';
import type { Series } from '../../components/plot/types';
import { X_RANGE } from './schema';

const N = 561;

/** One class's density p(x | C_k) on the plot's grid. */
export function densityCurve(mu: number, sigma: number): Sampled {
  return sampleFunction((x) => normalPdf(x, mu, sigma), X_RANGE[0], X_RANGE[1], N);
}

/**
 * The two class-conditional densities p(x | C_k). The widget passes each class's curve,
 * memoised on that class's μ and σ: a slider of one class leaves the other's samples (and
 * so its drawn path) alone.
 */
export function densitySeries(g: TwoGaussians, labels: [string, string], d1 = densityCurve(g.mu1, g.sigma1), d2 = densityCurve(g.mu2, g.sigma2)): Series[] {
  return [
    { id: 'pdf1', label: labels[0], color: 'var(--c1)', x: d1.x, y: d1.y, width: 3 },
    { id: 'pdf2', label: labels[1], color: 'var(--c2)', x: d2.x, y: d2.y, dash: '7 4', width: 3 },
  ];
}

/** The Bayes posterior and the shared-variance σ(wx + b), plus where C₁ wins. */
export function posteriorSeries(g: TwoGaussians, labels: [string, string]): { series: Series[]; c1Wins: Interval[] } {
  const l = sharedVarianceLogistic(g);
  const post = sampleFunction((x) => gaussianPosterior(x, g), X_RANGE[0], X_RANGE[1], N);
  const sig = sampleFunction((x) => logisticAt(x, l), X_RANGE[0], X_RANGE[1], N);
  return {
    series: [
      { id: 'posterior', label: labels[0], color: 'var(--c3)', x: post.x, y: post.y, width: 5 },
      { id: 'logistic', label: labels[1], color: 'var(--c4)', x: sig.x, y: sig.y, dash: '6 5', width: 2.5 },
    ],
    c1Wins: intervalsWhere(post, (p) => p > 0.5),
  };
}
