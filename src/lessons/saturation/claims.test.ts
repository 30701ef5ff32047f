/**
 * Every sentence of the saturation lesson that says what a widget shows or how something
 * behaves, run through the engine with the widgets' own settings. The MDX names each case in a
 * `{/* claim: … *\/}` marker; claims made in the string tables name their key in a comment.
 */
import { describe, expect, it } from 'vitest';
import { activations, backwardThroughDepth, depthFactors, sigmoid, sym2Eigenvalues } from '../../engine';
import { checkAnswer } from '../../components/exercise/checkAnswer';
import { depthChain, type DepthParams } from './depthChain';
import { DEPTH30, FAR, depthVerdict, saturationExercises } from './exercises';
import { figures, geluZeroBelow } from './figures';
import { DEPTH_PRESETS, depthSchema, zigzagSchema } from './schema';
import { zigzagCases } from './zigzag';

const t = ((key: string) => key) as unknown as Parameters<typeof saturationExercises>[0];
const at = (p: Partial<DepthParams>) => depthChain({ ...DEPTH30, ...p });
const probeRatio = (p: DepthParams) => {
  const n = backwardThroughDepth({ depth: p.depth, width: p.width, activation: p.act, init: p.init, initScale: p.scale, seed: p.seed });
  return n[0] / n[n.length - 1];
};

/** Every seed the depth widget's slider and URL accept. */
const SEEDS = Array.from({ length: depthSchema.seed.max - depthSchema.seed.min + 1 }, (_, i) => depthSchema.seed.min + i);
/** ratio / (1/4)^30 for every seed: one backward pass each (~3 s in all), shared by the tests below. */
let allSeeds: number[] | null = null;
const factorsForAllSeeds = () => (allSeeds ??= SEEDS.map((seed) => probeRatio({ ...DEPTH30, seed }) / 0.25 ** DEPTH30.depth));
/** A smaller sample for the per-layer split (depthFactors), enough to see what is steady and what drifts. */
const SAMPLE = SEEDS.slice(0, 40);
const split = SAMPLE.map((seed) => {
  const r = depthChain({ ...DEPTH30, seed });
  return { seed, r, slopes: (r.slopeFactor / 0.25) ** DEPTH30.depth, weights: r.weightFactor ** DEPTH30.depth, ends: r.ends };
});
const spread = (v: number[]) => Math.max(...v) / Math.min(...v);

describe('saturation: how flat is flat', () => {
  it('sigmoid and tanh slopes are negligible at |x| = 10, ReLU′ and GELU′ only on the left', () => {
    // "look like zero on a linear axis": under 1/1000 of the sigmoid's peak 1/4
    for (const x of [-10, 10]) {
      expect(activations.sigmoid.df(x)).toBeLessThan(0.25e-3);
      expect(activations.tanh.df(x)).toBeLessThan(0.25e-3);
    }
    expect(activations.relu.df(-10)).toBe(0);
    expect(Math.abs(activations.gelu.df(-10))).toBeLessThan(1e-15);
    // on the right those two stay at 1
    for (const x of [10, 25, 50]) {
      expect(activations.relu.df(x)).toBe(1);
      expect(activations.gelu.df(x)).toBeCloseTo(1, 12);
    }
    expect(figures.sigmoid10).toBe('4.5e−5');
  });

  // Also ex.s40.explain and steps.far ("tiny, but not zero").
  it('at x = 40 the stable slope is tiny but not zero, the textbook form is exactly 0', () => {
    const stable = activations.sigmoid.df(40);
    expect(stable).toBeGreaterThan(0);
    expect(stable).toBeLessThan(1e-17);
    expect(Math.abs(stable / Math.exp(-40) - 1)).toBeLessThan(1e-12);
    expect(sigmoid(40)).toBe(1);
    expect(sigmoid(40) * (1 - sigmoid(40))).toBe(0);
    expect(figures.sigmoid40).toBe('4.25e−18');
  });

  it('GELU′ underflows to exactly 0 below the quoted edge, and not above it', () => {
    const edge = geluZeroBelow();
    expect(activations.gelu.df(edge)).not.toBe(0);
    expect(activations.gelu.df(edge - 1e-9)).toBe(0);
    for (const x of [edge - 0.5, -45, -50]) expect(activations.gelu.df(x)).toBe(0);
    for (const x of [edge + 0.05, -30, -20]) expect(activations.gelu.df(x)).not.toBe(0);
    expect(figures.geluZero).toBe('−38.6');
  });
});

