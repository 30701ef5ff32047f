import type { TFunction } from 'i18next';
import { decisionBoundaries, logOddsQuadratic, posteriorVsLogistic, sharedCovarianceLogistic2D, type TwoGaussians, type TwoGaussians2D } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatNumber } from '../../format/number';
import { X_RANGE } from './schema';
import { gaussians, plane } from './widgets';
import { classesOf, type PlaneState } from './plane';

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

/** The tilt question's classes: a shared Σ with strongly correlated features, means side by side on the x₁ axis. */
export const TILT: Omit<PlaneState, 'sx2' | 'sy2' | 'r2'> = { m1x: 1.5, m1y: 0, m2x: -1.5, m2y: 0, sx1: 1, sy1: 1, r1: 0.8, shared: true, prior: 0.5 };
const tiltClasses = (): TwoGaussians2D => classesOf({ ...TILT, sx2: 1, sy2: 1, r2: 0 });

/**
 * 'perpendicular' when the boundary wᵀx + b = 0 is perpendicular to μ₁ − μ₂ (w parallel to it),
 * else 'tilted'; from the engine's w = Σ⁻¹(μ₁ − μ₂) and the sine of its angle to μ₁ − μ₂.
 */
export function boundaryTilt(g: TwoGaussians2D): 'perpendicular' | 'tilted' {
  const { w } = sharedCovarianceLogistic2D(g);
  const d = [g.mu1[0] - g.mu2[0], g.mu1[1] - g.mu2[1]];
  const sin = Math.abs(w[0] * d[1] - w[1] * d[0]) / (Math.hypot(w[0], w[1]) * Math.hypot(d[0], d[1]));
  return sin < 1e-9 ? 'perpendicular' : 'tilted';
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
    {
      id: 'plane-tilt',
      question: t('ex.tilt.q', { r: formatNumber(TILT.r1), m1: formatNumber(TILT.m1x), m2: formatNumber(TILT.m2x) }),
      answer: {
        kind: 'choice',
        options: [
          { id: 'perpendicular', label: t('ex.tilt.perpendicular') },
          { id: 'tilted', label: t('ex.tilt.tilted') },
        ],
        correct: () => boundaryTilt(tiltClasses()),
      },
      hint: t('ex.tilt.hint'),
      explanation: t('ex.tilt.explain', { w1: formatNumber(sharedCovarianceLogistic2D(tiltClasses()).w[0], 3), w2: formatNumber(sharedCovarianceLogistic2D(tiltClasses()).w[1], 3) }),
      reveal: plane.patch(TILT),
    },
  ];
}
