import type { TFunction } from 'i18next';
import { activations, createTrainer, makeDataset, sampleFunction } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatNumber } from '../../format/number';
import { N_POINTS, PRESETS, runConfigOf, type PresetName } from './schema';
import { lab } from './widgets';

const ALPHA = 0.01;
const TF = (t: TFunction) => [
  { id: 'true', label: t('ex.true') },
  { id: 'false', label: t('ex.false') },
];

/** Largest |f′(z)| over negative z (a grid on [−10, −0.01]), from the engine's derivative. */
export function maxNegativeSlope(name: 'relu' | 'leakyRelu'): number {
  const params = name === 'leakyRelu' ? { alpha: ALPHA } : undefined;
  const s = sampleFunction((z) => Math.abs(activations[name].df(z, params)), -10, -0.01, 101);
  return Math.max(...s.y);
}

/** Smallest |f′(z)| over negative z: 0 means a unit stuck there receives no gradient at all. */
export function minNegativeSlope(name: 'relu' | 'leakyRelu'): number {
  const params = name === 'leakyRelu' ? { alpha: ALPHA } : undefined;
  const s = sampleFunction((z) => Math.abs(activations[name].df(z, params)), -10, -0.01, 101);
  return Math.min(...s.y);
}

/** Dead hidden units (all layers) of a preset's network at step 0, from the engine's trainer. */
export function deadAtStart(preset: PresetName): number {
  const p = PRESETS[preset];
  const { dataset: _d, ...cfg } = runConfigOf(p);
  const trainer = createTrainer({ ...cfg, data: makeDataset(p.data, N_POINTS, p.seed) });
  return trainer.deadUnits().reduce((a, b) => a + b, 0);
}

/** The lab's exercises; every key is computed from the engine when checked. */
export function deadReluExercises(t: TFunction): ExerciseDef[] {
  const nb = PRESETS.negBias;
  const countValues = { layers: nb.layers, width: nb.width, units: nb.layers * nb.width, scale: formatNumber(nb.scale), bias: formatNumber(nb.bias) };
  return [
    {
      id: 'dead-gradient',
      question: t('ex.grad.q'),
      answer: {
        kind: 'choice',
        options: [
          { id: 'zero', label: t('ex.grad.zero') },
          { id: 'small', label: t('ex.grad.small') },
          { id: 'one', label: t('ex.grad.one') },
        ],
        correct: () => {
          const m = maxNegativeSlope('relu');
          return m === 0 ? 'zero' : m < 1 ? 'small' : 'one';
        },
      },
      hint: t('ex.grad.hint'),
      explanation: t('ex.grad.explain', { v: maxNegativeSlope('relu') }),
      // No reveal: the derivation right after it answers this one, and a reveal would scroll
      // the page past the two questions that still sit between it and the lab.
    },
    {
      id: 'leaky-dies',
      question: t('ex.leaky.q'),
      answer: { kind: 'choice', options: TF(t), correct: () => (minNegativeSlope('leakyRelu') === 0 ? 'true' : 'false') },
      hint: t('ex.leaky.hint'),
      explanation: t('ex.leaky.explain', { v: minNegativeSlope('leakyRelu') }),
      reveal: lab.patch(PRESETS.leaky),
    },
    {
      id: 'negbias-count',
      question: t('ex.count.q', countValues),
      answer: { kind: 'number', correct: () => deadAtStart('negBias'), relTol: 0.01 },
      hint: t('ex.count.hint', countValues),
      explanation: t('ex.count.explain', { ...countValues, n: deadAtStart('negBias'), fix: deadAtStart('zeroBias') }),
      reveal: lab.patch(PRESETS.negBias),
    },
  ];
}
