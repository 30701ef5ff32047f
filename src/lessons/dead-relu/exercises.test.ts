import { describe, expect, it, vi } from 'vitest';
import { activations } from '../../engine';
import { checkAnswer } from '../../components/exercise/checkAnswer';
import { deadAtStart, deadReluExercises } from './exercises';

const t = ((key: string) => key) as unknown as Parameters<typeof deadReluExercises>[0];

describe('dead-relu exercises', () => {
  it('keys follow the engine: ReLU passes 0 on the negative side, leaky ReLU passes α', () => {
    const [grad, leaky] = deadReluExercises(t);
    expect(checkAnswer(grad.answer, 'zero')).toBe('correct');
    expect(checkAnswer(leaky.answer, 'false')).toBe('correct');
    const relu = vi.spyOn(activations.relu, 'df').mockImplementation(() => 0.5);
    const lk = vi.spyOn(activations.leakyRelu, 'df').mockImplementation(() => 0);
    expect(checkAnswer(grad.answer, 'zero')).toBe('wrong');
    expect(checkAnswer(leaky.answer, 'true')).toBe('correct');
    relu.mockRestore();
    lk.mockRestore();
  });

  it('counts dead units at step 0 with the engine trainer: the whole net for negative bias, none with bias 0 or He init', () => {
    expect(deadAtStart('negBias')).toBe(16);
    expect(deadAtStart('zeroBias')).toBe(0);
    expect(deadAtStart('heInit')).toBe(0);
    expect(checkAnswer(deadReluExercises(t)[2].answer, '16')).toBe('correct');
    expect(checkAnswer(deadReluExercises(t)[2].answer, '8')).toBe('wrong');
  });
});
