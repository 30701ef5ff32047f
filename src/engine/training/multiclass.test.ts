import { describe, expect, it } from 'vitest';
import { bceWithLogits, crossEntropyWithLogits, softmax } from '../numeric';
import { argmax } from '../numeric/argmax';
import { backwardTrace, createTrainer, makeDataset, makeMulticlassDataset, type TrainerConfig } from './index';

const blobs = makeMulticlassDataset('blobs', 300, 1);
const spiral = makeMulticlassDataset('spiral', 300, 2);
const base = (over: Partial<TrainerConfig> = {}): TrainerConfig => ({
  layers: [2, 16, 3], hidden: 'tanh', output: 'softmax', loss: 'crossEntropy', init: 'xavier',
  learningRate: 0.2, batchSize: 16, seed: 1, data: blobs, ...over,
});

describe('softmax output + cross-entropy', () => {
  it('learns 3 blobs (≥ 95 %) and 3 spiral arms with a hidden layer (≥ 90 %)', () => {
    const t = createTrainer(base());
    const l0 = t.loss();
    expect(l0).toBeGreaterThan(0.5); // ≈ ln 3 at a small init
    for (let e = 0; e < 20; e++) t.epoch();
    expect(t.accuracy()).toBeGreaterThanOrEqual(0.95);
    expect(t.loss()).toBeLessThan(l0 / 3);
    const s = createTrainer(base({ data: spiral, layers: [2, 24, 24, 3], learningRate: 0.02, optimizer: 'adam', batchSize: 32 }));
    for (let e = 0; e < 40; e++) s.epoch();
    expect(s.accuracy()).toBeGreaterThanOrEqual(0.95);
    const linear = createTrainer(base({ data: spiral, layers: [2, 3], learningRate: 0.02, optimizer: 'adam', batchSize: 32 }));
    for (let e = 0; e < 40; e++) linear.epoch();
    expect(linear.accuracy()).toBeLessThan(0.7); // no hidden layer: softmax regression can't follow the arms
  });

  it('loss, accuracy and predict agree with the engine\'s reference functions', () => {
    const t = createTrainer(base());
    for (let i = 0; i < 40; i++) t.step();
    const { x, y } = blobs;
    const p = t.predict(x);
    expect(p).toHaveLength(300 * 3);
    let ce = 0;
    let ok = 0;
    for (let i = 0; i < 300; i++) {
      const z = backwardTrace(t, x.slice(2 * i, 2 * i + 2), y[i]).z[1];
      const ref = softmax(z); // double-double reference
      // A few ulps: plain exp(z − m) carries relative error ~|z − m|·ε, the reference none.
      for (let j = 0; j < 3; j++) expect(Math.abs(p[3 * i + j] - ref[j])).toBeLessThanOrEqual(4e-15 * ref[j]);
      ce += crossEntropyWithLogits(z, y[i]);
      if (argmax(p.subarray(3 * i, 3 * i + 3)) === y[i]) ok++;
    }
    expect(Math.abs(t.loss() - ce / 300)).toBeLessThan(1e-14 * (ce / 300));
    expect(t.accuracy()).toBe(ok / 300);
  });

  it('extreme logits: the loss is |gap| (never log 0 = Infinity) and a right answer costs its tiny exact value', () => {
    const t = createTrainer(base({ layers: [2, 2, 3], hidden: 'identity', data: { x: Float64Array.of(1, 0), y: Float64Array.of(0) } }));
    // Identity hidden layer, W1 = I, output logits (a₀·s, 0, −a₀·s): class 0 wins by 1000 or loses by 1000.
    const w = (s: number) => Float64Array.of(1, 0, 0, 1, 0, 0, s, 0, 0, 0, -s, 0, 0, 0, 0);
    t.setWeights(w(1000));
    expect(t.loss()).toBe(0); // e^{−1000} underflows below any double: exactly 0 is the right rounding
    t.setWeights(w(-1000));
    expect(t.loss()).toBe(2000);
    t.setWeights(w(20));
    expect(Math.abs(t.loss() - crossEntropyWithLogits([20, 0, -20], 0)) / t.loss()).toBeLessThan(1e-14); // ≈ 2.06e−9
    t.step();
    expect(t.getWeights().every(Number.isFinite)).toBe(true);
  });

  it('full-batch gradient = ∂(mean loss)/∂θ: the 1/B scaling matches the σ losses', () => {
    const small = makeMulticlassDataset('spiral', 9, 4, { classes: 3 });
    const cfg = base({ layers: [2, 4, 3], hidden: 'softplus', init: 'normal', learningRate: 1, batchSize: 9, data: small });
    const t = createTrainer(cfg);
    const w0 = t.getWeights();
    t.step(); // plain SGD, lr 1: Δw = −∇L
    const g = w0.map((v, k) => v - t.getWeights()[k]);
    const probe = createTrainer(cfg);
    const h = 1e-5;
    for (let k = 0; k < w0.length; k++) {
      const w = w0.slice();
      w[k] += h;
      probe.setWeights(w);
      const up = probe.loss();
      w[k] = w0[k] - h;
      probe.setWeights(w);
      const fd = (up - probe.loss()) / (2 * h);
      expect(Math.abs(g[k] - fd)).toBeLessThan(1e-8 + 1e-6 * Math.abs(fd));
    }
  });

  it('two softmax classes are one sigmoid on the logit difference', () => {
    const d = makeDataset('moons', 50, 1);
    const t = createTrainer(base({ layers: [2, 5, 2], data: d }));
    for (let i = 0; i < 10; i++) t.step();
    for (let i = 0; i < 50; i++) {
      const z = backwardTrace(t, d.x.slice(2 * i, 2 * i + 2), d.y[i]).z[1];
      const ref = bceWithLogits(z[1] - z[0], d.y[i]);
      expect(Math.abs(crossEntropyWithLogits(z, d.y[i]) - ref)).toBeLessThan(1e-15 * Math.max(1, ref));
    }
  });

  it('classGrid: K probabilities per cell, matching predict; decisionGrid is the largest', () => {
    const t = createTrainer(base());
    for (let i = 0; i < 20; i++) t.step();
    const g = t.classGrid(4, 1); // centres at ±0.25, ±0.75; row 0 = top
    expect(g).toHaveLength(16 * 3);
    const p = t.predict(Float64Array.of(-0.75, 0.75, 0.25, -0.25));
    for (let j = 0; j < 3; j++) {
      expect(g[j]).toBeCloseTo(p[j], 6);
      expect(g[(2 * 4 + 2) * 3 + j]).toBeCloseTo(p[3 + j], 6);
    }
    const d = t.decisionGrid(4, 1);
    for (let c = 0; c < 16; c++) {
      expect(g[3 * c] + g[3 * c + 1] + g[3 * c + 2]).toBeCloseTo(1, 6);
      expect(d[c]).toBe(Math.max(g[3 * c], g[3 * c + 1], g[3 * c + 2]));
    }
    const s = createTrainer({ ...base(), layers: [2, 4, 1], output: 'sigmoid', loss: 'bce', data: makeDataset('xor', 20, 1) });
    const sg = s.classGrid(3);
    const sd = s.decisionGrid(3);
    for (let c = 0; c < 9; c++) {
      expect(sg[2 * c + 1]).toBe(sd[c]);
      expect(sg[2 * c] + sg[2 * c + 1]).toBeCloseTo(1, 6);
    }
  });

  it('is deterministic, and hidden-layer diagnostics work as with σ', () => {
    const a = createTrainer(base({ hidden: 'relu', init: 'he', batchSize: 7 }));
    const b = createTrainer(base({ hidden: 'relu', init: 'he', batchSize: 7 }));
    for (let i = 0; i < 30; i++) {
      a.step();
      b.step();
    }
    expect(b.getWeights()).toEqual(a.getWeights());
    expect(a.deadUnits()).toHaveLength(1);
    expect(a.gradNorms()).toHaveLength(2);
    expect(a.preActivationHistogram(0, 10).counts.reduce((s, c) => s + c, 0)).toBe(300 * 16);
  });
});

