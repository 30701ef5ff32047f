/**
 * What the imbalanced-losses lesson says its widgets will show, run through the engine with the
 * widgets' own defaults (schema.ts) and slider grids. Each case is named by a `{/* claim: … *\/}`
 * marker in content.en.mdx and content.zh.mdx, or by the string-table keys in the comment above it.
 */
import { describe, expect, it } from 'vitest';
import { bce, focalLoss, ghm, lossBreakdown, makeImbalancedScores } from '../../engine';
import { IMB_RATE } from './figures';
import { GHM, IMB, imbalanceNumbers } from './numbers';
import { checkPaste, pasteLimits } from '../../components/pasteCheck';
import { breakdownOf, ghmOf, ownBreakdownOf, ownGhmOf } from './memo';
import { pairsRule } from './ownSet';
import { ghmSchema, imbalanceSchema } from './schema';

const n = imbalanceNumbers();
/** The values a slider can take: min, min + step, …, max. */
const grid = (min: number, max: number, step: number) => Array.from({ length: Math.round((max - min) / step) + 1 }, (_, i) => Number((min + i * step).toFixed(6)));
/** The GHM widget's outlier-rate slider: 0 to 5 % in steps of 0.1 %. */
const RATES = grid(ghmSchema.outliers.min, ghmSchema.outliers.max, 0.001);
const GAMMAS = grid(imbalanceSchema.gamma.min, imbalanceSchema.gamma.max, 0.1);
const ghmAt = (rate: number, bins = GHM.bins) => {
  const d = makeImbalancedScores({ seed: GHM.seed, outlierRate: rate });
  return ghm(d.z, d.y, bins);
};
const lastOf = (rate: number, bins = GHM.bins) => {
  const r = ghmAt(rate, bins);
  return r.bins[r.bins.length - 1];
};

describe('class weights', () => {
  it('α at the inverse class frequency matches the weight totals, not the loss shares', () => {
    const wPos = IMB.alpha * n.set.nPositive;
    const wNeg = (1 - IMB.alpha) * n.set.nNegative;
    expect(Math.abs(wPos - wNeg) / wNeg).toBeLessThan(0.02);
    // …yet the positives own most of the α-balanced loss: a positive costs several negatives.
    expect(n.weighted.share.positives).toBeGreaterThan(0.8);
    const meanPos = n.ce.positives / n.ce.counts.positives;
    const meanNeg = (n.ce.easyNegatives + n.ce.hardNegatives) / (n.ce.counts.easyNegatives + n.ce.counts.hardNegatives);
    expect(meanPos / meanNeg).toBeGreaterThan(5);
  });
});

describe('focal curves', () => {
  // Also steps.curvesNotes and steps.border (a quarter at p_t = 0.5).
  it('in the shaded half γ = 2 keeps at most a quarter of cross-entropy', () => {
    const kept = (p: number, g: number) => focalLoss(p, 1, g) / bce(p, 1);
    expect(kept(0.5, 2)).toBeCloseTo(0.25, 12);
    let prev = Infinity;
    for (let p = 0.5; p < 1; p += 0.01) {
      const k = kept(p, 2);
      expect(k).toBeLessThanOrEqual(0.25 + 1e-12);
      expect(k).toBeLessThan(prev); // less the closer p_t gets to 1
      prev = k;
      expect(kept(p, 5)).toBeLessThanOrEqual(k); // larger γ damps harder
    }
    // ex.kept / steps.curves: (1 − 0.9)² of cross-entropy is kept at p_t = 0.9.
    expect(kept(0.9, 2)).toBeCloseTo(0.01, 12);
  });
});

describe('the 1:100 widget', () => {
  // Also ex.owner.explain.
  it('easy negatives own most of plain cross-entropy', () => {
    expect(n.ce.share.easyNegatives).toBeGreaterThan(0.5);
    for (let seed = 1; seed <= 20; seed++) {
      const d = makeImbalancedScores({ seed });
      const b = lossBreakdown(d.z, d.y, { kind: 'ce', alpha: 0.5, gamma: 0 });
      expect(b.share.easyNegatives, `seed ${seed}`).toBeGreaterThan(Math.max(b.share.hardNegatives, b.share.positives));
    }
  });

  it('raising γ lowers the easy negatives share at every step', () => {
    let prev = Infinity;
    for (const gamma of GAMMAS) {
      const s = lossBreakdown(n.set.z, n.set.y, { kind: 'focal', alpha: IMB.alpha, gamma }).share.easyNegatives;
      expect(s, `γ = ${gamma}`).toBeLessThan(prev);
      prev = s;
    }
    expect(n.focal.share.easyNegatives).toBeLessThan(n.ce.share.easyNegatives / 10);
  });

  // Also steps.gammaTwoNotes.
  it('without α the focal loss hands the easy share to the hard negatives, mostly outliers', () => {
    expect(n.focal.share.hardNegatives).toBeGreaterThan(0.8);
    expect(Math.abs(n.focal.share.positives - n.ce.share.positives)).toBeLessThan(0.02);
    expect(n.hardOutliers / n.ce.counts.hardNegatives).toBeGreaterThan(0.75);
    expect(n.focalAlpha.share.positives).toBeGreaterThan(0.8);
  });

  // Also ex.zero.explain and steps.gammaZero.
  it('at γ = 0 the focal row equals cross-entropy exactly', () => {
    for (let seed = 1; seed <= 5; seed++) {
      const d = makeImbalancedScores({ seed });
      const ce = lossBreakdown(d.z, d.y, { kind: 'ce', alpha: IMB.alpha, gamma: 0 });
      const f = lossBreakdown(d.z, d.y, { kind: 'focal', alpha: IMB.alpha, gamma: 0 });
      expect(f.total).toBe(ce.total);
      expect(f.share).toEqual(ce.share);
    }
  });
});

