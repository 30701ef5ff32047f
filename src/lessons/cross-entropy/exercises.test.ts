import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine';
import { crossEntropyExercises, dogGradient } from './exercises';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof crossEntropyExercises>[0];

describe('cross-entropy exercises', () => {
  it('the softmax gradient key is softmax(z) − y from the engine: p(dog) − 1 ≈ −0.7405', () => {
    const p = engine.softmax([2, 1, -1]);
    expect(dogGradient()).toBeCloseTo(p[1] - 1, 12);
    const [, grad] = crossEntropyExercises(t);
    expect(checkAnswer(grad.answer, '-0.74')).toBe('correct');
    expect(checkAnswer(grad.answer, '0.26')).toBe('wrong');
  });

  it('keys follow the engine: a different engine value flips the verdict', () => {
    const [floor, , mse] = crossEntropyExercises(t);
    expect(checkAnswer(floor.answer, 'entropy')).toBe('correct');
    expect(checkAnswer(mse.answer, 'false')).toBe('correct');
    const spy = vi.spyOn(engine, 'sigmoidMseGrad').mockImplementation(() => -5);
    expect(checkAnswer(mse.answer, 'false')).toBe('wrong');
    spy.mockRestore();
    const spy2 = vi.spyOn(engine, 'ceDecomposition').mockImplementation(() => ({ entropy: 0.8, kl: 0, crossEntropy: 0 }));
    expect(checkAnswer(floor.answer, 'entropy')).toBe('wrong');
    spy2.mockRestore();
    const spy3 = vi.spyOn(engine, 'crossEntropyWithLogitsGrad').mockImplementation(() => new Float64Array([0, 0.5, 0]));
    expect(checkAnswer(crossEntropyExercises(t)[1].answer, '-0.74')).toBe('wrong');
    spy3.mockRestore();
  });
});
