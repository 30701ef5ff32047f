import type { TFunction } from 'i18next';
import { bce, focalLoss, lossBreakdown, makeImbalancedScores, type LossBreakdown } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';

export const GROUPS = ['easyNegatives', 'hardNegatives', 'positives'] as const;
type Group = (typeof GROUPS)[number];

/** The group that owns the largest share of plain cross-entropy on the lesson's 1:100 set (seed 1). */
export function largestCeGroup(): Group {
  const d = makeImbalancedScores({ seed: 1 });
  const b: LossBreakdown = lossBreakdown(d.z, d.y, { kind: 'ce', alpha: 0.5, gamma: 0 });
  return GROUPS.reduce((best, g) => (b.share[g] > b.share[best] ? g : best), GROUPS[0]);
}

/** What percentage of cross-entropy the focal loss (γ = 2) keeps at p_t = 0.9. */
export const keptPercent = (): number => (100 * focalLoss(0.9, 1, 2)) / bce(0.9, 1);

/** Whether focal loss with γ = 0 equals cross-entropy at every p_t of a grid (engine values). */
export function gammaZeroIsCe(): boolean {
  for (let i = 1; i <= 99; i++) {
    const p = i / 100;
    const ce = bce(p, 1);
    if (Math.abs(focalLoss(p, 1, 0) - ce) > 1e-12 * ce) return false;
  }
  return true;
}

/** The imbalanced-losses exercises; every key is computed by the engine when checked. */
export function imbalancedExercises(t: TFunction): ExerciseDef[] {
  return [
    {
      id: 'who-owns-ce',
      question: t('ex.owner.q'),
      answer: { kind: 'choice', options: GROUPS.map((g) => ({ id: g, label: t(`ex.owner.${g}`) })), correct: largestCeGroup },
      hint: t('ex.owner.hint'),
      explanation: t('ex.owner.explain'),
      reveal: { widgetId: 'imb', patch: { seed: 1, gamma: 2, alpha: 0.99 } },
    },
    {
      id: 'focal-kept',
      question: t('ex.kept.q'),
      answer: { kind: 'number', correct: keptPercent, relTol: 0.2, unit: '%' },
      hint: t('ex.kept.hint'),
      explanation: t('ex.kept.explain', { v: keptPercent().toFixed(2) }),
      reveal: { widgetId: 'focalcurve', patch: { pt: 0.9 } },
    },
    {
      id: 'gamma-zero',
      question: t('ex.zero.q'),
      answer: {
        kind: 'choice',
        options: [
          { id: 'true', label: t('ex.true') },
          { id: 'false', label: t('ex.false') },
        ],
        correct: () => (gammaZeroIsCe() ? 'true' : 'false'),
      },
      hint: t('ex.zero.hint'),
      explanation: t('ex.zero.explain'),
      reveal: { widgetId: 'imb', patch: { gamma: 0 } },
    },
  ];
}
