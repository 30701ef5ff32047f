import type { TFunction } from 'i18next';
import { mlpCost, xavierBound } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatNumber } from '../../components/plot/scales';
import { BIG_NET, SYM_STEPS_PER_PRESS } from './schema';
import { hiddenUnits, symmetryTrainer } from './symmetry';
import { shapesWidget, symmetryWidget, xavierWidget } from './widgets';

const BATCH = 64;

/** Multiply-adds of one forward pass of 784→50→100→10 for a batch, from the engine's cost model. */
export const batchMadds = (batch = BATCH) => mlpCost(BIG_NET, batch).multiplyAdds;

/** Xavier's uniform bound for the first layer, 784→50. */
export const firstBound = () => xavierBound(BIG_NET[0], BIG_NET[1]);

/** Spread between the hidden units after training from all-equal weights c (0 = still clones). */
export function equalInitSpread(c = 0.5, steps = SYM_STEPS_PER_PRESS): number {
  const tr = symmetryTrainer('equal', c);
  for (let i = 0; i < steps; i++) tr.step();
  return hiddenUnits(tr).spread;
}

/** The lesson's exercises; every key is computed from the engine when checked. */
export function forwardExercises(t: TFunction, lang = 'en'): ExerciseDef[] {
  const fmt = (v: number) => new Intl.NumberFormat(lang).format(v);
  return [
    {
      id: 'batch-madds',
      question: t('ex.madds.q', { n: BATCH, net: BIG_NET.join('→') }),
      answer: { kind: 'number', correct: () => batchMadds(), relTol: 0.01 },
      hint: t('ex.madds.hint'),
      explanation: t('ex.madds.explain', { n: BATCH, per: fmt(batchMadds(1)), total: fmt(batchMadds()) }),
      reveal: shapesWidget.patch({ batch: BATCH }),
    },
    {
      id: 'xavier-bound',
      question: t('ex.xavier.q', { a: BIG_NET[0], b: BIG_NET[1] }),
      answer: { kind: 'number', correct: firstBound, relTol: 0.002 },
      hint: t('ex.xavier.hint'),
      explanation: t('ex.xavier.explain', { a: BIG_NET[0], b: BIG_NET[1], sum: BIG_NET[0] + BIG_NET[1], bound: formatNumber(firstBound(), 4) }),
      reveal: xavierWidget.patch({ layer: '0' }),
    },
    {
      id: 'equal-init',
      question: t('ex.equal.q'),
      answer: {
        kind: 'choice',
        options: [
          { id: 'true', label: t('ex.true') },
          { id: 'false', label: t('ex.false') },
        ],
        correct: () => (equalInitSpread() > 0 ? 'true' : 'false'),
      },
      hint: t('ex.equal.hint'),
      explanation: t('ex.equal.explain', { n: SYM_STEPS_PER_PRESS }),
      reveal: symmetryWidget.patch({ init: 'equal', c: 0.5, steps: SYM_STEPS_PER_PRESS }),
    },
  ];
}
