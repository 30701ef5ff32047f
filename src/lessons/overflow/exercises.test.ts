import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine';
import { naiveVerdict, overflowExercises } from './exercises';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof overflowExercises>[0];
const byId = (id: string) => {
  const def = overflowExercises(t).find((d) => d.id === id);
  if (!def) throw new Error(`no exercise ${id}`);
  return def;
};

describe('overflow exercises', () => {
  it('float16 exp overflows at ln(65504) ≈ 11.09, float32 at ≈ 88.72, not 38', () => {
    const [f16, f32] = [byId('exp-f16'), byId('f32-38')];
    expect(engine.formatInfo('float16').expOverflowAt).toBeCloseTo(Math.log(65504), 12);
    expect(checkAnswer(f16.answer, '11.1')).toBe('correct');
    expect(checkAnswer(f16.answer, '10')).toBe('wrong');
    expect(checkAnswer(f32.answer, 'false')).toBe('correct');
  });

  it('naive float16 softmax of [10, 2, 40, 4] has a NaN; the key is the engine’s', () => {
    expect(Array.from(engine.softmaxNaive([10, 2, 40, 4], 'float16')).some(Number.isNaN)).toBe(true);
    expect(naiveVerdict()).toBe('nan');
    expect(checkAnswer(byId('naive-nan').answer, 'nan')).toBe('correct');
  });

  it('keys follow the engine: a different engine value flips the verdict', () => {
    const [f16, f32, naive] = [byId('exp-f16'), byId('f32-38'), byId('naive-nan')];
    const real = engine.formatInfo;
    const spy = vi.spyOn(engine, 'formatInfo').mockImplementation((p) => ({ ...real(p), expOverflowAt: 38.1 }));
    expect(checkAnswer(f32.answer, 'false')).toBe('wrong');
    expect(checkAnswer(f16.answer, '11.1')).toBe('wrong');
    spy.mockRestore();
    const spy2 = vi.spyOn(engine, 'softmaxNaive').mockImplementation(() => new Float64Array([0, 0, 1, 0]));
    expect(checkAnswer(naive.answer, 'nan')).toBe('wrong');
    spy2.mockRestore();
  });
});
