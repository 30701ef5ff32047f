import { ghm, lossBreakdown, makeImbalancedScores, type GhmResult, type LossBreakdown, type LossKind, type ScoredSet } from '../../engine';
import { ownSetOf, type OwnSet, type OwnVerdict } from './ownSet';

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

const lossKey = (kind: LossKind, alpha: number, gamma: number) =>
  `${kind}|${kind === 'weighted' || kind === 'focalAlpha' ? alpha : '-'}|${kind === 'focal' || kind === 'focalAlpha' ? gamma : '-'}`;

/** One loss's breakdown on the 1:100 widget's set. α and γ only key the losses that use them. */
export function breakdownOf(seed: number, kind: LossKind, alpha: number, gamma: number): LossBreakdown {
  return breakdowns.get(`${seed}|${lossKey(kind, alpha, gamma)}`, () => {
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

/**
 * The reader's pasted set and its results, keyed by the state's array itself: the store keeps
 * the same array until the reader pastes again, so an unrelated render (a slider elsewhere, the
 * language) finds its results here, and a replaced array takes its results with it.
 */
interface OwnEntry {
  verdict: OwnVerdict;
  breakdowns: Recent<LossBreakdown>;
  ghms: Recent<GhmResult>;
}
const owned = new WeakMap<readonly number[], OwnEntry>();
function ownEntry(flat: readonly number[]): OwnEntry {
  let e = owned.get(flat);
  if (!e) {
    e = { verdict: ownSetOf(flat), breakdowns: new Recent(24), ghms: new Recent(12) };
    owned.set(flat, e);
  }
  return e;
}

/** The pasted z, y pairs as the engine's arrays, or why they cannot be used (a hand-edited link). */
export const ownSet = (flat: readonly number[]): OwnVerdict => ownEntry(flat).verdict;

/** A pasted set the callers have checked with ownSet; anything else is a bug, said loudly. */
function validOwn(flat: readonly number[]): [OwnEntry, OwnSet] {
  const e = ownEntry(flat);
  if (!e.verdict.ok) throw new RangeError(`not a usable z, y set: ${e.verdict.problem.key}`);
  return [e, e.verdict.set];
}

/** One loss's breakdown on a valid pasted set. */
export function ownBreakdownOf(flat: readonly number[], kind: LossKind, alpha: number, gamma: number): LossBreakdown {
  const [e, d] = validOwn(flat);
  return e.breakdowns.get(lossKey(kind, alpha, gamma), () => lossBreakdown(d.z, d.y, { kind, alpha, gamma }));
}

/** GHM-C on a valid pasted set over `bins` bins. */
export function ownGhmOf(flat: readonly number[], bins: number): GhmResult {
  const [e, d] = validOwn(flat);
  return e.ghms.get(String(bins), () => ghm(d.z, d.y, bins));
}
