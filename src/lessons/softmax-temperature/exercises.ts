import type { TFunction } from 'i18next';
import { softmax } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { CANDIDATES, DEFAULT_LOGITS, HOT_T, T_MIN, argmax } from './candidates';
import { temperature } from './widgets';

const WENT = CANDIDATES.indexOf('went');

/** p(went) in percent for the running example at temperature T, from the engine's softmax. */
export function wentPercent(T = 1, z: readonly number[] = DEFAULT_LOGITS): number {
  return softmax(z, T)[WENT] * 100;
}

export type ColdLimit = 'argmax' | 'uniform' | 'unchanged';

/** What softmax(z / T) looks like at the coldest T the widget allows, classified from the engine's output. */
export function coldLimit(z: readonly number[] = DEFAULT_LOGITS): ColdLimit {
  const p = softmax(z, T_MIN);
  if (p[argmax(p)] > 0.999) return 'argmax';
  if (Array.from(p).every((v) => Math.abs(v - 1 / p.length) < 0.01)) return 'uniform';
  return 'unchanged';
}

/** Does going from T to 2T raise the top word's probability? (The engine says no.) */
export function hotterRaisesTop(T = 1, z: readonly number[] = DEFAULT_LOGITS): boolean {
  const cool = softmax(z, T);
  const top = argmax(cool);
  return softmax(z, 2 * T)[top] > cool[top];
}

/**
 * The lesson's exercises; every key is computed from the engine when checked, and every figure
 * in their texts comes from figures.ts (filled into the string tables by strings.ts).
 */
export function temperatureExercises(t: TFunction): ExerciseDef[] {
  const tf = [
    { id: 'true', label: t('ex.true') },
    { id: 'false', label: t('ex.false') },
  ];
  return [
    {
      id: 'went-at-1',
      question: t('ex.went.q'),
      answer: { kind: 'number', correct: () => wentPercent(1), relTol: 0.03, unit: '%' },
      hint: t('ex.went.hint'),
      explanation: t('ex.went.explain'),
      reveal: temperature.patch({ z: DEFAULT_LOGITS, t: 1, focus: 'went' }),
    },
    {
      id: 'cold-limit',
      question: t('ex.cold.q'),
      answer: {
        kind: 'choice',
        options: (['argmax', 'uniform', 'unchanged'] as const).map((id) => ({ id, label: t(`ex.cold.${id}`) })),
        correct: () => coldLimit(),
      },
      hint: t('ex.cold.hint'),
      explanation: t('ex.cold.explain'),
      reveal: temperature.patch({ z: DEFAULT_LOGITS, t: T_MIN }),
    },
    {
      id: 'hotter-top',
      question: t('ex.hot.q'),
      answer: { kind: 'choice', options: tf, correct: () => (hotterRaisesTop(1) ? 'true' : 'false') },
      hint: t('ex.hot.hint'),
      explanation: t('ex.hot.explain'),
      reveal: temperature.patch({ z: DEFAULT_LOGITS, t: HOT_T, focus: 'went' }),
    },
  ];
}