describe('saturation: the chain through depth', () => {
  // Also depth.preset.sigmoidXavier ("vanishes") and steps.depth ("the first layer barely learns").
  it('30 sigmoid layers with Xavier init lose more than 15 orders of magnitude for every seed', () => {
    const bound = 0.25 ** DEPTH30.depth;
    for (const f of factorsForAllSeeds()) expect(f * bound).toBeLessThan(1e-15);
  }, 120_000);

  // Also ex.depth.explain ("within {{far}}× … for every seed"; "a few hundred times at most").
  it('for every seed the widget offers, 30 sigmoid layers land within a few hundred times of (1/4)^30', () => {
    const f = factorsForAllSeeds();
    expect(f).toHaveLength(999);
    const worst = Math.max(...f.map((v) => Math.max(v, 1 / v)));
    expect(worst).toBeGreaterThan(100); // "a few hundred", not "a few"
    expect(worst).toBeLessThan(500);
    expect(worst).toBeLessThan(FAR);
  }, 120_000);

  it('the slopes pass a little under 1/4 per layer, the steadiest and, with the default seed, the largest factor below the bound', () => {
    for (const { r } of split) {
      expect(r.slopeFactor).toBeGreaterThan(0.22);
      expect(r.slopeFactor).toBeLessThan(0.25);
      expect(r.meanSlope).toBeGreaterThan(0.22);
      expect(r.meanSlope).toBeLessThan(0.25);
    }
    const s = split.map((x) => x.slopes);
    expect(spread(s)).toBeLessThan(spread(split.map((x) => x.weights)));
    expect(spread(s)).toBeLessThan(spread(split.map((x) => x.ends)));
    expect(spread(s)).toBeLessThan(5);
    const d = split[0];
    expect(d.seed).toBe(DEPTH30.seed);
    expect(d.slopes).toBeLessThan(d.weights);
    expect(d.slopes).toBeLessThan(d.ends);
    // the three factors are the whole gap: ratio = bound · slopes · weights · ends
    expect(d.slopes * d.weights * d.ends * 0.25 ** DEPTH30.depth / d.r.ratio).toBeCloseTo(1, 9);
  });

  it('Xavier matrices scale the backward signal by about 1 per layer', () => {
    for (const { r } of split) {
      expect(r.weightFactor).toBeGreaterThan(0.85);
      expect(r.weightFactor).toBeLessThan(1.15);
    }
    // "a single layer can land well above or below 1" (the last entry is the output row)
    const f = depthFactors({ depth: DEPTH30.depth, width: DEPTH30.width, activation: DEPTH30.act, init: DEPTH30.init, seed: DEPTH30.seed });
    const hidden = f.weightGain.slice(0, -1);
    expect(Math.min(...hidden)).toBeLessThan(0.8);
    expect(Math.max(...hidden)).toBeGreaterThan(1.2);
  });

  // Also depth.preset.tanhXavier ("holds too"), depth.preset.reluHe ("holds") and steps.relu.
  it('tanh with Xavier holds the gradient about as well as ReLU with He', () => {
    const tanh = at(DEPTH_PRESETS.tanhXavier).ratio;
    const relu = at(DEPTH_PRESETS.reluHe).ratio;
    for (const r of [tanh, relu]) {
      expect(r).toBeGreaterThan(0.05);
      expect(r).toBeLessThan(20);
    }
    expect(Math.max(tanh / relu, relu / tanh)).toBeLessThan(10);
    expect(at(DEPTH_PRESETS.sigmoidXavier).ratio).toBeLessThan(1e-15);
  });

  it('ReLU with He keeps the gradient through 50 layers', () => {
    const r = at({ ...DEPTH_PRESETS.reluHe, depth: 50 });
    expect(r.ratio).toBeGreaterThan(0.1);
    expect(r.ratio).toBeLessThan(10);
    // half the units off per layer, and He's matrices give it back
    expect(r.meanSlope).toBeGreaterThan(0.4);
    expect(r.meanSlope).toBeLessThan(0.6);
    expect(r.weightFactor).toBeGreaterThan(1.2);
    expect(r.slopeFactor * r.weightFactor).toBeGreaterThan(0.8);
    expect(r.slopeFactor * r.weightFactor).toBeLessThan(1.1);
    // other seeds: a few orders of magnitude, not dozens
    for (let seed = 2; seed <= 12; seed++) {
      const q = probeRatio({ ...DEPTH30, ...DEPTH_PRESETS.reluHe, depth: 50, seed });
      expect(q).toBeGreaterThan(1e-5);
      expect(q).toBeLessThan(1e3);
    }
  });

  it('ReLU with a small init scale vanishes too', () => {
    expect(at({ ...DEPTH_PRESETS.reluHe, scale: 0.5 }).ratio).toBeLessThan(1e-6);
    expect(at({ ...DEPTH_PRESETS.reluHe, scale: 0.25 }).ratio).toBeLessThan(1e-15);
  });

  // ex.depth: the key is "about" for every seed, and the explanation's "with σ = 1 weights the ratio lands far above it".
  it('the depth exercise’s key holds for every seed; σ = 1 weights land far above the bound', () => {
    for (const f of factorsForAllSeeds()) expect(f > 1 / FAR && f < FAR).toBe(true);
    expect(depthVerdict(DEPTH30).verdict).toBe('about');
    expect(checkAnswer(saturationExercises(t)[0].answer, 'about')).toBe('correct');
    expect(depthVerdict({ ...DEPTH30, init: 'normal' }).verdict).toBe('larger');
  }, 120_000);
});

