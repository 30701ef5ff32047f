/**
 * Every sentence of the backprop lesson that says what a widget shows or how something behaves,
 * run through the engine with the widgets' own settings. The MDX names each case in a
 * `{/* claim: … *\/}` marker.
 */
import { describe, expect, it } from 'vitest';
import { BLOCKED_SLOPE, CHECK_AGREES, LR_FACTOR, backwardRun, batchSizeOf, defaultBackward, lossCurve, measureSpread, sgdData, sgdTrainer } from './model';
import { figures, firstLayerShare } from './figures';
import { SATURATING_SCALE } from './exercises';
import { SGD_BATCHES, SGD_EPOCHS, SGD_N, SGD_SEED, SPREAD_BATCHES, SPREAD_DRAWS, digitsSchema, sgdSchema, DIGIT_ACTS, DIGIT_OPTS } from './schema';
import { parseDigits, type DigitConfig } from './digits';
type DigitAct = (typeof DIGIT_ACTS)[number];
type DigitOpt = (typeof DIGIT_OPTS)[number];
import { createDigitRun } from './digitsRun';
import { loadDigitFile } from './loadDigitFile';

const d = defaultBackward();
const LR = sgdSchema.lr.default;
const curves = new Map<string, number[]>();
/** Loss per epoch of one SGD widget run (cached: the claims share runs). */
function curve(batch: string, lr: number): number[] {
  const key = `${batch}@${lr}`;
  if (!curves.has(key)) curves.set(key, lossCurve(sgdTrainer(batchSizeOf(batch), lr, SGD_SEED, sgdData(SGD_SEED)), SGD_EPOCHS));
  return curves.get(key) as number[];
}
const final = (c: number[]) => c[c.length - 1];

describe('backprop: the backward step-through', () => {
  it('the output δ is p − y', () => {
    for (const act of ['sigmoid', 'tanh', 'relu'] as const)
      for (const cls of [0, 1, 2]) {
        const { trace } = backwardRun({ ...d.setup, act }, d.x, cls);
        const p = trace.a[trace.a.length - 1];
        trace.delta[trace.delta.length - 1].forEach((v, i) => expect(v).toBeCloseTo(p[i] - (i === cls ? 1 : 0), 14));
      }
  });

  it('backprop agrees with central differences', () => {
    expect(backwardRun(d.setup, d.x, d.cls).check.maxRelError).toBeLessThan(1e-8);
    expect(figures.checkError).toMatch(/e-|×|10/);
    for (const act of ['sigmoid', 'tanh'] as const)
      for (const scale of [0.25, 1, 2, 4, 8])
        for (const [x, cls] of [[d.x, 0], [[-1.5, 2] as const, 1], [[2, 2] as const, 2]] as const) expect(backwardRun({ ...d.setup, act, scale }, x, cls).check.maxRelError).toBeLessThan(CHECK_AGREES);
  });

  it('with sigmoid, δ shrinks layer by layer at the default settings', () => {
    const { deltaNorms } = backwardRun(d.setup, d.x, d.cls);
    for (let l = 0; l + 1 < deltaNorms.length; l++) expect(deltaNorms[l]).toBeLessThan(deltaNorms[l + 1]);
    expect(firstLayerShare()).toBeLessThan(0.1);
  });

  it('with sigmoid, a larger weight scale blocks more units and zeroes their gradient rows', () => {
    const count = (scale: number) => backwardRun({ ...d.setup, scale }, d.x, d.cls).trace.slopes.reduce((k, s) => k + s.filter((v) => Math.abs(v) < BLOCKED_SLOPE).length, 0);
    expect(count(1)).toBe(0);
    expect(count(SATURATING_SCALE)).toBeGreaterThanOrEqual(2);
    const { trace } = backwardRun({ ...d.setup, scale: SATURATING_SCALE }, d.x, d.cls);
    const maxAbs = (a: ArrayLike<number>) => Math.max(...Array.from(a, Math.abs));
    trace.slopes.forEach((s, l) => {
      const inn = trace.sizes[l];
      const rows = Array.from(s, (_, i) => maxAbs(trace.gradW[l].subarray(i * inn, (i + 1) * inn)));
      const top = Math.max(...rows);
      s.forEach((v, i) => {
        if (Math.abs(v) < BLOCKED_SLOPE) expect(rows[i]).toBeLessThan(0.05 * top);
      });
    });
  });

  it('with ReLU, a unit with z < 0 has δ exactly 0', () => {
    let dead = 0;
    const { trace } = backwardRun({ ...d.setup, act: 'relu' }, d.x, d.cls);
    trace.z.slice(0, -1).forEach((z, l) =>
      z.forEach((v, i) => {
        if (v < 0) {
          dead++;
          expect(trace.delta[l][i]).toBe(0);
        }
      }),
    );
    expect(dead).toBeGreaterThan(0);
  });
});

