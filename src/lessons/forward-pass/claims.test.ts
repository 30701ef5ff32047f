/**
 * Every sentence of the forward-pass lesson that says what a widget shows or how something
 * behaves, run through the engine with the widgets' own settings. The MDX names each case in a
 * `{/* claim: … *\/}` marker; claims made in the string tables name their key in a comment.
 */
import { describe, expect, it } from 'vitest';
import { createTrainer, forwardSteps, heStd, makeDataset, mlpCost, xavierStd, type ActivationName } from '../../engine';
import { tinyNetwork } from './code';
import { figures, firstLayerShare } from './figures';
import { BIG_NET, SYM_MAX_STEPS, SYM_STEPS_PER_PRESS, stepsSchema, symmetrySchema } from './schema';
import { hiddenUnits, symmetryTrainer } from './symmetry';

/** Trains a symmetry-widget network and reads it every `every` steps. */
function run(init: 'equal' | 'random', steps: number, every = SYM_STEPS_PER_PRESS) {
  const tr = symmetryTrainer(init, symmetrySchema.c.default);
  const seen: { step: number; spread: number; acc: number }[] = [];
  for (let s = 1; s <= steps; s++) {
    tr.step();
    if (s % every === 0) seen.push({ step: s, spread: hiddenUnits(tr).spread, acc: tr.accuracy() });
  }
  return seen;
}

describe('forward-pass: shapes and numbers', () => {
  it('the first layer does most of the multiply-adds', () => {
    for (const n of [1, 64, 1024]) {
      const c = mlpCost(BIG_NET, n);
      expect(c.layers[0].multiplyAdds / c.multiplyAdds).toBeCloseTo(firstLayerShare(), 12);
      for (const l of c.layers.slice(1)) expect(l.multiplyAdds).toBeLessThan(c.layers[0].multiplyAdds / 5);
    }
    expect(firstLayerShare()).toBeGreaterThan(0.8);
    expect(figures.firstShare).toBe('87%');
  });

  // Also present.linearNotes ("weights and biases are multiples of 0.1").
  it('the small network’s weights and biases are multiples of 0.1 in [−1, 1]', () => {
    for (const seed of [stepsSchema.seed.default, 1, 2, 77, stepsSchema.seed.max]) {
      const net = tinyNetwork(seed);
      const all = [...net.weights.flatMap((w) => Array.from(w.data)), ...net.biases.flatMap((b) => Array.from(b))];
      for (const v of all) {
        expect(Math.abs(v)).toBeLessThanOrEqual(1 + 1e-12);
        expect(Math.abs(v * 10 - Math.round(v * 10))).toBeLessThan(1e-9);
      }
    }
  });

  it('with ReLU the default input has negative entries of z, and they become exactly 0', () => {
    const { x1, x2, seed } = stepsSchema;
    const steps = forwardSteps(tinyNetwork(seed.default), [x1.default, x2.default], 'relu' as ActivationName, 'softmax');
    let negatives = 0;
    // hidden layers: a linear step, then its activation
    for (let k = 0; k + 1 < steps.length - 2; k += 2) {
      const z = steps[k].values;
      const a = steps[k + 1].values;
      z.forEach((v, i) => {
        if (v < 0) {
          negatives++;
          expect(a[i]).toBe(0);
        } else expect(a[i]).toBe(v);
      });
    }
    expect(negatives).toBeGreaterThan(0);
  });
});

describe('forward-pass: where the weights start', () => {
  // strings xavier.compare: He's variance is twice 1/a; the ratio to Xavier is √((a + b)/a), not a fixed 2.
  it('He’s variance is twice 1/a, and its ratio to Xavier’s depends on fan-out', () => {
    for (let l = 0; l + 1 < BIG_NET.length; l++) {
      const [a, b] = [BIG_NET[l], BIG_NET[l + 1]];
      expect(heStd(a) ** 2 * a).toBeCloseTo(2, 12);
      expect(heStd(a) / xavierStd(a, b)).toBeCloseTo(Math.sqrt((a + b) / a), 12);
    }
    expect(heStd(16) / xavierStd(16, 16)).toBeCloseTo(Math.SQRT2, 12);
  });
});

describe('forward-pass: symmetry', () => {
  // Also ex.equal.explain, present.clones and sym.same.
  it('equal weights: the four units stay identical and accuracy stalls at the level of one unit', () => {
    const equal = run('equal', SYM_MAX_STEPS);
    for (const s of equal) expect(s.spread).toBe(0);
    // the best a single tanh hidden unit reaches on the same data, from a few random starts
    const data = makeDataset('xor', 200, 7);
    const single = [1, 2, 3, 7].map((seed) => {
      const tr = createTrainer({ layers: [2, 1, 1], hidden: 'tanh', output: 'sigmoid', loss: 'bce', optimizer: 'sgd', init: 'xavier', learningRate: 0.5, batchSize: 16, seed, data });
      for (let s = 0; s < SYM_MAX_STEPS; s++) tr.step();
      return tr.accuracy();
    });
    const best = Math.max(...single);
    for (const s of equal) expect(s.acc).toBeLessThanOrEqual(best + 0.02);
    expect(equal[equal.length - 1].acc).toBeGreaterThan(Math.min(...single) - 0.05);
    expect(best).toBeLessThan(0.8);
  });

  // Also present.broken ("the units learn different things").
  it('random init breaks the symmetry and solves XOR', () => {
    const random = run('random', SYM_STEPS_PER_PRESS);
    expect(random[0].spread).toBeGreaterThan(0.01);
    expect(random[0].acc).toBeGreaterThanOrEqual(0.95);
  });
});
