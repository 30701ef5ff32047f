import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine';
import { batchMadds, equalInitSpread, firstBound, forwardExercises } from './exercises';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof forwardExercises>[0];

describe('forward-pass exercises', () => {
  it('the keys are the engine’s: mlpCost, xavierBound, and a trained all-equal network', () => {
    expect(batchMadds()).toBe(64 * (784 * 50 + 50 * 100 + 100 * 10));
    expect(batchMadds(1)).not.toBe(batchMadds());
    expect(firstBound()).toBe(engine.xavierBound(784, 50));
    expect(equalInitSpread()).toBe(0);
    const [madds, xavier, equal] = forwardExercises(t);
    expect(checkAnswer(madds.answer, '2892800')).toBe('correct');
    expect(checkAnswer(madds.answer, '45200')).toBe('wrong');
    expect(checkAnswer(xavier.answer, '0.085')).toBe('correct');
    expect(checkAnswer(xavier.answer, '0.1')).toBe('wrong');
    expect(checkAnswer(equal.answer, 'false')).toBe('correct');
  });

  it('keys follow the engine: a different engine value flips the verdict', () => {
    const [madds, xavier, equal] = forwardExercises(t);
    const real = engine.mlpCost;
    const s1 = vi.spyOn(engine, 'mlpCost').mockImplementation((w, n) => ({ ...real(w, n), multiplyAdds: 1 }));
    expect(checkAnswer(madds.answer, '2892800')).toBe('wrong');
    s1.mockRestore();
    const s2 = vi.spyOn(engine, 'xavierBound').mockImplementation(() => 0.5);
    expect(checkAnswer(xavier.answer, '0.085')).toBe('wrong');
    s2.mockRestore();
    const s3 = vi.spyOn(engine, 'hiddenUnitSpread').mockImplementation(() => 0.3);
    expect(checkAnswer(equal.answer, 'false')).toBe('wrong');
    s3.mockRestore();
  });
});
