import type { TFunction } from 'i18next';
import { sigmoidGates, softmax, uniformGateSum, weightSum } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { figures, INIT_N, NEEDLE } from './figures';
import { presetScores } from './scores';
import { needles, sigmoidBias } from './widgets';
import { scalingExercises } from './scalingExercises';

export { INIT_N };

/** With every score low, which reading can put (almost) no weight anywhere? */
export function whoCanAbstain(): 'softmax' | 'sigmoid' | 'both' | 'neither' {
  const low = presetScores('low');
  const soft = weightSum(softmax(low)) < 0.5;
  const gate = weightSum(sigmoidGates(low)) < 0.5;
  return soft && gate ? 'both' : soft ? 'softmax' : gate ? 'sigmoid' : 'neither';
}

/** The sum of n sigmoid gates at initialization (every score 0), without a bias. */
export const initSum = (): number => uniformGateSum(INIT_N, 0, 0);

/** The softmax weight of one of two equal needles. */
export const twoNeedleWeight = (): number => softmax(presetScores('two'))[NEEDLE];

const trueFalse = (t: TFunction) => [
  { id: 'true', label: t('ex.true') },
  { id: 'false', label: t('ex.false') },
];

/** The attention-gates exercises; every key is computed by the engine when checked. */
export function attentionExercises(t: TFunction): ExerciseDef[] {
  return [
    {
      id: 'attend-nothing',
      question: t('ex.nothing.q'),
      answer: {
        kind: 'choice',
        options: [
          { id: 'softmax', label: t('ex.nothing.softmax') },
          { id: 'sigmoid', label: t('ex.nothing.sigmoid') },
          { id: 'both', label: t('ex.nothing.both') },
        ],
        correct: whoCanAbstain,
      },
      hint: t('ex.nothing.hint'),
      explanation: t('ex.nothing.explain', { gate: figures.lowGate, sum: figures.lowGateSum, each: figures.lowSoftmax }),
      reveal: needles.patch({ z: presetScores('low') }),
    },
    {
      id: 'init-sum',
      question: t('ex.init.q', { n: INIT_N }),
      answer: { kind: 'number', correct: initSum, relTol: 0.05 },
      hint: t('ex.init.hint'),
      explanation: t('ex.init.explain', { n: figures.initN, sum: figures.initSum, biased: figures.initBiasedSum }),
      reveal: sigmoidBias.patch({ n: INIT_N, s: 0 }),
    },
    {
      id: 'two-needles',
      question: t('ex.two.q'),
      answer: { kind: 'choice', options: trueFalse(t), correct: () => (twoNeedleWeight() > 0.9 ? 'true' : 'false') },
      hint: t('ex.two.hint'),
      explanation: t('ex.two.explain', { w: figures.twoNeedles, gate: figures.needleGate }),
      reveal: needles.patch({ z: presetScores('two') }),
    },
    ...scalingExercises(t),
  ];
}
