import type { TFunction } from 'i18next';
import { activations, normalCdf, type ActivationName } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatFixed, formatNumber } from '../../format/number';
import { gallery, geluGate, maxout } from './widgets';
import { maxoutErrorRatio } from './maxoutView';
import { GATE_MAX_N } from './schema';

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
/** The maxout exercise's answer options: the error divided by 2, 4 or 8. */
const DIVISORS = [2, 4, 8] as const;
const GATE_X = -1;

/** The option nearest (in log scale) to how far x²'s error falls from k = 2 to k = 4, by the engine's fits. */
export function maxoutDivisor(): (typeof DIVISORS)[number] {
  const r = maxoutErrorRatio('square', 2);
  return DIVISORS.reduce((best, d) => (Math.abs(Math.log(r / d)) < Math.abs(Math.log(r / best)) ? d : best));
}

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
    {
      id: 'maxout-halving',
      question: t('ex.maxout.q'),
      answer: {
        kind: 'choice',
        options: DIVISORS.map((d) => ({ id: String(d), label: t('ex.e', { d }) })),
        correct: () => String(maxoutDivisor()),
      },
      hint: t('ex.maxout.hint'),
      explanation: t('ex.maxout.explain', { ratio: formatFixed(maxoutErrorRatio('square', 2), 1) }),
      reveal: maxout.patch({ target: 'square', k: 4 }),
    },
    {
      id: 'gelu-gate',
      question: t('ex.gate.q', { p: formatFixed(normalCdf(GATE_X), 3) }),
      answer: { kind: 'slider', min: -1, max: 1, step: 0.01, correct: () => activations.gelu.f(GATE_X), absTol: 0.02 },
      hint: t('ex.gate.hint'),
      explanation: t('ex.gate.explain', { v: formatFixed(activations.gelu.f(GATE_X), 3), n: GATE_MAX_N }),
      reveal: geluGate.patch({ x: GATE_X, n: GATE_MAX_N }),
    },
  ];
}
