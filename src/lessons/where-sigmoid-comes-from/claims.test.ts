/**
 * Every sentence of this lesson that says what the widgets show, run through the engine with
 * the widgets' own settings. The MDX names each case in a `{/* claim: … *\/}` marker; claims
 * made in the string tables name their key in a comment.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  bernoulliLogPartition, bernoulliMean, decisionBoundaries, gaussianPosterior, logisticAt, logOddsQuadratic, posteriorVsLogistic,
  sharedVarianceLogistic, type TwoGaussians,
} from '../../engine';
import { boundaryTilt, EQUAL, TILT, UNEQUAL } from './exercises';
import { logOdds2D, posteriorVsLogistic2D, sharedCovarianceLogistic2D } from '../../engine';
import { PLANE_SHARED, PLANE_UNEQUAL } from './figures';
import { classesOf, PLANE_GRID } from './plane';
import { PLANE_EXTENT, planeSchema } from './schema';
import { gaussSchema, X_RANGE } from './schema';
import { steps } from './steps';
import { noBoundaryKey } from './readout';

// steps.ts registers the string tables with i18next, which these engine-only tests do not start.
vi.mock('./strings', () => ({ NS: 'where-sigmoid-comes-from' }));

/** The widget's comparison: 1201 points over its x range. */
const gap = (g: TwoGaussians) => posteriorVsLogistic(g, X_RANGE[0], X_RANGE[1], 1201).maxAbs;
/** The widget says "the same function" below this. */
const SAME = 1e-9;
const with_ = (g: TwoGaussians, patch: Partial<TwoGaussians>): TwoGaussians => ({ ...g, ...patch });
/** A presenter step's classes, from its widget patch. */
function stepClasses(caption: string): TwoGaussians {
  const s = steps.find((x) => x.caption === caption);
  if (!s || s.kind !== 'state') throw new Error(caption);
  const p = s.set.values as { mu1: number; s1: number; mu2: number; s2: number; prior: number };
  return { mu1: p.mu1, sigma1: p.s1, mu2: p.mu2, sigma2: p.s2, prior1: p.prior };
}

