import { describe, expect, it, vi } from 'vitest';
import * as engine from '../../engine';
import { matricesNeeded, nonlinearExercises, stepUnitAfter, xorAccuracy } from './exercises';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof nonlinearExercises>[0];

describe('why-nonlinear exercises', () => {
  it('four linear layers are one matrix; the step unit does not move; linear XOR stays below 75%', () => {
    expect(matricesNeeded(4)).toBe(1);
    expect(stepUnitAfter()).toBe(-3);
    expect(xorAccuracy('identity')).toBeLessThan(0.75);
    expect(xorAccuracy('tanh')).toBeGreaterThan(0.95);
    const [four, stuck, xor] = nonlinearExercises(t);
    expect(checkAnswer(four.answer, '1')).toBe('correct');
    expect(checkAnswer(four.answer, '4')).toBe('wrong');
    expect(checkAnswer(stuck.answer, '-3')).toBe('correct');
    expect(checkAnswer(xor.answer, 'no')).toBe('correct');
  });

  it('keys follow the engine: a different engine value flips the verdict', () => {
    const [four, stuck] = nonlinearExercises(t);
    const s1 = vi.spyOn(engine, 'chainProduct').mockImplementation(() => engine.identityMatrix(2));
    expect(checkAnswer(four.answer, '1')).toBe('wrong');
    s1.mockRestore();
    const s2 = vi.spyOn(engine, 'unitLossGrad').mockImplementation(() => -0.1);
    expect(checkAnswer(stuck.answer, '-3')).toBe('wrong');
    s2.mockRestore();
  });

  it('the kink key is the smallest exact ReLU fit the engine finds', () => {
    const kink = nonlinearExercises(t)[3];
    expect(kink.id).toBe('kink-units');
    expect(checkAnswer(kink.answer, '2')).toBe('correct');
    expect(checkAnswer(kink.answer, '3')).toBe('wrong');
    const real = engine.fitApproxUnits;
    const spy = vi.spyOn(engine, 'fitApproxUnits').mockImplementation((kind, n, xs, ys) => ({ ...real(kind, n, xs, ys), rmse: n < 5 ? 1 : 0 }));
    expect(checkAnswer(kink.answer, '2')).toBe('wrong');
    spy.mockRestore();
  });

  it('the XOR key is the engine trainer’s accuracy', () => {
    const real = engine.createTrainer;
    const spy = vi.spyOn(engine, 'createTrainer').mockImplementation((cfg) => ({ ...real(cfg), accuracy: () => 1 }));
    expect(checkAnswer(nonlinearExercises(t)[2].answer, 'no')).toBe('wrong');
    spy.mockRestore();
  });
});
