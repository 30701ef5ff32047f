import type { TFunction } from 'i18next';
import { fpgaSigmoidExact, sigmoidApprox, TAYLOR_COEFFS } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatFixed, formatNumber } from '../../format/number';
import { hwBench, hwCordic, hwQnet } from './widgets';
import { smallestGoodWidth } from './qnetModel';
import { repeatedShifts, repeatPosition } from './cordicView';

/** The shift hyperbolic CORDIC repeats after 4, from the engine's schedule. */
export const nextRepeat = (): number => repeatedShifts(20)[1];

/** Multipliers in PLAN's datapath, from the engine's cost model. */
export const planMultipliers = (): number => sigmoidApprox.plan.cost(undefined, undefined).multipliers;

/**
 * Radius of convergence of σ's Taylor series, estimated from the engine's coefficients by
 * the ratio test in x²: |c₇ / c₉|^½ (the true radius is π, set by the poles at ±iπ).
 */
export function taylorRadius(): number {
  const n = TAYLOR_COEFFS.length;
  return Math.sqrt(Math.abs(TAYLOR_COEFFS[n - 2] / TAYLOR_COEFFS[n - 1]));
}

/** Where "more terms" is tested: well outside the radius. */
export const FAR_X = 6;
const taylorErr = (order: number, x: number) => Math.abs(sigmoidApprox.taylor.evaluate(x, { order }) - fpgaSigmoidExact(x));

/** Whether going from order 7 to order 9 makes the Taylor series better at x = 6. */
export const moreTermsHelp = (): boolean => taylorErr(9, FAR_X) < taylorErr(7, FAR_X);

/** The hardware lesson's exercises; every key is computed by the engine when checked. */
export function hardwareExercises(t: TFunction): ExerciseDef[] {
  return [
    {
      id: 'plan-multipliers',
      question: t('ex.plan.q'),
      answer: { kind: 'number', correct: planMultipliers, relTol: 0 },
      hint: t('ex.plan.hint'),
      explanation: t('ex.plan.explain'),
      reveal: hwBench.patch({ pick: ['plan', 'lut', 'taylor'], fixed: false, sort: 'multipliers', dir: 'asc' }),
    },
    {
      id: 'taylor-radius',
      question: t('ex.radius.q'),
      answer: { kind: 'slider', min: 0, max: 8, step: 0.1, correct: taylorRadius, absTol: 0.3 },
      hint: t('ex.radius.hint'),
      explanation: t('ex.radius.explain', { r: formatFixed(taylorRadius(), 3) }),
      reveal: hwBench.patch({ pick: ['taylor'], fixed: false, order: 9, scale: 'log' }),
    },
    {
      id: 'taylor-more-terms',
      question: t('ex.terms.q', { x: FAR_X }),
      answer: {
        kind: 'choice',
        options: [
          { id: 'true', label: t('ex.true') },
          { id: 'false', label: t('ex.false') },
        ],
        correct: () => (moreTermsHelp() ? 'true' : 'false'),
      },
      hint: t('ex.terms.hint'),
      explanation: t('ex.terms.explain', { x: FAR_X, e7: formatNumber(taylorErr(7, FAR_X), 3), e9: formatNumber(taylorErr(9, FAR_X), 3) }),
      reveal: hwBench.patch({ pick: ['taylor'], fixed: false, order: 9, scale: 'linear' }),
    },
    {
      id: 'cordic-repeat',
      question: t('cordic.exQ'),
      answer: { kind: 'number', correct: nextRepeat, relTol: 0 },
      hint: t('cordic.exHint'),
      explanation: t('cordic.exExplain', { next: nextRepeat(), pos: repeatPosition(nextRepeat()) }),
      reveal: hwCordic.patch({ x: 1.5, n: 16, step: repeatPosition(nextRepeat()), fixed: false }),
    },
    {
      id: 'qnet-width',
      question: t('qnet.exQ'),
      // Trains the cached network on the first check (a click), never at render.
      answer: { kind: 'number', correct: () => smallestGoodWidth(), relTol: 0.1 },
      hint: t('qnet.exHint'),
      explanation: t('qnet.exExplain'),
      reveal: hwQnet.patch({ w: [16, 16, 16], i: [6, 6, 6], sig: 'hls4ml' }),
    },
  ];
}
