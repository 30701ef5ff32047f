import { ghm, lossBreakdown, makeImbalancedScores, type GhmResult, type LossBreakdown, type LossKind, type ScoredSet } from '../../engine';

/**
 * The lesson's engine calls, remembered: the widgets and the prose figures (figures.ts) ask for
 * the same set, breakdown or GHM result, so a figure in a sentence is the very number its widget
 * shows and the page computes it once. A few recent results per kind are kept (dragging a slider
 * would otherwise grow the cache without bound).
 */
class Recent<V> {
  private readonly m = new Map<string, V>();
  constructor(private readonly cap: number) {}
  get(key: string, make: () => V): V {
    const hit = this.m.get(key);
    if (hit !== undefined) {
      this.m.delete(key);
      this.m.set(key, hit);
      return hit;
    }
    const v = make();
    this.m.set(key, v);
    if (this.m.size > this.cap) {
      const oldest = this.m.keys().next();
      if (!oldest.done) this.m.delete(oldest.value);
    }
    return v;
  }
}

const sets = new Recent<ScoredSet>(6);
const breakdowns = new Recent<LossBreakdown>(24);
const ghms = new Recent<GhmResult>(12);

/** The 1:100 set for a seed; the outlier rate defaults to the engine's (the 1:100 widget's set). */
export function scoredSet(seed: number, outlierRate?: number): ScoredSet {
  return sets.get(`${seed}|${outlierRate ?? 'default'}`, () => makeImbalancedScores(outlierRate === undefined ? { seed } : { seed, outlierRate }));
}

/** One loss's breakdown on the 1:100 widget's set. α and γ only key the losses that use them. */
export function breakdownOf(seed: number, kind: LossKind, alpha: number, gamma: number): LossBreakdown {
  const a = kind === 'weighted' || kind === 'focalAlpha' ? alpha : '-';
  const g = kind === 'focal' || kind === 'focalAlpha' ? gamma : '-';
  return breakdowns.get(`${seed}|${kind}|${a}|${g}`, () => {
    const d = scoredSet(seed);
    return lossBreakdown(d.z, d.y, { kind, alpha, gamma });
  });
}

/** GHM-C on the set with this seed and outlier rate, over `bins` bins. */
export function ghmOf(seed: number, outlierRate: number, bins: number): GhmResult {
  return ghms.get(`${seed}|${outlierRate}|${bins}`, () => {
    const d = scoredSet(seed, outlierRate);
    return ghm(d.z, d.y, bins);
  });
}
