import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { heStd, matmulMultiplyAdds, mlpCost, xavierBound, xavierStd } from './cost';

describe('cost of a forward pass', () => {
  it('784→50→100→10 on 64 rows: shapes and 64·(784·50 + 50·100 + 100·10) multiply-adds', () => {
    const c = mlpCost([784, 50, 100, 10], 64);
    expect(c.layers.map((l) => l.input)).toEqual([[64, 784], [64, 50], [64, 100]]);
    expect(c.layers.map((l) => l.weights)).toEqual([[784, 50], [50, 100], [100, 10]]);
    expect(c.layers[2].output).toEqual([64, 10]);
    expect(c.multiplyAdds).toBe(64 * (784 * 50 + 50 * 100 + 100 * 10));
    expect(c.parameters).toBe(784 * 50 + 50 + 50 * 100 + 100 + 100 * 10 + 10);
  });
  it('work is linear in the batch size; parameters do not depend on it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1024 }), fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 2, maxLength: 5 }), (n, w) => {
        expect(mlpCost(w, n).multiplyAdds).toBe(n * mlpCost(w, 1).multiplyAdds);
        expect(mlpCost(w, n).parameters).toBe(mlpCost(w, 1).parameters);
      }),
    );
  });
  it('rejects bad sizes by name', () => {
    expect(() => matmulMultiplyAdds(2, 0, 3)).toThrow(/^k must/);
    expect(() => mlpCost([784], 1)).toThrow(/widths/);
    expect(() => mlpCost([784, 10], 0.5)).toThrow(/batch/);
    expect(() => xavierBound(-1, 3)).toThrow(/fanIn/);
  });
});

describe('initialization scales', () => {
  it('Xavier bound √(6/834) for 784→50; its uniform std is bound/√3', () => {
    expect(xavierBound(784, 50)).toBe(Math.sqrt(6 / 834));
    expect(xavierStd(784, 50)).toBeCloseTo(xavierBound(784, 50) / Math.sqrt(3), 15);
    expect(heStd(784)).toBe(Math.sqrt(2 / 784));
  });
});
