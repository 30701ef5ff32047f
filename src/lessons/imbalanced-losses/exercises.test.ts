import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine';
import * as memo from './memo';
import { imbalancedExercises, keptPercent, largestCeGroup } from './exercises';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof imbalancedExercises>[0];

describe('imbalanced-losses exercises', () => {
  it('keys come from the engine: (1 − 0.9)² = 1% kept, easy negatives own most of CE, GHM lifts a sparse outlier bin', () => {
    expect(keptPercent()).toBeCloseTo(1, 10);
    expect(largestCeGroup()).toBe('easyNegatives');
    const [owner, kept, zero, sparse] = imbalancedExercises(t);
    expect(checkAnswer(owner.answer, 'easyNegatives')).toBe('correct');
    expect(checkAnswer(kept.answer, '1')).toBe('correct');
    expect(checkAnswer(kept.answer, '10')).toBe('wrong');
    expect(checkAnswer(zero.answer, 'true')).toBe('correct');
    expect(checkAnswer(sparse.answer, 'larger')).toBe('correct');
    expect(checkAnswer(sparse.answer, 'smaller')).toBe('wrong');
  });

  it('every exercise reveals a widget of this lesson', () => {
    const ids = imbalancedExercises(t).map((e) => e.reveal?.widget.id);
    expect(ids).toEqual(['imb', 'focalcurve', 'imb', 'ghm']);
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
    const sparse = imbalancedExercises(t)[3];
    const realGhm = memo.ghmOf;
    const spy3 = vi.spyOn(memo, 'ghmOf').mockImplementation((...a: Parameters<typeof realGhm>) => {
      const r = realGhm(...a);
      return { ...r, bins: r.bins.map((b) => ({ ...b, ghmShare: b.ceShare / 2 })) };
    });
    expect(checkAnswer(sparse.answer, 'larger')).toBe('wrong');
    spy3.mockRestore();
  });
});
