import { describe, expect, it, vi } from 'vitest';
import { activations } from '../../engine';
import { galleryExercises, saturationEdge } from './exercises';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof galleryExercises>[0];

describe('gallery exercises', () => {
  it('computes the sigmoid saturation edge from the engine: σ′(x) = 0.01 near x ≈ 4.59', () => {
    const x = saturationEdge('sigmoid', 0.01);
    expect(activations.sigmoid.df(x)).toBeCloseTo(0.01, 6);
    expect(x).toBeGreaterThan(4.5);
    expect(x).toBeLessThan(4.7);
  });

  it('keys follow the engine: changing its value changes the expected answer', () => {
    const [edge, , slope] = galleryExercises(t);
    expect(checkAnswer(edge.answer, '4.6')).toBe('correct');
    expect(checkAnswer(slope.answer, 'false')).toBe('correct');
    const spy = vi.spyOn(activations.sigmoid, 'df').mockImplementation(() => 1);
    expect(checkAnswer(slope.answer, 'false')).toBe('wrong');
    expect(checkAnswer(edge.answer, '4.6')).toBe('wrong');
    spy.mockRestore();
  });

  it('ReLU is the one that never saturates on the positive side', () => {
    expect(checkAnswer(galleryExercises(t)[1].answer, 'relu')).toBe('correct');
  });
});
