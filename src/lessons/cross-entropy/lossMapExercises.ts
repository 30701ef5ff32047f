import type { TFunction } from 'i18next';
import { bceWithLogits, doubleSoftmaxCE, sigmoidBceFloat32, TORCH_BCE_LOG_CLAMP } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatFixed, formatNumber } from '../../format/number';
import { ANIMALS, DS_LOGITS } from './schema';
import { BCE_EX_Z, DS_EX_SCALE, DS_EX_TARGET } from './lossMapFigures';
import { bceFloat32, doubleSoftmax } from './widgets';

/** How much smaller the doubled gradient is at the exercise's logits, as a bucket the reader picks. */
export function doubleSoftmaxBucket(): 'same' | 'half' | 'hundred' {
  const r = doubleSoftmaxCE(DS_LOGITS.map((v) => v * DS_EX_SCALE), DS_EX_TARGET).ratio;
  return r < 0.01 ? 'hundred' : r < 0.75 ? 'half' : 'same';
}

/** What float32 sigmoid + BCELoss reports at z = 20, y = 0: the true loss, a non-finite value, or the clamp. */
export function bceClampVerdict(): 'true' | 'inf' | 'clamp' {
  const l = sigmoidBceFloat32(BCE_EX_Z, 0).loss;
  if (!Number.isFinite(l)) return 'inf';
  return Math.abs(l - bceWithLogits(BCE_EX_Z, 0)) < 0.01 ? 'true' : 'clamp';
}

/** The loss-map exercises (appended to the lesson's list); every key is computed by the engine. */
export function lossMapExercises(t: TFunction): ExerciseDef[] {
  const ex = doubleSoftmaxCE(DS_LOGITS.map((v) => v * DS_EX_SCALE), DS_EX_TARGET);
  const l32 = sigmoidBceFloat32(BCE_EX_Z, 0);
  return [
    {
      id: 'double-softmax',
      question: t('lm.ex.ds.q', { s: formatNumber(DS_EX_SCALE) }),
      answer: {
        kind: 'choice',
        options: [
          { id: 'same', label: t('lm.ex.ds.same') },
          { id: 'half', label: t('lm.ex.ds.half') },
          { id: 'hundred', label: t('lm.ex.ds.hundred') },
        ],
        correct: doubleSoftmaxBucket,
      },
      hint: t('lm.ex.ds.hint'),
      explanation: t('lm.ex.ds.explain', { good: formatNumber(ex.gradNorm, 3), bad: formatNumber(ex.doubleGradNorm, 3), factor: formatNumber(1 / ex.ratio, 2) }),
      reveal: doubleSoftmax.patch({ s: DS_EX_SCALE, target: ANIMALS[DS_EX_TARGET] }),
    },
    {
      id: 'bce-clamp',
      question: t('lm.ex.clamp.q', { z: formatNumber(BCE_EX_Z) }),
      answer: {
        kind: 'choice',
        options: [
          { id: 'true', label: t('lm.ex.clamp.true', { z: formatNumber(BCE_EX_Z) }) },
          { id: 'inf', label: t('lm.ex.clamp.inf') },
          { id: 'clamp', label: t('lm.ex.clamp.clamp') },
        ],
        correct: bceClampVerdict,
      },
      hint: t('lm.ex.clamp.hint'),
      explanation: t('lm.ex.clamp.explain', { clamp: formatNumber(TORCH_BCE_LOG_CLAMP), loss: formatNumber(l32.loss), truth: formatFixed(bceWithLogits(BCE_EX_Z, 0), 4), grad: formatNumber(l32.grad) }),
      reveal: bceFloat32.patch({ z: BCE_EX_Z, y: '0' }),
    },
  ];
}
