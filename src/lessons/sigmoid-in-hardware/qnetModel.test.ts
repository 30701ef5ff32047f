/** Fuzz of the two new widgets' state paths: any state the schema lets through (URL values clamped, possibly fractional) computes. */
import { describe, expect, it } from 'vitest';
import { createTrainingRng as createRng, prepareQuantNet } from '../../engine';
import { cordicView } from './cordicView';
import { qnetNetwork, QNET_SIZES, trainedQnet } from './qnetModel';
import { cordicSchema, QNET_SIGMOIDS, qnetSchema } from './schema';

const rng = createRng(77);
const within = (lo: number, hi: number) => lo + (hi - lo) * rng.next();

describe('widget states never break the engine', { timeout: 30_000 }, () => {
  it('hw-qnet: random per-layer W, I (fractional too) and every sigmoid give finite outputs (in [0, 1] for the exact σ and hls4ml’s table)', () => {
    const { params, test } = trainedQnet();
    for (let k = 0; k < 60; k++) {
      const s = {
        w: QNET_SIZES.slice(1).map(() => within(qnetSchema.w.min, qnetSchema.w.max)),
        i: QNET_SIZES.slice(1).map(() => within(qnetSchema.i.min, qnetSchema.i.max)),
        sig: QNET_SIGMOIDS[k % QNET_SIGMOIDS.length],
        tab: Math.round(within(qnetSchema.tab.min, qnetSchema.tab.max)),
      };
      const p = prepareQuantNet(qnetNetwork(s, params));
      for (let r = 0; r < 20; r++) {
        const v = p.prob(test.x, r);
        expect(Number.isFinite(v), JSON.stringify(s)).toBe(true);
        // The exact σ and hls4ml's table stay in [0, 1]; a truncating approximation in a
        // narrow type may overshoot by a step or so (CORDIC's e^−|x| can come out negative).
        if (s.sig === 'exact' || s.sig === 'hls4ml') {
          expect(v, JSON.stringify(s)).toBeGreaterThanOrEqual(0);
          expect(v, JSON.stringify(s)).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('hw-cordic: random x, n, step and formats give a finite output and a step inside 1 … n', () => {
    for (let k = 0; k < 300; k++) {
      const n = Math.round(within(cordicSchema.n.min, cordicSchema.n.max));
      const s = {
        x: within(cordicSchema.x.min, cordicSchema.x.max),
        n,
        step: Math.round(within(cordicSchema.step.min, cordicSchema.step.max)),
        fixed: k % 2 === 0,
        w: Math.round(within(cordicSchema.w.min, cordicSchema.w.max)),
        i: Math.round(within(cordicSchema.i.min, cordicSchema.i.max)),
      };
      const v = cordicView(s);
      expect(Number.isFinite(v.trace.output), JSON.stringify(s)).toBe(true);
      expect(v.step).toBeGreaterThanOrEqual(1);
      expect(v.step).toBeLessThanOrEqual(n);
      expect(v.trace.steps.length).toBe(n);
    }
  });
});

describe('the exercise key from the widget’s sweep', { timeout: 30_000 }, () => {
  it('the worker’s hls4ml curve at I = 6 is accuracyByWidth(6), so the remembered key equals the computed one', async () => {
    const { accuracyByWidth, qnetCompute, rememberWidthSweep, smallestGoodWidth } = await import('./qnetModel');
    const computed = smallestGoodWidth();
    const s = { w: [16, 16, 16], i: [6, 6, 6], sig: 'plan' as const, tab: 10 };
    const r = qnetCompute(s);
    expect(r.sweep.find((x) => x.sig === 'hls4ml')?.accuracy).toEqual(accuracyByWidth(6).acc);
    rememberWidthSweep(s, r);
    expect(smallestGoodWidth()).toBe(computed);
  });
});
