/**
 * Every sentence about behaviour in this lesson, run through the engine with the widgets' own
 * settings. Each it() title is named by a {/* claim: … *\/} marker after its sentence in
 * content.en.mdx and content.zh.mdx, or (for string-table sentences) by the key in the comment
 * above it.
 */
import { describe, expect, it } from 'vitest';
import { chainProduct, transformPoints } from '../../engine';
import { layerStack, transformedLines } from './collapse';
import { ballPath, gradAt, lossAt, landscape, W_RANGE } from './descent';
import { xorAccuracy } from './exercises';
import { figures } from './figures';
import { collapseSchema, descentSchema, DRAW_POINTS, MAX_LAYERS, UA_MAX_UNITS, universalSchema, XOR_MAX_STEPS, XOR_STEPS_PER_PRESS, xorSchema } from './schema';
import { bestLineOn, xorData, xorTrainer } from './xor';
import { ERROR_WIDTHS, uaView, unitsForExact } from './approx';
import { formatNumber } from '../../format/number';

const PROBE = [1, 0, 0, 1, 0.3, -0.7, -1.2, 0.4, 2, 2];

/** Largest distance of a polyline's points from the straight line through its ends, relative to its length. */
function bend(pts: ArrayLike<number>): number {
  const n = pts.length / 2;
  const [x0, y0, x1, y1] = [pts[0], pts[1], pts[2 * n - 2], pts[2 * n - 1]];
  const len = Math.hypot(x1 - x0, y1 - y0);
  let worst = 0;
  for (let i = 0; i < n; i++) worst = Math.max(worst, Math.abs((x1 - x0) * (pts[2 * i + 1] - y0) - (y1 - y0) * (pts[2 * i] - x0)) / len);
  return worst / len;
}