describe('backprop: SGD', () => {
  it('the measured spread falls like 1/√B', () => {
    const data = sgdData(SGD_SEED);
    const s = measureSpread(sgdTrainer(1, 0.1, SGD_SEED, data), data, SPREAD_BATCHES, SPREAD_DRAWS, SGD_SEED);
    SPREAD_BATCHES.forEach((B, i) => {
      const expected = (s[0] / Math.sqrt(B)) * Math.sqrt((SGD_N - B) / (SGD_N - 1));
      expect(Math.abs(s[i] / expected - 1)).toBeLessThan(0.15);
    });
    // "a little faster at the largest batches"
    const last = SPREAD_BATCHES.length - 1;
    expect(s[last]).toBeLessThan(s[0] / Math.sqrt(SPREAD_BATCHES[last]));
  });

  it('at the default rate the minibatches end below the full batch', () => {
    const full = final(curve('full', LR));
    for (const b of SGD_BATCHES.filter((b) => b !== 'full')) expect(final(curve(b, LR))).toBeLessThan(full);
  });

  it('at ten times the default rate the small batches blow up while the full batch still learns', () => {
    const lr = LR * LR_FACTOR;
    for (const b of ['1', '8']) expect(Math.max(...curve(b, lr))).toBeGreaterThan(5 * curve(b, lr)[0]);
    for (const b of ['64', 'full']) expect(final(curve(b, lr))).toBeLessThan(0.5 * curve(b, lr)[0]);
  });

  it('at a tenth of the rate B = 1 learns and ends below the full batch at the default rate', () => {
    const c = curve('1', LR / LR_FACTOR);
    expect(Math.max(...c.slice(1))).toBeLessThan(c[0]);
    expect(final(c)).toBeLessThan(final(curve('full', LR)));
  });
});

describe('backprop: epochs and steps', () => {
  it('per step the full batch is ahead of B = 8', () => {
    // The full batch's 30 steps against B = 8's first epoch, 32 steps: fewer steps, lower loss.
    expect(SGD_EPOCHS).toBeLessThanOrEqual(Math.ceil(SGD_N / 8));
    expect(final(curve('full', LR))).toBeLessThan(curve('8', LR)[1]);
    expect(figures.stepsB1).toBe(String(SGD_EPOCHS * SGD_N));
  });
});

describe('backprop: real digits', () => {
  const set = parseDigits(loadDigitFile());
  const train = (cfg: DigitConfig, epochs: number) => {
    const run = createDigitRun(set, cfg);
    const pts = [];
    for (let e = 0; e < epochs; e++) {
      while (!run.slice(1e9, () => 0));
      pts.push(run.evaluate().point);
    }
    return pts;
  };
  const defaults: DigitConfig = { hidden: digitsSchema.act.default as DigitAct, optimizer: digitsSchema.opt.default as DigitOpt, learningRate: digitsSchema.lr.default, batchSize: Number(digitsSchema.batch.default), seed: 1 };
  const runs = train(defaults, digitsSchema.epochs.default);

  it('at the defaults the digit network passes 90 % test accuracy within ten epochs', () => {
    expect(digitsSchema.epochs.default).toBe(10);
    expect(Math.max(...runs.map((p) => p.testAcc))).toBeGreaterThan(0.9);
    expect(runs[runs.length - 1].testAcc).toBeGreaterThan(0.9);
  });

  it('the training accuracy ends above the test accuracy', () => {
    const last = runs[runs.length - 1];
    expect(last.trainAcc).toBeGreaterThan(last.testAcc);
  });

  it('with sigmoid the output layer has the largest gradient norm, with ReLU the first', () => {
    for (const p of runs.slice(0, 3)) expect(p.gradNorms.indexOf(Math.max(...p.gradNorms))).toBe(2);
    for (const p of train({ ...defaults, hidden: 'relu' }, 3)) expect(p.gradNorms.indexOf(Math.max(...p.gradNorms))).toBe(0);
  }, 120_000);
});
