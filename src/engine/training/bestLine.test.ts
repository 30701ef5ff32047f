import { describe, expect, it } from 'vitest';
import { bestLineAccuracy } from './bestLine';
import { makeDataset } from './datasets';
import { createRng } from '../random';

/** An independent lower bound: many directions, every threshold along each. */
function sweepDirections(x: ArrayLike<number>, y: ArrayLike<number>, directions: number): number {
  const n = y.length;
  let best = 0;
  for (let d = 0; d < directions; d++) {
    const th = (2 * Math.PI * d) / directions;
    const proj = Array.from({ length: n }, (_, i) => ({ v: Math.cos(th) * x[2 * i] + Math.sin(th) * x[2 * i + 1], y: y[i] }));
    proj.sort((a, b) => a.v - b.v);
    // Threshold between sorted k−1 and k: below → 0, above → 1.
    let correct = proj.filter((p) => p.y === 1).length;
    best = Math.max(best, correct);
    for (let k = 0; k < n; k++) {
      correct += proj[k].y === 1 ? -1 : 1;
      if (k + 1 < n && proj[k + 1].v === proj[k].v) continue;
      best = Math.max(best, correct);
    }
  }
  return best;
}

describe('bestLineAccuracy', () => {
  it('separable data: every point; the four XOR corners: three of four', () => {
    expect(bestLineAccuracy({ x: [0, 0, 1, 0, 0, 1, 1, 1], y: [0, 0, 0, 1] }).accuracy).toBe(1);
    expect(bestLineAccuracy({ x: [1, 1, -1, -1, 1, -1, -1, 1], y: [1, 1, 0, 0] }).correct).toBe(3);
  });

  it('collinear points split only at one place along their line', () => {
    // 1, 0, 1 along the x-axis: no line gets all three.
    expect(bestLineAccuracy({ x: [0, 0, 1, 0, 2, 0], y: [1, 0, 1] }).correct).toBe(2);
    expect(bestLineAccuracy({ x: [0, 0, 1, 0, 2, 0, 3, 0], y: [0, 0, 1, 1] }).correct).toBe(4);
    // Duplicated points with different labels: one of them is always wrong.
    expect(bestLineAccuracy({ x: [0, 0, 0, 0, 5, 5], y: [1, 0, 1] }).correct).toBe(2);
  });

  it('matches a dense sweep of directions on random point sets', () => {
    const rng = createRng(7);
    for (let trial = 0; trial < 16; trial++) {
      const n = 6 + (trial % 9);
      const x = Array.from({ length: 2 * n }, () => rng.uniform(-1, 1));
      const y = Array.from({ length: n }, () => (rng.next() < 0.5 ? 1 : 0));
      expect(bestLineAccuracy({ x, y }).correct, `trial ${trial}`).toBe(sweepDirections(x, y, 6000));
    }
  });

  it('on 200 XOR-quadrant points a line gets about three in four, and no direction in a dense sweep does better', () => {
    const d = makeDataset('xor', 200, 1);
    const r = bestLineAccuracy(d);
    expect(r.correct).toBe(sweepDirections(d.x, d.y, 3000));
    expect(r.accuracy).toBeGreaterThan(0.7);
    expect(r.accuracy).toBeLessThan(0.8);
  });

  it('rejects empty or malformed data', () => {
    expect(() => bestLineAccuracy({ x: [], y: [] })).toThrow(RangeError);
    expect(() => bestLineAccuracy({ x: [0, 0, 1], y: [1, 0] })).toThrow(/2 numbers per label/);
    expect(() => bestLineAccuracy({ x: [0, NaN], y: [1] })).toThrow(/finite/);
  });
});
