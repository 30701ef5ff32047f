import type { TFunction } from 'i18next';
import { bce, focalLoss, lossBreakdown, makeImbalancedScores, type LossBreakdown } from '../../engine';
import type { ExerciseDef } from '../../components/exercise/types';
import { formatCount, formatFixed, formatPercent } from '../../format/number';
import { figures, GHM, IMB, IMB_RATE } from './figures';
import { ghmOf } from './memo';
import { focalCurve, ghm, imbalance } from './widgets';

export const GROUPS = ['easyNegatives', 'hardNegatives', 'positives'] as const;
type Group = (typeof GROUPS)[number];

/** The group that owns the largest share of plain cross-entropy on the lesson's 1:100 set (the widget's default seed). */
export function largestCeGroup(): Group {
  const d = makeImbalancedScores({ seed: IMB.seed });
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

/** The outlier bin (the last) of GHM-C on the 1:100 widget's set: few outliers, the widget's default bins. */
export const sparseOutlierBin = () => {
  const r = ghmOf(GHM.seed, IMB_RATE, GHM.bins);
  return r.bins[r.bins.length - 1];
};

/** Does GHM-C give that sparse outlier bin a larger or a smaller share of the loss than cross-entropy? */
export const sparseOutlierVerdict = (): 'larger' | 'smaller' => {
  const b = sparseOutlierBin();
  return b.ghmShare > b.ceShare ? 'larger' : 'smaller';
};

/** The imbalanced-losses exercises; every key is computed by the engine when checked. */
export function imbalancedExercises(t: TFunction): ExerciseDef[] {
  return [
    {
      id: 'who-owns-ce',
      question: t('ex.owner.q'),
      answer: { kind: 'choice', options: GROUPS.map((g) => ({ id: g, label: t(`ex.owner.${g}`) })), correct: largestCeGroup },
      hint: t('ex.owner.hint'),
      explanation: t('ex.owner.explain', { share: figures.ceEasyShare, focal: figures.focalEasyShare }),
      // The explanation quotes the built-in set: a pasted one is put aside to show it.
      reveal: imbalance.patch({ seed: IMB.seed, gamma: IMB.gamma, alpha: IMB.alpha, own: [] }),
    },
    {
      id: 'focal-kept',
      question: t('ex.kept.q'),
      answer: { kind: 'number', correct: keptPercent, relTol: 0.2, unit: '%' },
      hint: t('ex.kept.hint'),
      explanation: t('ex.kept.explain', { v: formatFixed(keptPercent(), 2) }),
      reveal: focalCurve.patch({ pt: 0.9 }),
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
      reveal: imbalance.patch({ gamma: 0 }),
    },
    {
      id: 'ghm-sparse',
      question: t('ex.sparse.q', { rate: figures.outlierRate, bins: figures.ghmBins }),
      answer: {
        kind: 'choice',
        options: [
          { id: 'smaller', label: t('ex.sparse.smaller') },
          { id: 'larger', label: t('ex.sparse.larger') },
        ],
        correct: sparseOutlierVerdict,
      },
      hint: t('ex.sparse.hint'),
      explanation: t('ex.sparse.explain', {
        ghm: formatPercent(sparseOutlierBin().ghmShare, 1),
        ce: formatPercent(sparseOutlierBin().ceShare, 1),
        count: formatCount(sparseOutlierBin().count),
      }),
      reveal: ghm.patch({ seed: GHM.seed, outliers: IMB_RATE, bins: GHM.bins, own: [] }),
    },
  ];
}