describe('saturation: not zero-centred', () => {
  const [pos, cen] = zigzagCases(zigzagSchema.lr.default, zigzagSchema.steps.default, zigzagSchema.seed.default);

  it('the mean makes the bowl a narrow valley; centring makes it nearly round', () => {
    expect(pos.kappa).toBeGreaterThan(10);
    expect(cen.kappa).toBeLessThan(1.5);
    // the large eigenvalue lies along roughly (1, 1)
    const [l1] = sym2Eigenvalues(pos.h);
    const v = [pos.h.b, l1 - pos.h.a];
    expect(Math.abs(v[0] + v[1]) / Math.hypot(v[0], v[1]) / Math.SQRT2).toBeGreaterThan(0.99);
    expect(figures.kappaPos).toBe('12.4');
  });

  it('all-positive inputs zig-zag, centred inputs walk straight, equally fast at the default rate', () => {
    const [l1] = sym2Eigenvalues(pos.h);
    const n = Math.hypot(pos.h.b, l1 - pos.h.a);
    const e = [pos.h.b / n, (l1 - pos.h.a) / n];
    const star = [1.5, -0.5];
    const across = pos.path.slice(0, 11).map(([a, b]) => (a - star[0]) * e[0] + (b - star[1]) * e[1]);
    for (let k = 1; k < across.length; k++) expect(Math.sign(across[k])).toBe(-Math.sign(across[k - 1]));
    const steps = cen.path.slice(1).map(([a, b], i) => [a - cen.path[i][0], b - cen.path[i][1]]);
    for (let k = 1; k < steps.length; k++) {
      const [p, q] = [steps[k - 1], steps[k]];
      expect((p[0] * q[0] + p[1] * q[1]) / Math.hypot(p[0], p[1]) / Math.hypot(q[0], q[1])).toBeGreaterThan(0.99);
    }
    expect(Math.max(pos.final / cen.final, cen.final / pos.final)).toBeLessThan(10);
    expect(pos.diverged || cen.diverged).toBe(false);
  });

  it('just past the largest stable rate for positive inputs, that path diverges while the centred one converges', () => {
    const { lr, steps, seed } = zigzagSchema;
    const first = Math.ceil(pos.maxLr * 10) / 10; // the slider moves in steps of 0.1
    for (let k = Math.round(first * 10); k <= lr.max * 10; k++) {
      const [p, c] = zigzagCases(k / 10, steps.default, seed.default);
      expect(p.diverged).toBe(true);
      expect(c.diverged).toBe(false);
      expect(c.final).toBeLessThan(1e-3);
    }
    expect(cen.maxLr / pos.maxLr).toBeGreaterThan(10);
    expect(figures.maxLrPos).toBe('3.6');
  });
});