describe('GHM', () => {
  it('every non-empty bin carries the same total weight N/M', () => {
    for (const bins of [2, GHM.bins, 30]) {
      const r = ghmAt(GHM.outliers, bins);
      const N = r.g.length;
      for (const b of r.bins) if (b.count > 0) expect(b.beta * b.count).toBeCloseTo(N / bins, 9);
    }
  });

  // Also ghm.histSummary (β inversely proportional to the count).
  it('β is smallest on the easy pile, largest in the sparse middle, and falls as the outlier bin fills', () => {
    let prevLast = Infinity;
    for (const rate of RATES.filter((r) => r > 0)) {
      const bins = ghmAt(rate).bins;
      const live = bins.filter((b) => b.count > 0);
      const betas = live.map((b) => b.beta);
      expect(bins[0].beta, `rate ${rate}`).toBe(Math.min(...betas));
      expect(bins[0].beta).toBeLessThan(1);
      const top = bins.findIndex((b) => b.beta === Math.max(...betas));
      expect(top, `rate ${rate}`).toBeGreaterThan(0);
      expect(top, `rate ${rate}`).toBeLessThan(bins.length - 1);
      const last = bins[bins.length - 1];
      expect(last.beta, `rate ${rate}`).toBeLessThan(prevLast);
      prevLast = last.beta;
    }
  });

  // Also ex.sparse (its key and explanation) and steps.ghmNotes.
  it('GHM damps the outlier bin only when it is crowded', () => {
    // A bin's GHM-C share is its mean CE over the sum of the non-empty bins' mean CEs.
    for (const rate of [0, IMB_RATE, GHM.outliers]) {
      const live = ghmAt(rate).bins.filter((b) => b.count > 0);
      const means = live.map((b) => b.ceLoss / b.count);
      const sum = means.reduce((a, v) => a + v, 0);
      live.forEach((b, i) => expect(b.ghmShare).toBeCloseTo(means[i] / sum, 12));
    }
    const shares = RATES.filter((r) => r > 0).map((rate) => ({ rate, ...lastOf(rate) }));
    // The outlier bin's GHM-C share hardly moves with the rate; its CE share climbs.
    const g = shares.map((s) => s.ghmShare);
    expect(Math.max(...g) - Math.min(...g)).toBeLessThan(0.03);
    for (let i = 1; i < shares.length; i++) expect(shares[i].ceShare).toBeGreaterThan(shares[i - 1].ceShare);
    // Few outliers (the 1:100 set's rate): GHM gives them more than CE; the widget's default: less.
    const sparse = lastOf(IMB_RATE);
    expect(sparse.ghmShare).toBeGreaterThan(sparse.ceShare);
    const crowded = lastOf(GHM.outliers);
    expect(crowded.ghmShare).toBeLessThan(crowded.ceShare);
    // One crossing between the two, and above it GHM stays below CE up to the slider's end.
    const above = shares.filter((s) => s.ghmShare < s.ceShare).map((s) => s.rate);
    expect(above[0]).toBeGreaterThan(IMB_RATE);
    expect(above[0]).toBeLessThan(GHM.outliers);
    expect(above).toEqual(RATES.filter((r) => r >= above[0]));
    // A lone example in the last bin (no outliers) gets the largest β of all and is lifted most.
    const lone = ghmAt(0).bins;
    const last = lone[lone.length - 1];
    expect(last.count).toBe(1);
    expect(last.beta).toBe(Math.max(...lone.map((b) => b.beta)));
    expect(last.ghmShare).toBeGreaterThan(10 * last.ceShare);
  });
});

describe('your own scores', () => {
  it('a pasted scored set replaces the built-in one in both widgets', () => {
    // What a student pastes: a CSV with a header, read by the widgets' own paste limits and rule.
    const text = 'logit,label\n-2.5,0\n-0.3,0\n1.9,1\n0.4,0\n-4,0\n-1.1,1\n3.2,0';
    const pasted = checkPaste(text, pasteLimits(imbalanceSchema.own), pairsRule);
    expect(pasted.ok).toBe(true);
    if (!pasted.ok) return;
    const z = Float64Array.from([-2.5, -0.3, 1.9, 0.4, -4, -1.1, 3.2]);
    const y = Uint8Array.from([0, 0, 1, 0, 0, 1, 0]);
    for (const kind of ['ce', 'weighted', 'focal', 'focalAlpha'] as const) {
      const mine = ownBreakdownOf(pasted.values, kind, IMB.alpha, IMB.gamma);
      expect(mine).toEqual(lossBreakdown(z, y, { kind, alpha: IMB.alpha, gamma: IMB.gamma }));
      expect(mine.total).not.toBe(breakdownOf(IMB.seed, kind, IMB.alpha, IMB.gamma).total);
    }
    expect(ownBreakdownOf(pasted.values, 'ce', IMB.alpha, IMB.gamma).counts).toEqual({ positives: 2, easyNegatives: 3, hardNegatives: 2 });
    const h = ownGhmOf(pasted.values, GHM.bins);
    expect(h).toEqual(ghm(z, y, GHM.bins));
    expect(h.bins.reduce((a, b) => a + b.count, 0)).toBe(7);
    expect(h.ceMean).not.toBe(ghmOf(GHM.seed, GHM.outliers, GHM.bins).ceMean);
  });
});
