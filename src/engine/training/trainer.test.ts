import { describe, expect, it } from 'vitest';
import { backwardThroughDepth, createTrainer, makeDataset, type TrainerConfig } from './index';

const circles = makeDataset('circles', 200, 1);
const xor = makeDataset('xor', 200, 1);
const base = (over: Partial<TrainerConfig> = {}): TrainerConfig => ({
  layers: [2, 8, 8, 1], hidden: 'tanh', output: 'sigmoid', loss: 'bce', init: 'xavier',
  learningRate: 0.1, batchSize: 10, seed: 1, data: circles, ...over,
});
const sum = (a: number[]) => a.reduce((s, v) => s + v, 0);

describe('learning behaviour the lessons rely on', () => {
  it('dead ReLUs: He init + learning rate 3 on circles kills ≥ half the units within 200 steps', () => {
    for (const seed of [1, 2, 3, 4]) {
      const t = createTrainer(base({ hidden: 'relu', init: 'he', learningRate: 3, seed }));
      expect(sum(t.deadUnits())).toBeLessThanOrEqual(1); // alive at the start…
      for (let i = 0; i < 200; i++) t.step();
      expect(sum(t.deadUnits()), `seed ${seed}`).toBeGreaterThanOrEqual(8); // …of 16
      expect(t.stepCount()).toBe(200);
    }
  });
  it('leakyRelu under the same settings keeps every unit alive', () => {
    for (const seed of [1, 2, 3, 4]) {
      const t = createTrainer(base({ hidden: 'leakyRelu', init: 'he', learningRate: 3, seed }));
      for (let i = 0; i < 200; i++) t.step();
      expect(t.deadUnits()).toEqual([0, 0]);
    }
  });
  it('2-8-8-1 tanh reaches ≥ 95% on circles', () => {
    const t = createTrainer(base());
    for (let e = 0; e < 40; e++) t.epoch();
    expect(t.accuracy()).toBeGreaterThanOrEqual(0.95);
    expect(t.epochCount()).toBe(40);
    expect(t.stepCount()).toBe(800);
  });
  it('XOR: an identity hidden layer stays linear (≤ 75%), tanh solves it (≥ 95%)', () => {
    const lin = createTrainer(base({ hidden: 'identity', data: xor }));
    const tanh = createTrainer(base({ hidden: 'tanh', data: xor }));
    for (let e = 0; e < 40; e++) {
      lin.epoch();
      tanh.epoch();
    }
    expect(lin.accuracy()).toBeLessThanOrEqual(0.75);
    expect(tanh.accuracy()).toBeGreaterThanOrEqual(0.95);
  });
  it.each(['momentum', 'adam'] as const)('%s lowers the loss', (optimizer) => {
    const t = createTrainer(base({ optimizer, learningRate: optimizer === 'adam' ? 0.01 : 0.05 }));
    const l0 = t.loss();
    for (let e = 0; e < 10; e++) t.epoch();
    expect(t.loss()).toBeLessThan(l0 * 0.7);
  });
});

describe('backwardThroughDepth', () => {
  it('30 sigmoid layers at the default (Xavier) init: the first layer gets < 1e-6 of the last', () => {
    const g = backwardThroughDepth({ depth: 30, width: 16, activation: 'sigmoid', seed: 1 });
    expect(g).toHaveLength(31);
    expect(g[0]).toBeLessThan(g[29] / 1e6);
  });
  it('relu + He init holds the gradient', () => {
    const g = backwardThroughDepth({ depth: 30, width: 16, activation: 'relu', init: 'he', seed: 1 });
    expect(g[0]).toBeGreaterThan(g[29] / 1e3);
    expect(backwardThroughDepth({ depth: 30, width: 16, activation: 'relu', init: 'he', seed: 1 })).toEqual(g);
  });
  it('rejects depth > 50', () => {
    expect(() => backwardThroughDepth({ depth: 51, width: 4, activation: 'tanh', seed: 1 })).toThrow(/depth/);
  });
});

describe('determinism', () => {
  it.each(['sgd', 'momentum', 'adam'] as const)('%s: same config and seed give the same weights step for step', (optimizer) => {
    const a = createTrainer(base({ optimizer, batchSize: 7 }));
    const b = createTrainer(base({ optimizer, batchSize: 7 }));
    for (let i = 0; i < 60; i++) {
      a.step();
      b.step();
      if (i % 20 === 0) a.accuracy(); // diagnostics must not disturb training
      expect(b.getWeights()).toEqual(a.getWeights());
    }
    expect(createTrainer(base({ seed: 2 })).getWeights()).not.toEqual(createTrainer(base()).getWeights());
  });
  it('getWeights is a copy; setWeights round-trips', () => {
    const t = createTrainer(base());
    const w = t.getWeights();
    w[0] = 99;
    expect(t.getWeights()[0]).not.toBe(99);
    t.setWeights(w);
    expect(t.getWeights()[0]).toBe(99);
    expect(t.getWeights()).toHaveLength(2 * 8 + 8 + 8 * 8 + 8 + 8 + 1);
  });
});

