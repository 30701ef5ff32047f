import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine';
import { equivalentLogit, pairForm, sigmoidSoftmaxExercises, sigmoidsSumToOne } from './exercises';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof sigmoidSoftmaxExercises>[0];

describe('sigmoid-vs-softmax exercises', () => {
  it('the keys come out of the engine: sums, the identity, the equivalent logit', () => {
    expect(sigmoidsSumToOne()).toBe(false);
    expect(sigmoidsSumToOne([-1.5, 1.5])).toBe(true);
    expect(pairForm()).toBe('sigmoid');
    expect(equivalentLogit()).toBeCloseTo(1.9287 + 0.81787, 12);
    expect(equivalentLogit([0, 1])).not.toBeCloseTo(equivalentLogit(), 3);
    const [sum, pair, logit] = sigmoidSoftmaxExercises(t);
    expect(checkAnswer(sum.answer, 'false')).toBe('correct');
    expect(checkAnswer(pair.answer, 'sigmoid')).toBe('correct');
    expect(checkAnswer(logit.answer, '2.75')).toBe('correct');
    expect(checkAnswer(logit.answer, '1.11')).toBe('wrong');
  });

  it('keys follow the engine: a different engine value flips the verdict', () => {
    const [sum, pair, logit] = sigmoidSoftmaxExercises(t);
    const s1 = vi.spyOn(engine, 'sigmoid').mockImplementation(() => 0.5);
    expect(checkAnswer(sum.answer, 'false')).toBe('wrong');
    s1.mockRestore();
    const s2 = vi.spyOn(engine, 'softmax').mockImplementation((z) => new Float64Array(z.length).fill(0.5));
    expect(checkAnswer(pair.answer, 'sigmoid')).toBe('wrong');
    s2.mockRestore();
    const s3 = vi.spyOn(engine, 'logSoftmax').mockImplementation(() => new Float64Array([-1, -1]));
    expect(checkAnswer(logit.answer, '2.75')).toBe('wrong');
    s3.mockRestore();
  });
});
