/**
 * Every sentence about behaviour in this lesson, run through the engine. Each it() title is
 * named by a {/* claim: … *\/} marker after its sentence in content.en.mdx and content.zh.mdx, or
 * (for string-table sentences) by the key in the comment above it.
 */
import { describe, expect, it } from 'vitest';
import { activationNormalMean, activations, normalExpectation, sampleFunction } from '../../engine';
import { activationCurves, saturation } from './curves';
import { saturationEdge } from './exercises';
import { compareGelu, GELU_XMAX } from './geluApprox';
import { activationProperties, ZERO_CENTRED_TOL } from './properties';
import { figures } from './figures';
import { activationTraits, CONVEX_NAMES, fitMaxout, geluGateStdError, minimumOn } from '../../engine';
import { formatFixed, formatNumber } from '../../format/number';
import { maxoutErrorRatio, maxoutView } from './maxoutView';
import { maxoutDivisor } from './exercises';
import { CURVE_X, gateCurve, gateRun, worstGateZ } from './gateView';
import { GATE_MAX_N, geluGateSchema, maxoutSchema } from './schema';
import { traitRows } from './traitsTable';

const grid = (lo: number, hi: number, n = 2001) => Array.from(sampleFunction((x) => x, lo, hi, n).x);

describe('activation-gallery claims', () => {
  // Also steps.tinyEps and steps.tinyEpsNotes.
  it('each factor of ten in ε moves the sigmoid’s saturation edge by about ln 10', () => {
    const edges = [1e-2, 1e-3, 1e-4, 1e-5, 1e-6].map((e) => saturationEdge('sigmoid', e));
    for (let i = 1; i < edges.length; i++) expect(Math.abs(edges[i] - edges[i - 1] - Math.LN10)).toBeLessThan(0.02);
    // The widget at the preset (ε = 10⁻⁶, ±20) shades from the edge the prose quotes.
    const c = activationCurves('sigmoid', undefined, 20, 0);
    const right = saturation(c.df, 1e-6, 20).intervals.at(-1);
    expect(right?.x0).toBeCloseTo(Number(figures.sigmoidEdge6), 0);
    expect(Math.abs((right?.x0 ?? 0) - edges[4])).toBeLessThan(0.05);
  });

  // Also steps.classic.
  it('sigmoid and tanh saturate on both sides; tanh is 2σ(2x) − 1 with slope 1 at 0', () => {
    expect(activationProperties('sigmoid').saturates).toBe('both');
    expect(activationProperties('tanh').saturates).toBe('both');
    for (const x of grid(-10, 10)) expect(Math.abs(activations.tanh.f(x) - (2 * activations.sigmoid.f(2 * x) - 1))).toBeLessThan(1e-15);
    expect(activations.tanh.df(0)).toBe(1);
    expect(activations.sigmoid.df(0)).toBe(0.25);
  });

  it('SELU maps a standard normal input to mean 0 and variance 1', () => {
    expect(Math.abs(activationNormalMean('selu'))).toBeLessThan(1e-6);
    expect(Math.abs(normalExpectation((z) => activations.selu.f(z) ** 2) - 1)).toBeLessThan(1e-6);
    // ELU's floor pulls its mean below ReLU's, but not into the zero-centred band; Leaky ReLU barely moves it.
    const relu = activationNormalMean('relu');
    const elu = activationNormalMean('elu');
    const leaky = activationNormalMean('leakyRelu');
    expect(elu).toBeLessThan(relu);
    expect(elu).toBeGreaterThan(ZERO_CENTRED_TOL);
    expect(leaky).toBeGreaterThan(ZERO_CENTRED_TOL);
    expect(relu - leaky).toBeLessThan(0.01);
    expect(activationProperties('selu').zeroCentred).toBe(true);
    expect(activationProperties('elu').zeroCentred).toBe(false);
    expect(activationProperties('leakyRelu').zeroCentred).toBe(false);
  });

  it('softplus stays above zero while GELU, SiLU and Mish dip below it', () => {
    for (const x of grid(-30, 30)) expect(activations.softplus.f(x)).toBeGreaterThan(0);
    expect(activationProperties('softplus').lo).toEqual({ value: 0, closed: false });
    for (const n of ['gelu', 'silu', 'mish'] as const) {
      const p = activationProperties(n);
      expect(p.lo.value, n).toBeLessThan(-0.1);
      expect(p.lo.closed, n).toBe(true);
      expect(p.monotonic, n).toBe(false);
    }
    expect(activationProperties('softplus').monotonic).toBe(true);
  });

  // Also steps.hardNotes.
  it('hard sigmoid and hard tanh are flat outside a window; hard swish has slope 1 above 3', () => {
    for (const x of [...grid(-20, -3.001, 200), ...grid(3.001, 20, 200)]) {
      expect(activations.hardSigmoid.df(x)).toBe(0);
      expect(activations.hardSwish.df(x)).toBe(x > 0 ? 1 : 0);
      expect(activations.hardSwish.f(x)).toBe(x > 0 ? x : 0);
    }
    for (const x of [...grid(-20, -1.001, 200), ...grid(1.001, 20, 200)]) expect(activations.hardTanh.df(x)).toBe(0);
    expect(activationProperties('hardSwish').saturates).toBe('negative');
    expect(activationProperties('hardSigmoid').saturates).toBe('both');
    expect(activationProperties('hardTanh').saturates).toBe('both');
    expect(activationProperties('hardSwish').lo).toEqual({ value: -0.375, closed: true });
  });

  it('both GELU approximations nearly coincide with GELU, the tanh fit far closer', () => {
    const [tanhFit, sigmoidFit] = compareGelu(GELU_XMAX).worst;
    expect(sigmoidFit.maxAbs).toBeLessThan(0.025);
    expect(tanhFit.maxAbs).toBeLessThan(sigmoidFit.maxAbs / 10);
    // Wider ranges add nothing: the differences die out in the tails.
    expect(compareGelu(10).worst[0].maxAbs).toBeCloseTo(tanhFit.maxAbs, 6);
  });

  // ex.slope.explain: σ′ is never larger than σ′(0) = 1/4.
  it('sigmoid’s slope peaks at a quarter, at 0', () => {
    for (const x of grid(-20, 20)) expect(activations.sigmoid.df(x)).toBeLessThanOrEqual(0.25);
  });

  // ex.edge.explain: after the reveal (ε = 0.01, ±8) the shading starts at the computed edge.
  it('the edge exercise’s reveal shades from the computed edge', () => {
    const c = activationCurves('sigmoid', undefined, 8, 0);
    const iv = saturation(c.df, 0.01, 8).intervals;
    expect(iv).toHaveLength(2);
    expect(Math.abs(iv[1].x0 - saturationEdge('sigmoid', 0.01))).toBeLessThan(0.02);
    expect(iv[1].x1).toBe(8);
  });

  // ex.never.explain and steps.relu: the ReLU family does not saturate for x > 0.
  it('ReLU has slope 1 for every x > 0 and 0 for x < 0; nothing in its family saturates on the right', () => {
    for (const x of grid(0.001, 50, 500)) expect(activations.relu.df(x)).toBe(1);
    for (const x of grid(-50, -0.001, 500)) expect(activations.relu.df(x)).toBe(0);
    for (const n of ['relu', 'leakyRelu', 'prelu', 'elu', 'selu'] as const) expect(['none', 'negative']).toContain(activationProperties(n).saturates);
  });
});