describe('diagnostics', () => {
  const t = createTrainer(base());
  for (let i = 0; i < 30; i++) t.step();
  it('shapes and ranges', () => {
    expect(t.gradNorms()).toHaveLength(3);
    expect(t.gradNorms().every((g) => g > 0 && Number.isFinite(g))).toBe(true);
    const sat = t.saturatedFraction();
    expect(sat).toHaveLength(2);
    expect(sat.every((s) => s >= 0 && s <= 1)).toBe(true);
    const h = t.preActivationHistogram(1, 20);
    expect(h.counts.reduce((s, c) => s + c, 0)).toBe(200 * 8);
    expect(h.lo).toBe(-h.hi);
    const d = t.decisionGrid(64);
    expect(d).toBeInstanceOf(Float32Array);
    expect(d).toHaveLength(64 * 64);
    expect(d.every((p) => p >= 0 && p <= 1)).toBe(true);
    const grids = t.neuronGrids(8);
    expect(grids.map((g) => g.length)).toEqual([8 * 64, 8 * 64]);
    expect(t.unitOutputsGrid(1, 3, 8)).toEqual(grids[1].subarray(3 * 64, 4 * 64));
    expect(t.loss()).toBeGreaterThan(0);
  });
  it('decision grid agrees with predict at a cell centre (row 0 = top)', () => {
    const g = t.decisionGrid(4, 1); // centres at ±0.25, ±0.75
    const p = t.predict(new Float64Array([-0.75, 0.75, 0.25, -0.25]));
    expect(g[0]).toBeCloseTo(p[0], 6);
    expect(g[2 * 4 + 2]).toBeCloseTo(p[1], 6);
  });
  it('a sigmoid net driven far out is saturated; a step net is all dead', () => {
    const s = createTrainer(base({ hidden: 'sigmoid', init: 'normal', initScale: 60 }));
    expect(s.saturatedFraction()[0]).toBeGreaterThan(0.5);
    expect(createTrainer(base({ hidden: 'step' })).deadUnits()).toEqual([8, 8]);
  });
});

describe('validation: RangeError naming the field', () => {
  const cases: [string, Partial<TrainerConfig> | Record<string, unknown>, RegExp][] = [
    ['empty layers', { layers: [] }, /layers/],
    ['fractional width', { layers: [2, 2.5, 1] }, /layers\[1\]/],
    ['two outputs', { layers: [2, 4, 2] }, /layers must end in 1/],
    ['input mismatch', { layers: [3, 4, 1] }, /data\.x/],
    ['learningRate NaN', { learningRate: NaN }, /learningRate.*NaN/],
    ['learningRate ≤ 0', { learningRate: -1 }, /learningRate/],
    ['batchSize 0', { batchSize: 0 }, /batchSize/],
    ['unknown activation', { hidden: 'swish' }, /hidden.*swish/],
    ['unknown init', { init: 'lecun' }, /init.*lecun/],
    ['unknown optimizer', { optimizer: 'rmsprop' }, /optimizer.*rmsprop/],
    ['unknown loss', { loss: 'hinge' }, /loss.*hinge/],
    ['output', { output: 'softmax' }, /output/],
    ['seed', { seed: Infinity }, /seed/],
    ['label', { data: { x: new Float64Array(2), y: new Float64Array([2]) } }, /data\.y\[0\]/],
  ];
  it.each(cases)('%s', (_name, over, re) => {
    expect(() => createTrainer({ ...base(), ...over } as TrainerConfig)).toThrow(RangeError);
    expect(() => createTrainer({ ...base(), ...over } as TrainerConfig)).toThrow(re);
  });
  it('setLearningRate, setWeights, histograms and grids validate too', () => {
    const t = createTrainer(base());
    expect(() => t.setLearningRate(NaN)).toThrow(/learningRate/);
    t.setLearningRate(0.5);
    expect(t.learningRate()).toBe(0.5);
    expect(() => t.setWeights(new Float64Array(3))).toThrow(/weights/);
    expect(() => t.preActivationHistogram(2, 10)).toThrow(/layer/);
    expect(() => t.unitOutputsGrid(0, 8, 4)).toThrow(/unit/);
    expect(() => t.decisionGrid(0)).toThrow(/gridSize/);
    expect(() => t.predict(new Float64Array(3))).toThrow(/x must/);
  });
});
