import { describe, expect, it } from 'vitest';
import { checkAnswer } from '../../components/exercise/checkAnswer';
import { backpropExercises, blockedUnits, nearestSpreadOption, outputDelta, spreadRatio } from './exercises';

const t = ((key: string) => key) as unknown as Parameters<typeof backpropExercises>[0];

describe('backprop exercises', () => {
  it('the keys are the engine’s: the trace’s output δ, the blocked units, the measured spread', () => {
    const { p, delta } = outputDelta();
    expect(delta[0]).toBeCloseTo(p[0] - 1, 14);
    expect(blockedUnits(1)).toBe(0);
    expect(blockedUnits()).toBeGreaterThan(0);
    const r = spreadRatio();
    expect(r).toBeGreaterThan(0.08);
    expect(r).toBeLessThan(0.14);
    expect(nearestSpreadOption(r)).toBe('eighth');
    const [out, sat, spread] = backpropExercises(t);
    expect(checkAnswer(out.answer, String(delta[0]))).toBe('correct');
    expect(checkAnswer(out.answer, String(p[0]))).toBe('wrong');
    expect(checkAnswer(sat.answer, String(blockedUnits()))).toBe('correct');
    expect(checkAnswer(sat.answer, '0')).toBe('wrong');
    expect(checkAnswer(spread.answer, 'eighth')).toBe('correct');
    expect(checkAnswer(spread.answer, 'sixtyfourth')).toBe('wrong');
  });

  it('the digit network’s parameter count: every layer’s a·b weights and b biases', () => {
    const params = backpropExercises(t).find((e) => e.id === 'digit-params');
    if (!params) throw new Error('digit-params exercise missing');
    // Counted here from the widths directly, not through mlpCost.
    const widths = [784, 50, 100, 10];
    const count = widths.slice(1).reduce((s, b, l) => s + widths[l] * b + b, 0);
    expect(checkAnswer(params.answer, String(count))).toBe('correct');
    expect(checkAnswer(params.answer, String(count - 160))).toBe('wrong'); // the weights alone
  });
});