describe('activation-gallery claims: maxout, GELU’s gate, the article’s properties', () => {
  it('the maxout fit is a maximum of lines and therefore convex, exact for |x| with two pieces', () => {
    for (const name of CONVEX_NAMES) {
      for (let k = 1; k <= maxoutSchema.k.max; k++) {
        const v = maxoutView(name, k);
        v.fit.xs.forEach((_, i) => expect(v.fit.fitted[i]).toBe(Math.max(...v.lines.map((l) => l[i]))));
        for (let i = 1; i < v.fit.xs.length - 1; i++) expect(v.fit.fitted[i + 1] - 2 * v.fit.fitted[i] + v.fit.fitted[i - 1]).toBeGreaterThanOrEqual(-1e-9);
      }
    }
    expect(maxoutView('abs', 2).fit.maxErr).toBeLessThan(1e-12);
  }, 60_000);

  // Also ex.maxout.explain and steps.maxoutNotes.
  it('for x² each doubling of k quarters the maxout error', () => {
    for (const k of [1, 2, 4]) expect(maxoutErrorRatio('square', k), `k=${k}`).toBeGreaterThan(k === 1 ? 3 : 3.6);
    for (const k of [2, 4]) expect(maxoutErrorRatio('square', k)).toBeLessThan(4.4);
    expect(maxoutDivisor()).toBe(4);
    expect(figures.sqErr4).toBe(formatNumber(fitMaxout('square', 4).rmse, 2));
  });

  // Also ex.gate.explain and steps.gateNotes.
  it('the gate’s sample mean settles on x·Φ(x), its error shrinking like 1/√n', () => {
    const x = geluGateSchema.x.default;
    const n = geluGateSchema.n.max;
    const run = gateRun(x, n, 1);
    expect(Math.abs(run.mean - activations.gelu.f(x))).toBeLessThan(4 * run.se);
    expect(geluGateStdError(x, 100) / geluGateStdError(x, 10000)).toBeCloseTo(10, 10);
    // Averaged over seeds, the squared error at n is about SE² (so it falls a hundredfold per hundredfold n).
    for (const m of [100, 10000]) {
      const mse = Array.from({ length: 60 }, (_, s) => (gateRun(x, m, s + 1).mean - run.exact) ** 2).reduce((a, b) => a + b) / 60;
      expect(mse / geluGateStdError(x, m) ** 2).toBeGreaterThan(0.5);
      expect(mse / geluGateStdError(x, m) ** 2).toBeLessThan(1.6);
    }
    // Far out the gate is almost always open (mean ≈ x) or shut (mean ≈ 0).
    expect(gateRun(3, n, 1).mean).toBeGreaterThan(2.99);
    expect(Math.abs(gateRun(-3, n, 1).mean)).toBeLessThan(0.01);
  }, 60_000);

  it('with the most draws the sample means lie on the GELU curve at every input', () => {
    const z = worstGateZ(gateCurve(GATE_MAX_N, geluGateSchema.seed.default).means, GATE_MAX_N);
    expect(z).toBeLessThan(3.5);
    expect(figures.gateWorstZ).toBe(formatFixed(z, 1));
    // With few draws they do not: at n = 10 some mean is far off.
    const few = gateCurve(10, 1).means;
    expect(Math.max(...Array.from(CURVE_X, (x, i) => Math.abs(few[i] - activations.gelu.f(x))))).toBeGreaterThan(0.1);
  });

  it('only identity, tanh, ELU and hard tanh are ≈ x near 0', () => {
    expect(traitRows().filter((r) => r.traits.nearIdentity).map((r) => r.name)).toEqual(['identity', 'tanh', 'elu', 'hardTanh']);
    const s = activationTraits('sigmoid');
    expect(s.f0).toBe(0.5);
    expect(s.slopeRight).toBeCloseTo(0.25, 6);
    expect(figures.nearIdentityList).toBe(['identity', 'tanh', 'elu', 'hardTanh'].map((n) => activations[n as 'tanh'].label).join(', '));
  });

  it('the functions with a dip are exactly the non-monotone ones', () => {
    for (const { name, traits } of traitRows()) {
      const dips = minimumOn((x) => activations[name].f(x), -15, 15).value < Math.min(activations[name].f(-15), activations[name].f(0)) - 1e-9;
      expect(!traits.monotone, name).toBe(dips);
    }
    expect(figures.nonMonotoneList.split(', ').length).toBe(traitRows().filter((r) => !r.traits.monotone).length);
  }, 60_000);

  it('every activation is differentiable except at finitely many points', () => {
    const at = Object.fromEntries(traitRows().map((r) => [r.name, [...r.traits.kinks, ...r.traits.jumps]]));
    for (const n of ['relu', 'leakyRelu', 'prelu', 'selu', 'step']) expect(at[n], n).toEqual([0]);
    for (const n of ['hardSigmoid', 'hardSwish']) expect(at[n], n).toEqual([-3, 3]);
    expect(at.hardTanh).toEqual([-1, 1]);
    expect(at.elu).toEqual([]);
    expect(activations.elu.df(-1e-9)).toBeCloseTo(activations.elu.df(1e-9), 6);
    for (const n of ['sigmoid', 'tanh', 'softplus', 'gelu', 'silu', 'mish']) expect(at[n], n).toEqual([]);
    expect(traitRows().every((r) => r.traits.aeDifferentiable)).toBe(true);
  });
});
