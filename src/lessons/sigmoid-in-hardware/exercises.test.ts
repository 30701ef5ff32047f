import { describe, expect, it, vi } from 'vitest';
import { cordicSchedule, sigmoidApprox, TAYLOR_COEFFS } from '../../engine';
import { hardwareExercises, moreTermsHelp, nextRepeat, planMultipliers, taylorRadius } from './exercises';
import { repeatPosition } from './cordicView';
import { checkAnswer } from '../../components/exercise/checkAnswer';

const t = ((key: string) => key) as unknown as Parameters<typeof hardwareExercises>[0];

describe('sigmoid-in-hardware exercises', () => {
  it('keys come from the engine: PLAN needs no multiplier, the Taylor radius is ≈ π, more terms hurt at x = 6', () => {
    expect(planMultipliers()).toBe(0);
    expect(taylorRadius()).toBeCloseTo(Math.PI, 2);
    expect(moreTermsHelp()).toBe(false);
    const [plan, radius, terms] = hardwareExercises(t);
    expect(checkAnswer(plan.answer, '0')).toBe('correct');
    expect(checkAnswer(plan.answer, '1')).toBe('wrong');
    expect(checkAnswer(radius.answer, '3.1')).toBe('correct');
    expect(checkAnswer(radius.answer, '8')).toBe('wrong');
    expect(checkAnswer(terms.answer, 'false')).toBe('correct');
  });

  it('a different engine value flips the verdicts', () => {
    const [plan, radius, terms] = hardwareExercises(t);
    const cost = sigmoidApprox.plan.cost(undefined, undefined);
    const spy = vi.spyOn(sigmoidApprox.plan, 'cost').mockImplementation(() => ({ ...cost, multipliers: 2 }));
    expect(checkAnswer(plan.answer, '0')).toBe('wrong');
    spy.mockRestore();
    const spy2 = vi.spyOn(sigmoidApprox.taylor, 'evaluate').mockImplementation((x, cfg) => (cfg?.order === 9 ? 1 / (1 + Math.exp(-x)) : 0));
    expect(checkAnswer(terms.answer, 'false')).toBe('wrong');
    spy2.mockRestore();
    const coeffs = TAYLOR_COEFFS as number[];
    const saved = coeffs[4];
    coeffs[4] = coeffs[3] / 64; // a series with radius 8
    expect(checkAnswer(radius.answer, '3.1')).toBe('wrong');
    coeffs[4] = saved;
  });

  it('the CORDIC repeat after 4 is 13, read from the engine’s schedule, and the reveal lands on it', () => {
    const cordic = hardwareExercises(t).find((e) => e.id === 'cordic-repeat');
    if (!cordic) throw new Error('cordic-repeat exercise missing');
    expect(nextRepeat()).toBe(13);
    expect(checkAnswer(cordic.answer, '13')).toBe('correct');
    expect(checkAnswer(cordic.answer, '12')).toBe('wrong');
    const pos = repeatPosition(13);
    expect(cordicSchedule(pos).slice(-2)).toEqual([13, 13]);
  });
});
