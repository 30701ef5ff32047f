import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine';
import { attentionExercises, initSum, twoNeedleWeight, whoCanAbstain } from './exercises';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof attentionExercises>[0];

describe('attention-gates exercises', () => {
  it('keys come from the engine: n/2 = 128 at init, two needles ≈ 0.5 each, only sigmoid can abstain', () => {
    expect(initSum()).toBe(128);
    expect(twoNeedleWeight()).toBeGreaterThan(0.49);
    expect(twoNeedleWeight()).toBeLessThan(0.5);
    expect(whoCanAbstain()).toBe('sigmoid');
    const [nothing, init, two] = attentionExercises(t);
    expect(checkAnswer(nothing.answer, 'sigmoid')).toBe('correct');
    expect(checkAnswer(init.answer, '128')).toBe('correct');
    expect(checkAnswer(init.answer, '1')).toBe('wrong');
    expect(checkAnswer(two.answer, 'false')).toBe('correct');
  });

  it('a different engine value flips the verdicts', () => {
    const [nothing, init, two] = attentionExercises(t);
    const spy = vi.spyOn(engine, 'softmax').mockImplementation((z: ArrayLike<number>) => new Float64Array(z.length).fill(0.95));
    expect(checkAnswer(two.answer, 'false')).toBe('wrong');
    spy.mockRestore();
    const spy2 = vi.spyOn(engine, 'uniformGateSum').mockImplementation(() => 1);
    expect(checkAnswer(init.answer, '128')).toBe('wrong');
    spy2.mockRestore();
    const spy3 = vi.spyOn(engine, 'sigmoidGates').mockImplementation((z: ArrayLike<number>) => new Float64Array(z.length).fill(0.5));
    expect(checkAnswer(nothing.answer, 'sigmoid')).toBe('wrong');
    spy3.mockRestore();
  });
});