describe('the sigmoid path is unchanged (pinned stream)', () => {
  it('2-8-8-1 relu/bce/He on circles: weights after 50 steps', () => {
    const t = createTrainer({ layers: [2, 8, 8, 1], hidden: 'relu', output: 'sigmoid', loss: 'bce', init: 'he',
      learningRate: 0.5, batchSize: 10, seed: 3, data: makeDataset('circles', 200, 1) });
    for (let i = 0; i < 50; i++) t.step();
    const w = t.getWeights();
    expect([w[0], w[17], w[40], w[w.length - 1], t.loss()]).toEqual(PINNED);
  });
});
// Computed with the trainer before the softmax output existed (commit fa1a58e); must never change.
const PINNED = [0.2505248333332114, -0.1000291128882324, -0.9900647653637875, 0.4898682542282668, 0.4625362575755297];

describe('validation names the field', () => {
  const cases: [string, Partial<TrainerConfig> | Record<string, unknown>, RegExp][] = [
    ['softmax with one output', { layers: [2, 4, 1] }, /output "softmax" needs layers to end in k ≥ 2 classes, got \[2,4,1\]/],
    ['softmax with bce', { loss: 'bce' }, /loss must be "crossEntropy" with output "softmax", got "bce"/],
    ['crossEntropy with sigmoid', { output: 'sigmoid', layers: [2, 4, 1] }, /loss must be one of bce, mse with output "sigmoid"/],
    ['unknown output', { output: 'tanh' }, /output must be one of sigmoid, softmax, got "tanh"/],
    ['label out of range', { data: { x: new Float64Array(4), y: Float64Array.of(0, 3) } }, /data\.y\[1\] must be a class index, an integer in \[0, 2\], got 3/],
    ['fractional label', { data: { x: new Float64Array(2), y: Float64Array.of(0.5) } }, /data\.y\[0\].*got 0\.5/],
    ['negative label', { data: { x: new Float64Array(2), y: Float64Array.of(-1) } }, /data\.y\[0\].*got -1/],
    ['NaN label', { data: { x: new Float64Array(2), y: Float64Array.of(NaN) } }, /data\.y\[0\].*got NaN/],
  ];
  it.each(cases)('%s', (_name, over, re) => {
    expect(() => createTrainer({ ...base(), ...over } as TrainerConfig)).toThrow(RangeError);
    expect(() => createTrainer({ ...base(), ...over } as TrainerConfig)).toThrow(re);
  });
});