/** The sigmoid unit's valley floor: where its gradient changes sign (bisection). */
function sigmoidFloor(): number {
  let lo = W_RANGE[0];
  let hi = W_RANGE[1];
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (gradAt('sigmoid', mid) < 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

describe('why-nonlinear claims', () => {
  // Also ex.four.explain and collapse.productNote.
  it('a stack of linear layers acts exactly as its product matrix', () => {
    for (const count of [1, 2, 4, MAX_LAYERS, 10]) {
      for (const seed of [1, 2, 3, collapseSchema.seed.default]) {
        const layers = layerStack(count, seed);
        const stacked = transformPoints(layers, PROBE, null);
        const single = transformPoints([chainProduct(layers)], PROBE, null);
        stacked.forEach((v, i) => expect(Math.abs(v - single[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v))));
      }
    }
  });

  // Also steps.six/sixNotes and collapse.afterLinear.
  it('after any linear stack the grid lines stay straight, parallel and evenly spaced', () => {
    for (const count of [2, 4, MAX_LAYERS]) {
      for (const seed of [1, 5, collapseSchema.seed.default]) {
        const { lines } = transformedLines(layerStack(count, seed), 'none');
        for (const axis of ['v', 'h']) {
          const family = lines.filter((l) => l.axis === axis);
          for (const l of family) expect(bend(l.points)).toBeLessThan(1e-9);
          // Parallel: every line of the family has the direction of the first; evenly spaced: equal steps between their starts.
          const dir = (p: ArrayLike<number>) => Math.atan2(p[p.length - 1] - p[1], p[p.length - 2] - p[0]);
          for (const l of family) expect(Math.abs(Math.sin(dir(l.points) - dir(family[0].points)))).toBeLessThan(1e-9);
          const gap = (i: number) => [family[i + 1].points[0] - family[i].points[0], family[i + 1].points[1] - family[i].points[1]];
          const g0 = gap(0);
          for (let i = 1; i < family.length - 1; i++) gap(i).forEach((v, k) => expect(Math.abs(v - g0[k])).toBeLessThan(1e-9 * Math.max(1, Math.abs(g0[k]))));
        }
      }
    }
  });

  // Also steps.bend and collapse.noSingleWhy.
  it('tanh between the layers bends the grid lines and ReLU kinks them', () => {
    for (const bendKind of ['tanh', 'relu'] as const) {
      const { lines } = transformedLines(layerStack(3, collapseSchema.seed.default), bendKind);
      expect(Math.max(...lines.map((l) => bend(l.points))), bendKind).toBeGreaterThan(0.02);
    }
  });

  it('the step unit’s gradient is exactly zero across the whole plotted range', () => {
    const { x } = landscape('step');
    for (const w of x) expect(gradAt('step', w)).toBe(0);
  });

  // Also ex.stuck.explain, steps.stuck and steps.stuckNotes (the preset: w₀ = −3, η = 2, 10 steps).
  it('the step ball stays on its terrace while the sigmoid ball rolls to the valley floor', () => {
    const { w0, lr } = descentSchema;
    const step = ballPath('step', w0.default, lr.default, 200);
    expect(new Set(step).size).toBe(1);
    // A lower terrace is right there.
    expect(Math.min(...landscape('step').y)).toBeLessThan(lossAt('step', w0.default) - 0.1);
    // Downhill towards one valley everywhere: the gradient's sign is the side of the floor.
    const floor = sigmoidFloor();
    for (const w of landscape('sigmoid').x) if (Math.abs(w - floor) > 1e-6) expect(Math.sign(gradAt('sigmoid', w))).toBe(Math.sign(w - floor));
    const sig = ballPath('sigmoid', w0.default, lr.default, 200);
    expect(Math.abs(sig[200] - floor)).toBeLessThan(0.01);
    // The preset's 10 steps: rolling downhill all the way.
    for (let k = 1; k <= 10; k++) expect(lossAt('sigmoid', sig[k])).toBeLessThan(lossAt('sigmoid', sig[k - 1]));
  });

  it('at the largest learning rate the sigmoid ball settles without swinging back and forth', () => {
    const floor = sigmoidFloor();
    const lr = descentSchema.lr.max;
    for (let w0 = descentSchema.w0.min; w0 <= descentSchema.w0.max + 1e-9; w0 += 0.1) {
      const path = ballPath('sigmoid', w0, lr, 200);
      let crossings = 0;
      for (let k = 1; k < path.length; k++) if ((path[k] - floor) * (path[k - 1] - floor) < 0) crossings++;
      expect(crossings, `w₀ = ${w0}`).toBeLessThanOrEqual(1);
      expect(Math.abs(path[200] - floor), `w₀ = ${w0}`).toBeLessThan(1e-3);
      expect(new Set(ballPath('step', w0, lr, 50)).size).toBe(1);
    }
  });

  // Also ex.xor.explain (“no straight line gets more than …”) and xor.bestLine.
  it('the identity network never beats the best straight line, and no line separates XOR', () => {
    expect(figures.bestLine).toBe(`${(bestLineOn(xorSchema.seed.default).accuracy * 100).toFixed(1)}%`);
    for (let seed = 1; seed <= 10; seed++) expect(bestLineOn(seed).accuracy).toBeLessThan(0.8);
    // The exercise's threshold is out of reach on its data however the network trains.
    expect(bestLineOn(xorSchema.seed.default).accuracy).toBeLessThan(0.75);
    for (const seed of [1, 2]) {
      const tr = xorTrainer('identity', 8, seed, xorData(seed));
      for (let s = 1; s <= XOR_MAX_STEPS; s++) {
        tr.step();
        if (s % 300 === 0) expect(tr.accuracy(), `seed ${seed}, step ${s}`).toBeLessThanOrEqual(bestLineOn(seed).accuracy);
      }
    }
  });

  // Also ex.xor.explain (“after n steps it is still near chance”) and steps.xor (1200 steps).
  it('trained on cross-entropy the identity network usually ends well below the best line', () => {
    const accs = Array.from({ length: 10 }, (_, i) => [xorAccuracy('identity', XOR_MAX_STEPS, i + 1), bestLineOn(i + 1).accuracy]);
    expect(accs.filter(([a, b]) => a <= b - 0.1).length).toBeGreaterThanOrEqual(8);
    expect(accs.filter(([a]) => Math.abs(a - 0.5) <= 0.1).length).toBeGreaterThanOrEqual(5);
    expect(Math.abs(accs[0][0] - 0.5)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(xorAccuracy('identity', 1200, 1) - 0.5)).toBeLessThanOrEqual(0.1);
  });

  // Also steps.xor (“tanh solves it”).
  it('the tanh network classifies almost every XOR point', () => {
    for (let seed = 1; seed <= 5; seed++) expect(xorAccuracy('tanh', XOR_STEPS_PER_PRESS, seed)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('why-nonlinear claims: universal approximation', () => {
  const drawn = universalSchema.pts.default;

  // Also ex.kink.explain and steps.askKink.
  it('two ReLU units draw |x| − ½ exactly', () => {
    expect(unitsForExact('kink', 'relu')).toBe(2);
    const fit = uaView('kink', 'relu', 2, drawn).fit;
    expect(fit.maxErr).toBeLessThan(1e-12);
    expect(Array.from(fit.units.centres)).toEqual([-1, 0]);
    expect(fit.weights[0]).toBeCloseTo(-1, 12);
    expect(fit.weights[1]).toBeCloseTo(2, 12);
    // One unit is not enough, and sigmoids never get it exactly.
    expect(uaView('kink', 'relu', 1, drawn).fit.rmse).toBeGreaterThan(0.1);
    expect(unitsForExact('kink', 'sigmoid')).toBeNull();
  });

  // Also steps.uaMany.
  it('for the sine the error falls steeply with n', () => {
    const e4 = uaView('sine', 'sigmoid', 4, drawn).fit.rmse;
    const e40 = uaView('sine', 'sigmoid', UA_MAX_UNITS, drawn).fit.rmse;
    expect(e40).toBeLessThan(e4 / 100);
    expect(figures.sineErr4).toBe(formatNumber(e4, 2));
    expect(figures.sineErr40).toBe(formatNumber(e40, 2));
    // The bump falls steeply too, for both kinds of unit.
    for (const u of ['sigmoid', 'relu'] as const) expect(uaView('bump', u, UA_MAX_UNITS, drawn).fit.rmse).toBeLessThan(uaView('bump', u, 4, drawn).fit.rmse / 50);
  });

  // Also steps.uaStep and steps.uaStepNotes.
  it('at the step the largest error stays near half the jump', () => {
    for (const u of ['sigmoid', 'relu'] as const) {
      for (const n of ERROR_WIDTHS) expect(uaView('step', u, n, drawn).fit.maxErr, `${u} n=${n}`).toBeGreaterThan(0.45);
      const first = uaView('step', u, 1, drawn).fit.rmse;
      const last = uaView('step', u, UA_MAX_UNITS, drawn).fit.rmse;
      expect(last).toBeLessThan(first / 2);
      // Slowly: far above what the sine reaches with as many units.
      expect(last).toBeGreaterThan(10 * uaView('sine', u, UA_MAX_UNITS, drawn).fit.rmse);
    }
  }, 60_000);

  it('ReLU units with a hinge at every drawing point fit a drawn target exactly', () => {
    const n = DRAW_POINTS - 1;
    expect(figures.drawSegments).toBe(String(n));
    expect(uaView('drawn', 'relu', n, drawn).fit.maxErr).toBeLessThan(1e-12);
    // Any drawing, not just the default.
    const zigzag = drawn.map((_, i) => (i % 3) - 1);
    expect(uaView('drawn', 'relu', n, zigzag).fit.maxErr).toBeLessThan(1e-12);
    expect(uaView('drawn', 'relu', n - 1, drawn).fit.maxErr).toBeGreaterThan(0.01);
  });
});
