import type { TFunction } from 'i18next';
import { decisionBoundaries, logOddsQuadratic, posteriorVsLogistic, type TwoGaussians } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatNumber } from '../../format/number';
import { X_RANGE } from './schema';
import { gaussians } from './widgets';

/** Below this the posterior and σ(wx + b) are the same function (float64 rounding is ~1e−16). */
const SAME = 1e-9;

/** The widget's default classes: equal spreads. */
export const EQUAL: TwoGaussians = { mu1: 1, sigma1: 1, mu2: -1.5, sigma2: 1, prior1: 0.5 };
/** The boundary question's classes. */
export const BOUNDARY: TwoGaussians = { mu1: -1, sigma1: 1, mu2: 2, sigma2: 1, prior1: 0.5 };
/** The misconception's classes: the same means, class 2 twice as wide. */
export const UNEQUAL: TwoGaussians = { mu1: 1, sigma1: 1, mu2: -1.5, sigma2: 2, prior1: 0.5 };

/** The widget state (its schema's names) showing classes g. */
export const gaussPatch = (g: TwoGaussians) => ({ mu1: g.mu1, s1: g.sigma1, mu2: g.mu2, s2: g.sigma2, prior: g.prior1 });

/** 'true' when the engine finds the posterior and σ(wx + b) equal on the widget's range. */
export function posteriorIsLogistic(g: TwoGaussians): 'true' | 'false' {
  return posteriorVsLogistic(g, X_RANGE[0], X_RANGE[1], 1201).maxAbs < SAME ? 'true' : 'false';
}

/** The single decision boundary of BOUNDARY (NaN if the engine found none or two). */
export function boundaryKey(): number {
  const roots = decisionBoundaries(BOUNDARY);
  return roots.length === 1 ? roots[0] : NaN;
}

/** 'true' when the log-odds of g has no x² term, i.e. is a straight line. */
export function logOddsIsLinear(g: TwoGaussians): 'true' | 'false' {
  return logOddsQuadratic(g).a2 === 0 ? 'true' : 'false';
}

const trueFalse = (t: TFunction) => [
  { id: 'true', label: t('ex.true') },
  { id: 'false', label: t('ex.false') },
];

/** The lesson's exercises; every key is computed from the engine when checked. */
export function whereSigmoidExercises(t: TFunction): ExerciseDef[] {
  return [
    {
      id: 'equal-exact',
      question: t('ex.equal.q'),
      answer: { kind: 'choice', options: trueFalse(t), correct: () => posteriorIsLogistic(EQUAL) },
      hint: t('ex.equal.hint'),
      explanation: t('ex.equal.explain', { gap: formatNumber(posteriorVsLogistic(EQUAL, X_RANGE[0], X_RANGE[1], 1201).maxAbs, 2) }),
      reveal: gaussians.patch(gaussPatch(EQUAL)),
    },
    {
      id: 'boundary',
      question: t('ex.boundary.q', { mu1: formatNumber(BOUNDARY.mu1), mu2: formatNumber(BOUNDARY.mu2) }),
      answer: { kind: 'number', correct: boundaryKey, relTol: 0.02 },
      hint: t('ex.boundary.hint'),
      explanation: t('ex.boundary.explain', { x: formatNumber(boundaryKey(), 4) }),
      reveal: gaussians.patch(gaussPatch(BOUNDARY)),
    },
    {
      id: 'unequal-linear',
      question: t('ex.unequal.q', { s1: formatNumber(UNEQUAL.sigma1), s2: formatNumber(UNEQUAL.sigma2) }),
      answer: { kind: 'choice', options: trueFalse(t), correct: () => logOddsIsLinear(UNEQUAL) },
      hint: t('ex.unequal.hint'),
      explanation: t('ex.unequal.explain', { a2: formatNumber(logOddsQuadratic(UNEQUAL).a2, 4), n: decisionBoundaries(UNEQUAL).length }),
      reveal: gaussians.patch(gaussPatch(UNEQUAL)),
    },
  ];
}
