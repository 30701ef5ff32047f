import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine';
import { coldLimit, hotterRaisesTop, temperatureExercises, wentPercent } from './exercises';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof temperatureExercises>[0];

describe('softmax-temperature exercises', () => {
  it('p(went) at T = 1 is the engine’s softmax: ≈ 66.5%', () => {
    expect(wentPercent(1)).toBeCloseTo(engine.softmax([38, 20, 40, 39])[2] * 100, 12);
    const [went] = temperatureExercises(t);
    expect(checkAnswer(went.answer, '66.5')).toBe('correct');
    expect(checkAnswer(went.answer, '40')).toBe('wrong');
  });

  it('cold softmax is argmax; heat lowers the top word', () => {
    expect(coldLimit()).toBe('argmax');
    expect(coldLimit([1, 1, 1, 1])).toBe('uniform');
    expect(hotterRaisesTop(1)).toBe(false);
    const [, cold, hot] = temperatureExercises(t);
    expect(checkAnswer(cold.answer, 'argmax')).toBe('correct');
    expect(checkAnswer(hot.answer, 'false')).toBe('correct');
  });

  it('keys follow the engine: a different softmax flips the verdicts', () => {
    const [went, cold, hot] = temperatureExercises(t);
    const spy = vi.spyOn(engine, 'softmax').mockImplementation((z, T = 1) => Float64Array.from({ length: z.length }, (_, i) => (i === 2 ? 0.2 + 0.1 * T : (0.8 - 0.1 * T) / 3)));
    expect(checkAnswer(went.answer, '66.5')).toBe('wrong');
    expect(checkAnswer(hot.answer, 'false')).toBe('wrong');
    spy.mockImplementation((z) => new Float64Array(z.length).fill(1 / z.length));
    expect(checkAnswer(cold.answer, 'argmax')).toBe('wrong');
    spy.mockRestore();
  });
});
