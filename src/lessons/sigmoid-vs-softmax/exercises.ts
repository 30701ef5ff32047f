import type { TFunction } from 'i18next';
import { logSoftmax, sigmoid, softmax } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatNumber } from '../../format/number';
import { MISTAKE_LOGITS } from './schema';
import { heads, identity, mistake } from './widgets';

/** Does element-wise sigmoid of the two logits sum to 1? Asked of the engine. */
export function sigmoidsSumToOne(z: readonly number[] = MISTAKE_LOGITS): boolean {
  return Math.abs(z.reduce((s, v) => s + sigmoid(v), 0) - 1) < 1e-12;
}

/** Candidate closed forms for softmax([0, z])₁. */
const FORMS: Record<string, { label: string; f: (z: number) => number }> = {
  sigmoid: { label: 'σ(z)', f: (z) => sigmoid(z) },
  sigmoid2: { label: 'σ(2z)', f: (z) => sigmoid(2 * z) },
  oneMinus: { label: '1 − σ(z)', f: (z) => 1 - sigmoid(z) },
  half: { label: '½ (1 + tanh z)', f: (z) => 0.5 * (1 + Math.tanh(z)) },
};
const GRID = [-6, -2, -0.5, 0, 0.7, 3, 9];
/** Where the pair-form exercise's reveal marks both curves. */
export const PAIR_Z = 3;

/** Which form agrees with the engine's softmax([0, z])₁ on a grid of z (to 1e−12). */
export function pairForm(): string {
  const hit = Object.keys(FORMS).find((k) => GRID.every((z) => Math.abs(FORMS[k].f(z) - softmax([0, z])[1]) < 1e-12));
  return hit ?? 'none';
}

/** The single logit a sigmoid head needs to match softmax over [z₀, z₁]: log(p₁ / p₀), from the engine. */
export function equivalentLogit(z: readonly number[] = MISTAKE_LOGITS): number {
  const l = logSoftmax(z);
  return l[1] - l[0];
}

/** The lesson's exercises; every key is computed from the engine when checked. */
export function sigmoidSoftmaxExercises(t: TFunction): ExerciseDef[] {
  const [z0, z1] = MISTAKE_LOGITS;
  const sum = sigmoid(z0) + sigmoid(z1);
  return [
    {
      id: 'sigmoid-sum',
      question: t('ex.sum.q', { z0: formatNumber(z0, 6), z1: formatNumber(z1, 6) }),
      answer: {
        kind: 'choice',
        options: [
          { id: 'true', label: t('ex.true') },
          { id: 'false', label: t('ex.false') },
        ],
        correct: () => (sigmoidsSumToOne() ? 'true' : 'false'),
      },
      hint: t('ex.sum.hint'),
      explanation: t('ex.sum.explain', { sum: formatNumber(sum, 4) }),
      reveal: mistake.patch({ z: MISTAKE_LOGITS }),
    },
    {
      id: 'pair-form',
      question: t('ex.pair.q'),
      answer: { kind: 'choice', options: Object.entries(FORMS).map(([id, v]) => ({ id, label: v.label })), correct: pairForm },
      hint: t('ex.pair.hint'),
      explanation: t('ex.pair.explain', { z: formatNumber(PAIR_Z) }),
      reveal: identity.patch({ z: PAIR_Z }),
    },
    {
      id: 'one-logit',
      question: t('ex.logit.q', { z0: formatNumber(z0, 6), z1: formatNumber(z1, 6) }),
      answer: { kind: 'number', correct: () => equivalentLogit(), relTol: 0.02 },
      hint: t('ex.logit.hint'),
      explanation: t('ex.logit.explain', { z: formatNumber(equivalentLogit(), 6) }),
      reveal: heads.patch({ z0, z1, y: '1' }),
    },
  ];
}
