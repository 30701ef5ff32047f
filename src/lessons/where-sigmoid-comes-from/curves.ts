import {
  gaussianPosterior, intervalsWhere, logisticAt, normalPdf, sampleFunction, sharedVarianceLogistic, type Interval, type TwoGaussians,
} from '../../engine';
import type { Series } from '../../components/plot/types';
import { X_RANGE } from './schema';

const N = 561;

/** The two class-conditional densities p(x | C_k). */
export function densitySeries(g: TwoGaussians, labels: [string, string]): Series[] {
  const d1 = sampleFunction((x) => normalPdf(x, g.mu1, g.sigma1), X_RANGE[0], X_RANGE[1], N);
  const d2 = sampleFunction((x) => normalPdf(x, g.mu2, g.sigma2), X_RANGE[0], X_RANGE[1], N);
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
