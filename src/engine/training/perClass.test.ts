import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { perClassAccuracy } from './perClass';
import { createTrainer } from './trainer';
import { makeMulticlassDataset } from './multiclassData';

describe('perClassAccuracy', () => {
  it('counts per class, by argmax (first on ties) or σ > ½', () => {
    // three examples of class 0 (two right), one of class 2 (wrong), none of class 1
    const probs = [0.7, 0.2, 0.1, 0.4, 0.4, 0.2, 0.1, 0.8, 0.1, 0.5, 0.3, 0.2];
    expect(perClassAccuracy(probs, [0, 0, 0, 2], 3)).toEqual([2 / 3, NaN, 0]);
    expect(perClassAccuracy([0.9, 0.5, 0.2], [1, 1, 0], 2)).toEqual([1, 0.5]);
  });

  it('weighted by class sizes it is the overall accuracy of a trained softmax net', () => {
    const data = makeMulticlassDataset('blobs', 150, 3, { classes: 3 });
    const t = createTrainer({ layers: [2, 8, 3], hidden: 'tanh', output: 'softmax', loss: 'crossEntropy', init: 'xavier', learningRate: 0.1, batchSize: 16, seed: 2, data });
    for (let i = 0; i < 20; i++) t.epoch();
    const per = perClassAccuracy(t.predict(data.x), data.y, 3);
    const sizes = [0, 1, 2].map((c) => data.y.filter((v) => v === c).length);
    const overall = per.reduce((a, p, c) => a + p * sizes[c], 0) / data.y.length;
    expect(overall).toBeCloseTo(t.accuracy(), 12);
  });

  it('any rows: shares in [0, 1] or NaN exactly for absent classes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 5 }), fc.array(fc.tuple(fc.nat(4), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 })), { maxLength: 40 }), (k, rows) => {
        const y = rows.map(([c]) => c % k);
        const probs = rows.flatMap(([, p]) => p.slice(0, k));
        const per = perClassAccuracy(probs, y, k);
        per.forEach((v, c) => (y.includes(c) ? expect(v >= 0 && v <= 1).toBe(true) : expect(v).toBeNaN()));
      }),
    );
  });

  it('bad input names the argument', () => {
    expect(() => perClassAccuracy([0.5], [3], 2)).toThrow(/y\[0\] must be a class index/);
    expect(() => perClassAccuracy([0.5, 0.5], [0], 3)).toThrow(/probs must hold 1 or k = 3/);
    expect(() => perClassAccuracy([], [], 1)).toThrow(/k must be/);
  });
});
