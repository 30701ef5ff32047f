import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, makeDataset } from './datasets';
import { createRng } from '../random';

describe('makeDataset', () => {
  it.each(DATASET_NAMES)('%s is seeded, balanced, finite and near [−1, 1]²', (name) => {
    const a = makeDataset(name, 400, 3);
    expect(a.x.length).toBe(800);
    expect(makeDataset(name, 400, 3)).toEqual(a);
    expect(makeDataset(name, 400, 4).x).not.toEqual(a.x);
    expect(a.y.reduce((s, v) => s + v, 0)).toBe(200);
    for (const v of a.x) {
      expect(Number.isFinite(v)).toBe(true);
      expect(Math.abs(v)).toBeLessThan(2);
    }
  });
  it('noise 0 keeps the classes apart (circles radii)', () => {
    const { x, y } = makeDataset('circles', 200, 1, 0);
    for (let i = 0; i < 200; i++) {
      const r = Math.hypot(x[2 * i], x[2 * i + 1]);
      expect(y[i] === 1 ? r < 0.46 : r > 0.64).toBe(true);
    }
  });
  it('rejects bad arguments with RangeErrors naming them', () => {
    expect(() => makeDataset('nope' as 'xor', 10, 1)).toThrow(/name.*nope/);
    expect(() => makeDataset('xor', 0, 1)).toThrow(RangeError);
    expect(() => makeDataset('xor', 2.5, 1)).toThrow(/n must/);
    expect(() => makeDataset('xor', 10, NaN)).toThrow(/seed/);
    expect(() => makeDataset('xor', 10, 1, -1)).toThrow(/noise/);
  });
});

describe('createRng', () => {
  it('is reproducible and roughly uniform / normal', () => {
    const a = createRng(42);
    const b = createRng(42);
    let su = 0, sn = 0, sn2 = 0;
    for (let i = 0; i < 20000; i++) {
      const u = a.next();
      expect(u).toBe(b.next());
      expect(u >= 0 && u < 1).toBe(true);
      su += u;
      const z = a.normal();
      b.normal();
      sn += z;
      sn2 += z * z;
    }
    expect(su / 20000).toBeCloseTo(0.5, 1);
    expect(sn / 20000).toBeCloseTo(0, 1);
    expect(sn2 / 20000).toBeCloseTo(1, 1);
    expect(createRng(1).next()).not.toBe(createRng(2).next());
  });
});
