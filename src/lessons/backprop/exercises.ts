import type { TFunction } from 'i18next';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatNumber } from '../../components/plot/scales';
import { BLOCKED_SLOPE, backwardRun, defaultBackward, measureSpread, sgdData, sgdTrainer } from './model';
import { SGD_SEED } from './schema';
import { backwardWidget, digitsWidget, sgdWidget } from './widgets';
import { digitFirstLayerParameters, digitParameters } from './figures';

/** The scale the saturation exercise asks about. */
export const SATURATING_SCALE = 8;
export const SPREAD_B = 64;

/** The default example's output probabilities and output δ. */
export function outputDelta(): { p: Float64Array; delta: Float64Array } {
  const d = defaultBackward();
  const { trace } = backwardRun(d.setup, d.x, d.cls);
  return { p: trace.a[trace.a.length - 1], delta: trace.delta[trace.delta.length - 1] };
}

/** Hidden units with |f′(z)| below the threshold, for the default example with sigmoid at a given weight scale. */
export function blockedUnits(scale = SATURATING_SCALE, act: 'sigmoid' | 'tanh' | 'relu' = 'sigmoid'): number {
  const d = defaultBackward();
  const { trace } = backwardRun({ ...d.setup, act, scale }, d.x, d.cls);
  return trace.slopes.reduce((k, s) => k + s.filter((v) => Math.abs(v) < BLOCKED_SLOPE).length, 0);
}

const SPREAD_OPTIONS = { eighth: 1 / 8, sixtyfourth: 1 / 64, half: 1 / 2, same: 1 } as const;
type SpreadOption = keyof typeof SPREAD_OPTIONS;

/** Measured spread at B = 64 over the spread at B = 1 (a quick measurement: 50 draws each). */
export function spreadRatio(draws = 50): number {
  const data = sgdData(SGD_SEED);
  const [s1, sB] = measureSpread(sgdTrainer(1, 0.1, SGD_SEED, data), data, [1, SPREAD_B], draws, SGD_SEED);
  return sB / s1;
}

/** The option nearest (in log ratio) to the measured ratio. */
export function nearestSpreadOption(ratio: number): SpreadOption {
  const keys = Object.keys(SPREAD_OPTIONS) as SpreadOption[];
  return keys.reduce((best, k) => (Math.abs(Math.log(SPREAD_OPTIONS[k] / ratio)) < Math.abs(Math.log(SPREAD_OPTIONS[best] / ratio)) ? k : best));
}

/** The lesson's exercises; every key is computed from the engine when checked. */
export function backpropExercises(t: TFunction): ExerciseDef[] {
  const d = defaultBackward();
  const base = { x1: d.x[0], x2: d.x[1], cls: '0', act: 'sigmoid', scale: 1, seed: d.setup.seed } as const;
  return [
    {
      id: 'output-delta',
      question: t('ex.output.q', { p: Array.from(outputDelta().p, (v) => formatNumber(v, 3)).join(', ') }),
      answer: { kind: 'number', correct: () => outputDelta().delta[0], relTol: 0.01 },
      hint: t('ex.output.hint'),
      explanation: t('ex.output.explain', { d: formatNumber(outputDelta().delta[0], 3) }),
      reveal: backwardWidget.patch({ ...base, step: 1 }),
    },
    {
      id: 'saturate',
      question: t('ex.saturate.q'),
      answer: { kind: 'number', correct: () => blockedUnits(), relTol: 0 },
      hint: t('ex.saturate.hint'),
      explanation: t('ex.saturate.explain', { k: blockedUnits() }),
      reveal: backwardWidget.patch({ ...base, scale: SATURATING_SCALE, step: 6 }),
    },
    {
      id: 'spread',
      question: t('ex.spread.q'),
      answer: {
        kind: 'choice',
        options: (Object.keys(SPREAD_OPTIONS) as SpreadOption[]).map((k) => ({ id: k, label: t(`ex.spread.${k}`) })),
        correct: () => nearestSpreadOption(spreadRatio()),
      },
      hint: t('ex.spread.hint'),
      explanation: t('ex.spread.explain'),
      reveal: sgdWidget.patch({ batch: '64' }),
    },
    {
      id: 'digit-params',
      question: t('ex.params.q'),
      answer: { kind: 'number', correct: () => digitParameters(), relTol: 0 },
      hint: t('ex.params.hint'),
      explanation: t('ex.params.explain', { n: formatNumber(digitParameters(), 6), first: formatNumber(digitFirstLayerParameters(), 6) }),
      reveal: digitsWidget.patch({ act: 'sigmoid', opt: 'adam', lr: 0.003, batch: '64', epochs: 10 }),
    },
  ];
}