describe('makeMulticlassDataset', () => {
  it('k classes cycling 0 … k−1, seeded, points near [−1, 1]²', () => {
    for (const name of ['blobs', 'spiral'] as const) {
      for (const classes of [2, 3, 5]) {
        const d = makeMulticlassDataset(name, 40, 7, { classes });
        expect(d.x).toHaveLength(80);
        expect(Array.from(d.y)).toEqual(Array.from({ length: 40 }, (_, i) => i % classes));
        expect(d.x.every((v) => Math.abs(v) < 1.6)).toBe(true);
        expect(makeMulticlassDataset(name, 40, 7, { classes })).toEqual(d);
      }
    }
    // noise only moves points: the same draws, scaled
    const a = makeMulticlassDataset('spiral', 10, 1, { noise: 0 });
    const b = makeMulticlassDataset('spiral', 10, 1, { noise: 0.1 });
    expect(Math.hypot(b.x[0] - a.x[0], b.x[1] - a.x[1])).toBeLessThan(0.5);
  });
  it('validates', () => {
    expect(() => makeMulticlassDataset('moons' as never, 10, 1)).toThrow(/name must be one of blobs, spiral/);
    expect(() => makeMulticlassDataset('blobs', 0, 1)).toThrow(/n must/);
    expect(() => makeMulticlassDataset('blobs', 10, 1, { classes: 11 })).toThrow(/classes must be an integer in \[2, 10\]/);
    expect(() => makeMulticlassDataset('blobs', 10, 1, { noise: -1 })).toThrow(/noise/);
  });
});