describe('where-sigmoid-comes-from: claims in the words', () => {
  // Also strings present.equalNotes and ex.equal.explain ("float64 rounding").
  it('equal spreads: posterior and σ(wx + b) agree to rounding over the whole slider range', () => {
    const { mu1, s1, prior } = gaussSchema;
    let worst = 0;
    for (const m1 of [mu1.min, -1, 0, 1, mu1.max])
      for (const m2 of [mu1.min, -1.5, 0.3, mu1.max])
        for (const s of [s1.min, 1, 1.7, s1.max])
          for (const p of [prior.min, 0.3, 0.5, prior.max]) worst = Math.max(worst, gap({ mu1: m1, sigma1: s, mu2: m2, sigma2: s, prior1: p }));
    expect(worst).toBeLessThan(1e-13); // a few units of float64 rounding on values ≤ 1
    expect(gap(EQUAL)).toBeLessThan(1e-15);
  });

  // Also strings postSummaryUnequal, notSame and ex.unequal.explain ("visibly misses it").
  it('unequal spreads: the straight line misses the posterior', () => {
    expect(gap(UNEQUAL)).toBeGreaterThan(0.5);
    expect(gap(UNEQUAL)).toBeGreaterThan(SAME);
    expect(gap(stepClasses('present.unequal'))).toBeGreaterThan(0.5);
  });

  // Also strings present.prior and present.priorNotes.
  it('the prior moves only b, and the boundary slides towards the rarer class', () => {
    const rare1 = with_(EQUAL, { prior1: 0.1 });
    const q0 = logOddsQuadratic(EQUAL);
    const q1 = logOddsQuadratic(rare1);
    expect([q1.a2, q1.a1]).toEqual([q0.a2, q0.a1]);
    expect(q1.a0).not.toBe(q0.a0);
    expect(sharedVarianceLogistic(rare1).w).toBe(sharedVarianceLogistic(EQUAL).w);
    const [mid] = decisionBoundaries(EQUAL);
    const [rare] = decisionBoundaries(rare1);
    // class 1 (mean μ₁ > μ₂) made rare: its boundary moves towards μ₁; made common: away from it
    expect(Math.abs(rare - EQUAL.mu1)).toBeLessThan(Math.abs(mid - EQUAL.mu1));
    // the presenter's prior step (π₁ = 0.9 on the default classes): class 1 common, boundary away from μ₁, same slope
    const step = steps.find((x) => x.caption === 'present.prior');
    const common1 = with_(EQUAL, { prior1: step?.kind === 'state' ? Number(step.set.values.prior) : NaN });
    expect(common1.prior1).toBeGreaterThan(0.5);
    const [common] = decisionBoundaries(common1);
    expect(Math.abs(common - EQUAL.mu1)).toBeGreaterThan(Math.abs(mid - EQUAL.mu1));
    expect(sharedVarianceLogistic(common1).w).toBe(sharedVarianceLogistic(EQUAL).w);
  });

  it('pulling the means apart makes the sigmoid steeper', () => {
    const ws = [0.5, 1, 2, 4].map((d) => Math.abs(sharedVarianceLogistic({ mu1: d / 2, sigma1: 1, mu2: -d / 2, sigma2: 1, prior1: 0.5 }).w));
    for (let i = 1; i < ws.length; i++) expect(ws[i]).toBeGreaterThan(ws[i - 1]);
    // steeper: the posterior rises from 0.1 to 0.9 over a shorter stretch of x
    const width = (d: number) => {
      const g = { mu1: d / 2, sigma1: 1, mu2: -d / 2, sigma2: 1, prior1: 0.5 };
      const xs = Array.from({ length: 14001 }, (_, i) => -7 + i * 0.001);
      const lo = xs.find((x) => gaussianPosterior(x, g) > 0.1) ?? NaN;
      const hi = xs.find((x) => gaussianPosterior(x, g) > 0.9) ?? NaN;
      return hi - lo;
    };
    expect(width(4)).toBeLessThan(width(1));
  });

  // Also strings present.nested and ex.unequal.explain ("{{n}} decision boundaries").
  it('a narrower class loses far out on both sides: two boundaries, or none when it is rare', () => {
    const nested = stepClasses('present.nested'); // class 1 narrow inside a wide class 2
    for (const x of [-30, 30]) expect(gaussianPosterior(x, nested)).toBeLessThan(0.5);
    expect(gaussianPosterior(0, nested)).toBeGreaterThan(0.5); // rises, then falls
    expect(decisionBoundaries(nested)).toHaveLength(2);
    expect(decisionBoundaries(UNEQUAL)).toHaveLength(2);
    // the other way round: class 1 wide, so P(C₁ | x) → 1 on both sides
    const wide1 = { mu1: 0, sigma1: 2, mu2: 0, sigma2: 0.5, prior1: 0.5 };
    for (const x of [-30, 30]) expect(gaussianPosterior(x, wide1)).toBeGreaterThan(0.5);
    // a rare narrow class never wins: no boundary at all
    const rare = with_(nested, { prior1: 0.05 });
    expect(decisionBoundaries(rare)).toEqual([]);
    for (let x = -7; x <= 7; x += 0.01) expect(gaussianPosterior(x, rare)).toBeLessThan(0.5);
  });

  // Strings noBoundary, noBoundary1, noBoundaryTie: the readout names the class that wins everywhere.
  it('with no boundary the readout names the class that wins at every x', () => {
    const rare = { mu1: 0, sigma1: 0.5, mu2: 0, sigma2: 2, prior1: 0.05 };
    const common = { mu1: 0, sigma1: 2, mu2: 0, sigma2: 0.5, prior1: 0.95 };
    const same = { mu1: 1, sigma1: 1, mu2: 1, sigma2: 1, prior1: 0.5 };
    const sameCommon = with_(same, { prior1: 0.7 });
    for (const g of [rare, common, same, sameCommon]) expect(decisionBoundaries(g)).toEqual([]);
    const xs = Array.from({ length: 1401 }, (_, i) => -7 + i * 0.01);
    expect(noBoundaryKey(rare)).toBe('noBoundary');
    expect(xs.every((x) => gaussianPosterior(x, rare) < 0.5)).toBe(true);
    expect(noBoundaryKey(common)).toBe('noBoundary1');
    expect(xs.every((x) => gaussianPosterior(x, common) > 0.5)).toBe(true);
    expect(noBoundaryKey(sameCommon)).toBe('noBoundary1');
    expect(noBoundaryKey(same)).toBe('noBoundaryTie');
    expect(xs.every((x) => gaussianPosterior(x, same) === 0.5)).toBe(true);
  });

  // Also strings unequalNote and present.unequalNotes ("the LDA line … pooled variance").
  it('the dashed line is the LDA line: the exact posterior of two classes sharing the pooled variance', () => {
    for (const g of [UNEQUAL, with_(UNEQUAL, { prior1: 0.2 }), stepClasses('present.nested')]) {
      const lda = sharedVarianceLogistic(g);
      const pooled = g.prior1 * g.sigma1 ** 2 + (1 - g.prior1) * g.sigma2 ** 2;
      expect(lda.variance).toBeCloseTo(pooled, 14);
      const shared = Math.sqrt(pooled);
      const asIfShared = { ...g, sigma1: shared, sigma2: shared };
      for (const x of [-5, -1, 0, 0.7, 3]) expect(Math.abs(logisticAt(x, lda) - gaussianPosterior(x, asIfShared))).toBeLessThan(1e-12);
    }
  });

  // Also strings present.bernoulliNotes, present.bernoulli ("η = 0 means a fair coin") and present.bernoulliFar.
  it('the slope of the log-partition A(η) is the mean σ(η)', () => {
    for (const eta of [-8, -2, 0, 1.5, 4, 8]) {
      const h = 1e-5;
      const slope = (bernoulliLogPartition(eta + h) - bernoulliLogPartition(eta - h)) / (2 * h);
      expect(Math.abs(slope - bernoulliMean(eta))).toBeLessThan(1e-9);
    }
    expect(bernoulliMean(0)).toBe(0.5);
    expect(bernoulliMean(4)).toBeGreaterThan(0.98);
  });

  // Also strings plane.summaryLinear, plane.straight, plane.exactNote, present.planeShared and present.planeSharedNotes.
  it('in the plane a shared Σ keeps the posterior equal to σ(wᵀx + b) and the boundary straight', () => {
    const gap2 = (g: typeof PLANE_SHARED) => posteriorVsLogistic2D(g, PLANE_GRID, PLANE_EXTENT).maxAbs;
    expect(gap2(PLANE_SHARED)).toBeLessThan(1e-15);
    const { m1x, sx1, r1, prior } = planeSchema;
    let worst = 0;
    for (const mx of [m1x.min, -1, 0.4, m1x.max])
      for (const my of [m1x.min, 0.8, m1x.max])
        for (const sx of [sx1.min, 1, sx1.max])
          for (const r of [r1.min, 0, 0.5, r1.max])
            for (const p of [prior.min, 0.5, prior.max]) {
              const g = classesOf({ m1x: mx, m1y: my, m2x: -1, m2y: -0.8, sx1: sx, sy1: 0.8, r1: r, shared: true, sx2: 2, sy2: 2, r2: 0, prior: p });
              expect(logOdds2D(g).linear).toBe(true);
              worst = Math.max(worst, posteriorVsLogistic2D(g, 31, PLANE_EXTENT).maxAbs); // a coarser grid: 432 cases
            }
    expect(worst).toBeLessThan(1e-13);
    // the widget's w is the log-odds' own linear coefficient (two independent engine routes)
    const q = logOdds2D(PLANE_SHARED);
    const l = sharedCovarianceLogistic2D(PLANE_SHARED);
    for (const k of [0, 1]) expect(Math.abs(q.w[k] - l.w[k])).toBeLessThan(1e-12 * Math.abs(l.w[k]) + 1e-14);
  });

  // Also strings ex.tilt.explain and present.askTilt.
  it('correlated features tilt the boundary away from perpendicular to μ₁ − μ₂', () => {
    const full = { ...TILT, sx2: 1, sy2: 1, r2: 0 };
    expect(boundaryTilt(classesOf(full))).toBe('tilted');
    expect(boundaryTilt(classesOf(planeSchemaDefaults()))).toBe('tilted'); // the widget's default ρ = 0.5 too
    expect(boundaryTilt(classesOf({ ...full, r1: 0 }))).toBe('perpendicular');
    // the angle is real, not a rounding effect: tens of degrees for ρ = 0.8
    const { w } = sharedCovarianceLogistic2D(classesOf(full));
    expect(Math.abs(Math.atan2(w[1], w[0]) * 180 / Math.PI)).toBeGreaterThan(20);
  });

  // Also strings plane.summaryCurved, plane.curved, plane.notSame, plane.pooledNote, present.planeUnequal and present.planeUnequalNotes.
  it('unequal covariances bend the boundary and the pooled straight line misses the posterior', () => {
    expect(logOdds2D(PLANE_UNEQUAL).linear).toBe(false);
    expect(posteriorVsLogistic2D(PLANE_UNEQUAL, PLANE_GRID, PLANE_EXTENT).maxAbs).toBeGreaterThan(0.1);
    const step = steps.find((x) => x.caption === 'present.planeUnequal');
    expect(step?.kind === 'state' && step.set.values.shared).toBe(false);
  });
});

function planeSchemaDefaults() {
  return Object.fromEntries(Object.entries(planeSchema).map(([k, v]) => [k, v.default])) as Parameters<typeof classesOf>[0];
}
