import { describe, expect, it } from 'vitest';
import { answerText, checkAnswer, parseTypedNumber } from './checkAnswer';
import type { AnswerSpec } from './types';

describe('checkAnswer', () => {
  const num: AnswerSpec = { kind: 'number', correct: () => 11.0899, relTol: 0.01 };
  it('accepts a number within relative tolerance and rejects others', () => {
    expect(checkAnswer(num, '11.1')).toBe('correct');
    expect(checkAnswer(num, '38')).toBe('wrong');
    expect(checkAnswer(num, 'eleven')).toBe('invalid');
    expect(checkAnswer(num, '')).toBe('invalid');
  });
  it('follows the computed key, not a stored one', () => {
    let key = 1;
    const spec: AnswerSpec = { kind: 'slider', min: 0, max: 5, step: 0.1, correct: () => key, absTol: 0.2 };
    expect(checkAnswer(spec, '1.1')).toBe('correct');
    key = 3;
    expect(checkAnswer(spec, '1.1')).toBe('wrong');
  });
  it('judges choices by id and names the right option', () => {
    const spec: AnswerSpec = { kind: 'choice', options: [{ id: 'a', label: 'True' }, { id: 'b', label: 'False' }], correct: () => 'b' };
    expect(checkAnswer(spec, 'b')).toBe('correct');
    expect(checkAnswer(spec, 'a')).toBe('wrong');
    expect(checkAnswer(spec, 'zzz')).toBe('invalid');
    expect(answerText(spec, String)).toBe('False');
  });
  it('reads numbers as students type them', () => {
    expect(parseTypedNumber('2,892,800')).toBe(2892800);
    expect(parseTypedNumber('2 892 800')).toBe(2892800);
    expect(parseTypedNumber('2\u202f892\u202f800.5')).toBe(2892800.5);
    expect(parseTypedNumber('\u22121.5')).toBe(-1.5);
    expect(parseTypedNumber('1e-3')).toBe(0.001);
    expect(parseTypedNumber(' 42 ')).toBe(42);
    // Ambiguous or malformed separators are not guessed.
    expect(parseTypedNumber('0,5')).toBeNaN();
    expect(parseTypedNumber('28,92,800')).toBeNaN();
    expect(parseTypedNumber('')).toBeNaN();
    expect(checkAnswer({ kind: 'number', correct: () => 2892800, relTol: 0 }, '2,892,800')).toBe('correct');
  });
});
