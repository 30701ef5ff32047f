import type { TFunction } from 'i18next';
import { bceWithLogitsGrad, ceDecomposition, crossEntropyWithLogitsGrad, sigmoidMseGrad } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { ANIMALS } from './schema';
import { binaryGrad, entropyKL, softmaxGrad } from './widgets';
import { formatFixed, formatNumber, formatPercent } from '../../format/number';
import { lossMapExercises } from './lossMapExercises';

/** The truth used by the "best possible model" exercise (the hkl widget's default p). */
export const TRUTH = [0.7, 0.2, 0.1] as const;
/** Logits and true class of the softmax-gradient exercise. */
export const GRAD_LOGITS = [2, 1, -1] as const;
export const GRAD_TARGET = 1; // dog
/** A confidently wrong binary prediction: y = 1, z = −6. */
export const WRONG_Z = -6;

const trueFalse = (t: TFunction) => [
  { id: 'true', label: t('ex.true') },
  { id: 'false', label: t('ex.false') },
];

/** ∂CE/∂z of the true class for the exercise's logits, from the engine. */
export const dogGradient = (): number => crossEntropyWithLogitsGrad([...GRAD_LOGITS], GRAD_TARGET)[GRAD_TARGET];

/** The cross-entropy lesson's exercises; every key is computed by the engine when checked. */
export function crossEntropyExercises(t: TFunction): ExerciseDef[] {
  const best = ceDecomposition([...TRUTH], [...TRUTH]);
  return [
    {
      id: 'ce-floor',
      question: t('ex.floor.q', { cat: formatPercent(TRUTH[0]), dog: formatPercent(TRUTH[1]), pig: formatPercent(TRUTH[2]) }),
      answer: {
        kind: 'choice',
        options: [
          { id: 'zero', label: t('ex.floor.zero') },
          { id: 'entropy', label: t('ex.floor.entropy') },
          { id: 'kl', label: t('ex.floor.kl') },
        ],
        // q = p is the best a model can do: its cross-entropy is then exactly H(p) > 0.
        correct: () => {
          const d = ceDecomposition([...TRUTH], [...TRUTH]);
          return d.crossEntropy > 1e-12 && Math.abs(d.crossEntropy - d.entropy) < 1e-12 ? 'entropy' : d.crossEntropy <= 1e-12 ? 'zero' : 'kl';
        },
      },
      hint: t('ex.floor.hint'),
      explanation: t('ex.floor.explain', { h: formatFixed(best.entropy, 4) }),
      reveal: entropyKL.patch({ p: [...TRUTH], q: [...TRUTH] }),
    },
    {
      id: 'softmax-grad',
      question: t('ex.grad.q'),
      answer: { kind: 'number', correct: dogGradient, relTol: 0.03 },
      hint: t('ex.grad.hint'),
      explanation: t('ex.grad.explain', { g: formatFixed(dogGradient(), 4) }),
      reveal: softmaxGrad.patch({ z: [...GRAD_LOGITS], target: ANIMALS[GRAD_TARGET] }),
    },
    {
      id: 'mse-bigger',
      question: t('ex.mse.q'),
      answer: {
        kind: 'choice',
        options: trueFalse(t),
        correct: () => (Math.abs(sigmoidMseGrad(WRONG_Z, 1)) > Math.abs(bceWithLogitsGrad(WRONG_Z, 1)) ? 'true' : 'false'),
      },
      hint: t('ex.mse.hint'),
      explanation: t('ex.mse.explain', { bce: formatFixed(bceWithLogitsGrad(WRONG_Z, 1), 4), mse: formatNumber(sigmoidMseGrad(WRONG_Z, 1), 3) }),
      reveal: binaryGrad.patch({ z: WRONG_Z, y: '1', log: true }),
    },
    ...lossMapExercises(t),
  ];
}
