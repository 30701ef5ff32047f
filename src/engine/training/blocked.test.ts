import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../numeric';
import { createRng } from '../random';
import { createTrainer, type TrainerConfig } from './index';

const rng = createRng(21);

function config(layers: number[], hidden: ActivationName, loss: TrainerConfig['loss'], n: number, batchSize: number): TrainerConfig {
  const k = layers[layers.length - 1];
  const x = new Float64Array(n * layers[0]).map(() => (rng.next() < 0.3 ? 0 : rng.normal()));
  const y = new Float64Array(n).map((_, i) => (k > 1 ? i % k : i % 3 === 2 ? 0.25 : i & 1));
  return { layers, hidden, output: k > 1 ? 'softmax' : 'sigmoid', loss, init: 'he', learningRate: 0.05, batchSize, seed: 4,
    optimizer: 'adam', data: { x, y } };
}

describe("kernels 'blocked': the per-example path's numbers, bit for bit", () => {
  const cases: [number[], ActivationName, TrainerConfig['loss'], number, number][] = [
    [[2, 8, 8, 1], 'relu', 'bce', 50, 16], // widths multiples of 4, a short last batch
    [[3, 5, 7, 1], 'tanh', 'mse', 23, 6], // nothing a multiple of 4
    [[13, 9, 3], 'gelu', 'crossEntropy', 30, 7], // the registry's generic kernel
    [[20, 12, 10, 10], 'leakyRelu', 'crossEntropy', 64, 64],
    [[6, 4, 1], 'sigmoid', 'bce', 9, 1],
    [[5, 4], 'identity', 'crossEntropy', 17, 5], // no hidden layer
  ];
  it.each(cases)('%j %s %s n=%i B=%i', (layers, hidden, loss, n, batchSize) => {
    const cfg = config(layers, hidden, loss, n, batchSize);
    const a = createTrainer(cfg);
    const b = createTrainer({ ...cfg, kernels: 'blocked' });
    for (let s = 0; s < 3 * Math.ceil(n / batchSize) + 1; s++) {
      a.step();
      b.step();
      expect(b.getWeights()).toEqual(a.getWeights());
    }
    expect(b.gradNorms()).toEqual(a.gradNorms());
    // The full pass behind loss, accuracy and the diagnostics is blocked too, with the same numbers.
    expect(b.loss()).toBe(a.loss());
    expect(b.accuracy()).toBe(a.accuracy());
    expect(b.deadUnits()).toEqual(a.deadUnits());
    expect(b.saturatedFraction()).toEqual(a.saturatedFraction());
    if (layers.length > 2) expect(b.preActivationHistogram(0, 7)).toEqual(a.preActivationHistogram(0, 7));
  });
  it('a 784-50-100-10 step (the digits net) too', () => {
    const cfg = config([784, 50, 100, 10], 'relu', 'crossEntropy', 130, 64);
    const a = createTrainer(cfg);
    const b = createTrainer({ ...cfg, kernels: 'blocked' });
    for (let s = 0; s < 3; s++) {
      a.step();
      b.step();
    }
    expect(b.getWeights()).toEqual(a.getWeights());
    expect(b.loss()).toBe(a.loss());
  });
  it('rejects unknown kernels', () => {
    expect(() => createTrainer({ ...config([2, 3, 1], 'relu', 'bce', 4, 2), kernels: 'simd' as never })).toThrow(/kernels must be one of perExample, blocked, blocked32, simd32, got "simd"/);
  });
});
