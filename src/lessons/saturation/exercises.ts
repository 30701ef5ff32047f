import type { TFunction } from 'i18next';
import { activations, sampleFunction } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { depthChain, type DepthParams } from './depthChain';
import { depthSchema } from './schema';
import { formatNumber } from '../../format/number';
import { depth, slopes } from './widgets';

/** The depth widget's default state: 30 sigmoid layers, Xavier init. */
export const DEPTH30: DepthParams = {
  act: 'sigmoid',
  init: 'xavier',
  scale: 1,
  depth: 30,
  width: depthSchema.width.default,
  seed: depthSchema.seed.default,
};

/** "Far" from the bound: more than this factor above or below it (three orders of magnitude). */
export const FAR = 1000;

/**
 * How the measured first/last gradient ratio compares with (1/4)^N, from one engine
 * backward pass: within a factor FAR either way is "about", otherwise smaller or larger.
 */
export function depthVerdict(p: DepthParams): { verdict: 'smaller' | 'about' | 'larger'; ratio: number; bound: number; factor: number } {
  const r = depthChain(p);
  const factor = r.ratio / r.sigmoidBound;
  const verdict = factor < 1 / FAR ? 'smaller' : factor > FAR ? 'larger' : 'about';
  return { verdict, ratio: r.ratio, bound: r.sigmoidBound, factor };
}

/** The largest σ′ on a fine grid of [−10, 10] (which contains 0), from the engine. */
export function maxSigmoidSlope(): number {
  return Math.max(...sampleFunction((x) => activations.sigmoid.df(x), -10, 10, 2001).y);
}

const sci = (v: number) => formatNumber(v, 3);

/** The lesson's exercises; every key is computed from the engine when checked. */
export function saturationExercises(t: TFunction): ExerciseDef[] {
  const tf = [
    { id: 'true', label: t('ex.true') },
    { id: 'false', label: t('ex.false') },
  ];
  return [
    {
      id: 'depth-bound',
      question: t('ex.depth.q', { bound: sci(0.25 ** DEPTH30.depth), depth: DEPTH30.depth, width: DEPTH30.width }),
      answer: {
        kind: 'choice',
        options: [
          { id: 'smaller', label: t('ex.depth.smaller', { far: FAR }) },
          { id: 'about', label: t('ex.depth.about', { far: FAR }) },
          { id: 'larger', label: t('ex.depth.larger', { far: FAR }) },
        ],
        correct: () => depthVerdict(DEPTH30).verdict,
      },
      hint: t('ex.depth.hint'),
      explanation: () => {
        const v = depthVerdict(DEPTH30);
        const r = depthChain(DEPTH30);
        return t('ex.depth.explain', {
          far: FAR,
          seedMin: depthSchema.seed.min,
          seedMax: depthSchema.seed.max,
          seed: DEPTH30.seed,
          depth: DEPTH30.depth,
          ratio: sci(v.ratio),
          factor: formatNumber(v.factor, 2),
          slope: formatNumber(r.slopeFactor, 3),
          weight: formatNumber(r.weightFactor, 3),
        });
      },
      reveal: depth.patch({ ...DEPTH30 }),
    },
    {
      id: 'sigma-40',
      question: t('ex.s40.q'),
      answer: { kind: 'choice', options: tf, correct: () => (activations.sigmoid.df(40) === 0 ? 'true' : 'false') },
      hint: t('ex.s40.hint'),
      explanation: t('ex.s40.explain', { v: sci(activations.sigmoid.df(40)) }),
      reveal: slopes.patch({ x: 40, xmax: 50 }),
    },
    {
      id: 'sigma-max',
      question: t('ex.max.q'),
      answer: { kind: 'number', correct: maxSigmoidSlope, relTol: 0.02 },
      hint: t('ex.max.hint'),
      explanation: t('ex.max.explain', { v: formatNumber(maxSigmoidSlope()) }),
      reveal: slopes.patch({ x: 0, xmax: 10 }),
    },
  ];
}
