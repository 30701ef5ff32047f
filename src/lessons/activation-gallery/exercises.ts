import type { TFunction } from 'i18next';
import { activations, type ActivationName } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatFixed, formatNumber } from '../../format/number';
import { gallery } from './widgets';

/** Largest x > 0 where |f′(x)| ≥ ε, by bisection on the engine's derivative (f′ decreasing there). */
export function saturationEdge(name: ActivationName, eps: number, hi = 60): number {
  const df = (x: number) => Math.abs(activations[name].df(x));
  let lo = 0;
  let up = hi;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + up) / 2;
    if (df(mid) >= eps) lo = mid;
    else up = mid;
  }
  return lo;
}

const CANDIDATES: ActivationName[] = ['sigmoid', 'tanh', 'relu', 'hardTanh'];

/** The gallery's exercises; every key is computed from the engine when checked. */
export function galleryExercises(t: TFunction): ExerciseDef[] {
  return [
    {
      id: 'sigmoid-edge',
      question: t('ex.edge.q'),
      answer: { kind: 'slider', min: 0, max: 10, step: 0.1, correct: () => saturationEdge('sigmoid', 0.01), absTol: 0.3 },
      hint: t('ex.edge.hint'),
      explanation: t('ex.edge.explain', { x: formatFixed(saturationEdge('sigmoid', 0.01), 2) }),
      reveal: gallery.patch({ pick: ['sigmoid'], eps: 0.01, xmax: 8 }),
    },
    {
      id: 'never-saturates',
      question: t('ex.never.q'),
      answer: {
        kind: 'choice',
        options: CANDIDATES.map((n) => ({ id: n, label: activations[n].label })),
        // The one whose saturation side excludes the positive side.
        correct: () => CANDIDATES.find((n) => activations[n].saturates === 'none' || activations[n].saturates === 'negative') ?? 'relu',
      },
      hint: t('ex.never.hint'),
      explanation: t('ex.never.explain'),
      reveal: gallery.patch({ pick: CANDIDATES.slice(0, 3) }),
    },
    {
      id: 'max-slope',
      question: t('ex.slope.q'),
      answer: {
        kind: 'choice',
        options: [
          { id: 'true', label: t('ex.true') },
          { id: 'false', label: t('ex.false') },
        ],
        correct: () => (activations.sigmoid.df(0) === 1 ? 'true' : 'false'),
      },
      hint: t('ex.slope.hint'),
      explanation: t('ex.slope.explain', { v: formatNumber(activations.sigmoid.df(0)) }),
      reveal: gallery.patch({ pick: ['sigmoid', 'tanh'], xmax: 4 }),
    },
  ];
}
