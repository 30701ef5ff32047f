import type { TFunction } from 'i18next';
import { formatInfo, softmaxNaive } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { DEFAULT_LOGITS } from './schema';
import { F32_DECIMAL_EXP, F32_REVEAL_X } from './figures';
import { expLimitsWidget, softmaxStepsWidget } from './widgets';

/** The logits of the softmax-steps widget's default state. */
export const NAIVE_LOGITS: readonly number[] = DEFAULT_LOGITS;

/** 'nan' when the engine's naive float16 softmax of NAIVE_LOGITS has a NaN in it, else 'dist'. */
export function naiveVerdict(): 'nan' | 'dist' {
  return softmaxNaive(NAIVE_LOGITS, 'float16').some(Number.isNaN) ? 'nan' : 'dist';
}

/** Whether "float32 exp overflows above x = 38" (the decimal exponent of its max) is right: only if ln(max) is near it. */
export function f32Is38(): 'true' | 'false' {
  return Math.abs(formatInfo('float32').expOverflowAt - F32_DECIMAL_EXP) < 0.5 ? 'true' : 'false';
}

const trueFalse = (t: TFunction) => [
  { id: 'true', label: t('ex.true') },
  { id: 'false', label: t('ex.false') },
];

/**
 * The lesson's exercises; every key is computed from the engine when checked, and every
 * figure in their texts comes from figures.ts (filled into the string tables).
 */
export function overflowExercises(t: TFunction): ExerciseDef[] {
  const f16 = formatInfo('float16').expOverflowAt;
  return [
    {
      id: 'naive-nan',
      question: t('ex.naive.q'),
      answer: {
        kind: 'choice',
        options: [
          { id: 'dist', label: t('ex.naive.dist') },
          { id: 'nan', label: t('ex.naive.nan') },
        ],
        correct: naiveVerdict,
      },
      hint: t('ex.naive.hint'),
      explanation: t('ex.naive.explain'),
      reveal: softmaxStepsWidget.patch({ z: [...NAIVE_LOGITS], p: 'float16' }),
    },
    {
      id: 'exp-f16',
      question: t('ex.f16.q'),
      answer: { kind: 'number', correct: () => formatInfo('float16').expOverflowAt, relTol: 0.02 },
      hint: t('ex.f16.hint'),
      explanation: t('ex.f16.explain'),
      // Just past ln(max): exp is ∞ in float16 and finite in every wider format.
      reveal: expLimitsWidget.patch({ x: Number((f16 + 0.01).toFixed(2)) }),
    },
    {
      id: 'f32-38',
      question: t('ex.f32.q'),
      answer: { kind: 'choice', options: trueFalse(t), correct: f32Is38 },
      hint: t('ex.f32.hint'),
      explanation: t('ex.f32.explain'),
      // Just above the decimal exponent: float32 still holds exp(x), only float16 has overflowed.
      reveal: expLimitsWidget.patch({ x: F32_REVEAL_X }),
    },
  ];
}
