import { describe, expect, it } from 'vitest';
import { secondMoment, zigzagInputs } from '../../engine';
import { ZIGZAG_POINTS } from './schema';
import { zigzagCases } from './zigzag';

describe('zigzagCases keeps H per seed (issue 20: the contours are not recomputed when η moves)', () => {
  it('hands back the same H object when only η or the step count changes', () => {
    const [a, b] = zigzagCases(0.5, 20, 7);
    const [c, d] = zigzagCases(1.5, 35, 7);
    expect(c.h).toBe(a.h);
    expect(d.h).toBe(b.h);
    expect(c.path).not.toEqual(a.path);
  });

  it('computes H afresh for another seed, equal to the engine’s second moment', () => {
    const [a] = zigzagCases(0.5, 20, 7);
    const [b, c] = zigzagCases(0.5, 20, 8);
    expect(b.h).not.toBe(a.h);
    expect(b.h).toEqual(secondMoment(zigzagInputs(8, ZIGZAG_POINTS, false)));
    expect(c.h).toEqual(secondMoment(zigzagInputs(8, ZIGZAG_POINTS, true)));
  });
});
