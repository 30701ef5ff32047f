import type { TFunction } from 'i18next';
import { attentionScaling } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { EX_DK, scalingFigures } from './scalingFigures';
import { attnScale } from './widgets';

/** The analytic spread of q·k at the exercise's d_k, from the engine (not typed). */
export const exerciseStd = (): number => attentionScaling({ dk: EX_DK, keys: 2, queries: 1, seed: 1 }).analyticStd;

/** The √d_k exercise (appended to the lesson's list). */
export function scalingExercises(t: TFunction): ExerciseDef[] {
  return [
    {
      id: 'sqrt-dk',
      question: t('scale.ex.q', { dk: scalingFigures.exDk }),
      answer: { kind: 'number', correct: exerciseStd, relTol: 0.1 },
      hint: t('scale.ex.hint'),
      explanation: t('scale.ex.explain', { sd: scalingFigures.exStd, measured: scalingFigures.exMeasured, dk: scalingFigures.exDk }),
      reveal: attnScale.patch({ dk: EX_DK, scaled: false }),
    },
  ];
}
