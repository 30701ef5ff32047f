import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine';
import { boundaryKey, boundaryTilt, EQUAL, posteriorIsLogistic, TILT, UNEQUAL, whereSigmoidExercises } from './exercises';
import { classesOf } from './plane';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof whereSigmoidExercises>[0];

describe('where-sigmoid exercises', () => {
  it('equal spreads: the posterior is σ(wx + b); unequal: it is not (two engine inputs)', () => {
    expect(posteriorIsLogistic(EQUAL)).toBe('true');
    expect(posteriorIsLogistic(UNEQUAL)).toBe('false');
    const [equal, , unequal] = whereSigmoidExercises(t);
    expect(checkAnswer(equal.answer, 'true')).toBe('correct');
    expect(checkAnswer(unequal.answer, 'false')).toBe('correct');
  });

  it('the boundary for μ₁ = −1, μ₂ = 2 is the engine’s: the midpoint 0.5', () => {
    expect(boundaryKey()).toBeCloseTo(0.5, 12);
    const boundary = whereSigmoidExercises(t)[1];
    expect(checkAnswer(boundary.answer, '0.5')).toBe('correct');
    expect(checkAnswer(boundary.answer, '1')).toBe('wrong');
  });

  it('keys follow the engine: a different engine value flips the verdict', () => {
    const [equal, boundary, unequal] = whereSigmoidExercises(t);
    const s1 = vi.spyOn(engine, 'posteriorVsLogistic').mockImplementation(() => ({ maxAbs: 0.1, argMax: 0 }));
    expect(checkAnswer(equal.answer, 'true')).toBe('wrong');
    s1.mockRestore();
    const s2 = vi.spyOn(engine, 'decisionBoundaries').mockImplementation(() => [2]);
    expect(checkAnswer(boundary.answer, '0.5')).toBe('wrong');
    s2.mockRestore();
    const s3 = vi.spyOn(engine, 'logOddsQuadratic').mockImplementation(() => ({ a2: 0, a1: 1, a0: 0 }));
    expect(checkAnswer(unequal.answer, 'false')).toBe('wrong');
    s3.mockRestore();
  });

  it('plane-tilt: correlated shared Σ tilts the boundary; uncorrelated keeps it perpendicular (engine w)', () => {
    const ex = whereSigmoidExercises(t).find((e) => e.id === 'plane-tilt');
    if (!ex) throw new Error('plane-tilt missing');
    expect(checkAnswer(ex.answer, 'tilted')).toBe('correct');
    expect(checkAnswer(ex.answer, 'perpendicular')).toBe('wrong');
    // ρ = 0: Σ is a multiple of I along these means, so w ∥ μ₁ − μ₂
    expect(boundaryTilt(classesOf({ ...TILT, r1: 0, sx2: 1, sy2: 1, r2: 0 }))).toBe('perpendicular');
    const spy = vi.spyOn(engine, 'sharedCovarianceLogistic2D').mockImplementation(() => ({ w: [1, 0], b: 0, cov: { xx: 1, xy: 0, yy: 1 }, exact: true }));
    expect(checkAnswer(ex.answer, 'tilted')).toBe('wrong');
    spy.mockRestore();
  });
});
