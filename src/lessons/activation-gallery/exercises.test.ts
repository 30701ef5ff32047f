import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine';
import { activations } from '../../engine';
import { galleryExercises, saturationEdge } from './exercises';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof galleryExercises>[0];

describe('gallery exercises', () => {
  it('computes the sigmoid saturation edge from the engine: σ′(x) = 0.01 near x ≈ 4.59', () => {
    const x = saturationEdge('sigmoid', 0.01);
    expect(activations.sigmoid.df(x)).toBeCloseTo(0.01, 6);
    expect(x).toBeGreaterThan(4.5);
    expect(x).toBeLessThan(4.7);
  });

  it('keys follow the engine: changing its value changes the expected answer', () => {
    const [edge, , slope] = galleryExercises(t);
    expect(checkAnswer(edge.answer, '4.6')).toBe('correct');
    expect(checkAnswer(slope.answer, 'false')).toBe('correct');
    const spy = vi.spyOn(activations.sigmoid, 'df').mockImplementation(() => 1);
    expect(checkAnswer(slope.answer, 'false')).toBe('wrong');
    expect(checkAnswer(edge.answer, '4.6')).toBe('wrong');
    spy.mockRestore();
  });

  it('ReLU is the one that never saturates on the positive side', () => {
    expect(checkAnswer(galleryExercises(t)[1].answer, 'relu')).toBe('correct');
  });

  it('the maxout key is the engine’s error ratio; the gate key is GELU(−1)', () => {
    const ex = galleryExercises(t);
    const halving = ex.find((e) => e.id === 'maxout-halving');
    const gate = ex.find((e) => e.id === 'gelu-gate');
    if (!halving || !gate) throw new Error('missing exercise');
    expect(checkAnswer(halving.answer, '4')).toBe('correct');
    expect(checkAnswer(halving.answer, '2')).toBe('wrong');
    expect(checkAnswer(gate.answer, '-0.16')).toBe('correct');
    expect(checkAnswer(gate.answer, '-0.5')).toBe('wrong');
    const real = engine.fitMaxout;
    const spy = vi.spyOn(engine, 'fitMaxout').mockImplementation((name, k) => ({ ...real(name, k), rmse: 1 / k }));
    expect(checkAnswer(halving.answer, '2')).toBe('correct');
    spy.mockRestore();
    const spy2 = vi.spyOn(activations.gelu, 'f').mockImplementation(() => -0.5);
    expect(checkAnswer(gate.answer, '-0.5')).toBe('correct');
    spy2.mockRestore();
  });
});
