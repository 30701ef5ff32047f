import type { TFunction } from 'i18next';
import { chainProduct, transformPoints } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatNumber } from '../../components/plot/scales';
import { layerStack } from './collapse';
import { ballPath } from './descent';
import { universalSchema, XOR_MAX_STEPS } from './schema';
import { xorData, xorTrainer } from './xor';
import { figures } from './figures';
import { collapse, descent, universal, xor } from './widgets';
import { uaView, unitsForExact } from './approx';

const PROBE = [1, 0, 0, 1, 0.3, -0.7, -1.2, 0.4];
const SEED = 9;

/**
 * How many matrices a stack of `count` linear layers is worth: 1 when the engine's chainProduct
 * is a single 2×2 matrix mapping every probe point where the whole stack does, else `count`.
 */
export function matricesNeeded(count: number, seed = SEED): number {
  const layers = layerStack(count, seed);
  const product = chainProduct(layers);
  const stacked = transformPoints(layers, PROBE, null);
  const single = transformPoints([product], PROBE, null);
  const same = product.rows === 2 && product.cols === 2 && stacked.every((v, i) => Math.abs(v - single[i]) <= 1e-9 * Math.max(1, Math.abs(v)));
  return same ? 1 : count;
}

/** Accuracy (0–1) of the 2-8-1 XOR network after `steps` Adam steps, trained by the engine. */
export function xorAccuracy(hidden: 'identity' | 'tanh', steps = XOR_MAX_STEPS, seed = 1): number {
  const tr = xorTrainer(hidden, 8, seed, xorData(seed));
  for (let i = 0; i < steps; i++) tr.step();
  return tr.accuracy();
}

const W0 = -3;
const LR = 2;
const STEPS = 10;

/** Where the step unit's weight is after STEPS gradient-descent steps from W0 (engine's gradient). */
export const stepUnitAfter = (w0 = W0) => ballPath('step', w0, LR, STEPS)[STEPS];

/** The exact ReLU fit of |x| − ½: how many units, and the weights least squares gives them. */
function kinkFacts() {
  const n = unitsForExact('kink', 'relu');
  const w = n ? uaView('kink', 'relu', n, universalSchema.pts.default).fit.weights : [];
  return { n: n ?? '–', w1: formatNumber(w[0] ?? NaN), w2: formatNumber(w[1] ?? NaN) };
}

/** The lesson's exercises; every key is computed from the engine when checked. */
export function nonlinearExercises(t: TFunction): ExerciseDef[] {
  return [
    {
      id: 'four-layers',
      question: t('ex.four.q'),
      answer: { kind: 'number', correct: () => matricesNeeded(4), relTol: 0.01 },
      hint: t('ex.four.hint'),
      explanation: t('ex.four.explain'),
      reveal: collapse.patch({ layers: 4, bend: 'none', seed: SEED }),
    },
    {
      id: 'step-stuck',
      question: t('ex.stuck.q', { w0: W0, lr: LR, n: STEPS }),
      answer: { kind: 'slider', min: -4, max: 6, step: 0.1, correct: () => stepUnitAfter(), absTol: 0.15 },
      hint: t('ex.stuck.hint'),
      explanation: t('ex.stuck.explain', { w: formatNumber(stepUnitAfter()) }),
      reveal: descent.patch({ w0: W0, lr: LR, steps: STEPS }),
    },
    {
      id: 'xor-identity',
      question: t('ex.xor.q', { n: XOR_MAX_STEPS }),
      answer: {
        kind: 'choice',
        options: [
          { id: 'yes', label: t('ex.yes') },
          { id: 'no', label: t('ex.no') },
        ],
        correct: () => (xorAccuracy('identity') > 0.75 ? 'yes' : 'no'),
      },
      hint: t('ex.xor.hint'),
      explanation: t('ex.xor.explain', { n: XOR_MAX_STEPS, ...figures }),
      reveal: xor.patch({ width: '8', seed: 1, steps: XOR_MAX_STEPS }),
    },
    {
      id: 'kink-units',
      question: t('ex.kink.q'),
      // The smallest n whose least-squares fit is exact, found by the engine (null would mean none up to the slider's maximum).
      answer: { kind: 'number', correct: () => unitsForExact('kink', 'relu') ?? NaN, relTol: 0.01 },
      hint: t('ex.kink.hint'),
      explanation: t('ex.kink.explain', kinkFacts()),
      reveal: universal.patch({ target: 'kink', unit: 'relu', n: unitsForExact('kink', 'relu') ?? 2 }),
    },
  ];
}
