import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine';
import { imbalancedExercises, keptPercent, largestCeGroup } from './exercises';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof imbalancedExercises>[0];

describe('imbalanced-losses exercises', () => {
  it('keys come from the engine: (1 − 0.9)² = 1% kept, easy negatives own most of CE', () => {
    expect(keptPercent()).toBeCloseTo(1, 10);
    expect(largestCeGroup()).toBe('easyNegatives');
    const [owner, kept, zero] = imbalancedExercises(t);
    expect(checkAnswer(owner.answer, 'easyNegatives')).toBe('correct');
    expect(checkAnswer(kept.answer, '1')).toBe('correct');
    expect(checkAnswer(kept.answer, '10')).toBe('wrong');
    expect(checkAnswer(zero.answer, 'true')).toBe('correct');
  });

  it('a different engine value flips the verdicts', () => {
    const [owner, kept, zero] = imbalancedExercises(t);
    const spy = vi.spyOn(engine, 'focalLoss').mockImplementation((p: number) => 0.5 * -Math.log(p));
    expect(checkAnswer(zero.answer, 'true')).toBe('wrong');
    expect(checkAnswer(kept.answer, '1')).toBe('wrong');
    spy.mockRestore();
    const real = engine.lossBreakdown;
    const spy2 = vi.spyOn(engine, 'lossBreakdown').mockImplementation((...a: Parameters<typeof real>) => {
      const b = real(...a);
      return { ...b, share: { easyNegatives: 0.1, hardNegatives: 0.2, positives: 0.7 } };
    });
    expect(checkAnswer(owner.answer, 'easyNegatives')).toBe('wrong');
    spy2.mockRestore();
  });
});
