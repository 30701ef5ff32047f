import { type LossBreakdown, type LossKind, type ScoredSet } from '../../engine';
import { breakdownOf, scoredSet } from './memo';
import { ghmSchema, imbalanceSchema } from './schema';

/**
 * The widgets' defaults and the engine's numbers for the 1:100 set that the lesson's figures
 * (figures.ts) and its claims tests share. Apart from figures.ts because a production build
 * replaces that module with the values it exports (build/buildTimeFigures.ts), and a function
 * has no value to replace it with.
 */

/** The 1:100 widget's defaults: seed 1, α = 0.99 (the inverse class frequency), γ = 2. */
export const IMB = { seed: imbalanceSchema.seed.default, alpha: imbalanceSchema.alpha.default, gamma: imbalanceSchema.gamma.default };
/** The GHM widget's defaults: 10 bins, 2 % of the negatives label-noise outliers, seed 1. */
export const GHM = { bins: ghmSchema.bins.default, outliers: ghmSchema.outliers.default, seed: ghmSchema.seed.default };


export interface ImbalanceNumbers {
  set: ScoredSet;
  ce: LossBreakdown;
  weighted: LossBreakdown;
  focal: LossBreakdown;
  focalAlpha: LossBreakdown;
  /** Label-noise outliers among the hard negatives (p_t ≤ 0.5). */
  hardOutliers: number;
  outlierCount: number;
}

export function imbalanceNumbers(): ImbalanceNumbers {
  const set = scoredSet(IMB.seed);
  const b = (kind: LossKind) => breakdownOf(IMB.seed, kind, IMB.alpha, IMB.gamma);
  let hardOutliers = 0;
  let outlierCount = 0;
  for (let i = 0; i < set.z.length; i++) {
    if (set.outlier[i] !== 1) continue;
    outlierCount++;
    // A negative is hard when p_t = σ(−z) ≤ 0.5, i.e. z ≥ 0 (the breakdown's split).
    if (set.z[i] >= 0) hardOutliers++;
  }
  return { set, ce: b('ce'), weighted: b('weighted'), focal: b('focal'), focalAlpha: b('focalAlpha'), hardOutliers, outlierCount };
}
