import { describe, expect, it, vi } from 'vitest';
import { activations } from '../../engine';
import { checkAnswer } from '../../components/exercise/checkAnswer';
import { DEPTH30, depthVerdict, saturationExercises } from './exercises';

const t = ((key: string) => key) as unknown as Parameters<typeof saturationExercises>[0];

describe('saturation exercises', () => {
  it('σ′ keys follow the engine: changing σ′ changes the expected answers', () => {
    const [, s40, max] = saturationExercises(t);
    expect(checkAnswer(s40.answer, 'false')).toBe('correct');
    expect(checkAnswer(max.answer, '0.25')).toBe('correct');
    const spy = vi.spyOn(activations.sigmoid, 'df').mockImplementation(() => 0);
    expect(checkAnswer(s40.answer, 'true')).toBe('correct');
    expect(checkAnswer(max.answer, '0.25')).toBe('wrong');
    spy.mockRestore();
  });

  it('the depth verdict comes from a real backward pass: Xavier lands within 1000× of (1/4)^30, σ = 1 weights far above', () => {
    const x = depthVerdict(DEPTH30);
    expect(x.verdict).toBe('about');
    expect(x.ratio).toBeLessThan(x.bound);
    expect(depthVerdict({ ...DEPTH30, init: 'normal' }).verdict).toBe('larger');
    expect(checkAnswer(saturationExercises(t)[0].answer, 'about')).toBe('correct');
    expect(checkAnswer(saturationExercises(t)[0].answer, 'smaller')).toBe('wrong');
  });
});
