import type { AnswerSpec } from './types';

export type Verdict = 'correct' | 'wrong' | 'invalid';

/** Judges a raw answer (choice id or typed number) against the computed key. */
export function checkAnswer(spec: AnswerSpec, raw: string): Verdict {
  if (spec.kind === 'choice') return raw === spec.correct() ? 'correct' : spec.options.some((o) => o.id === raw) ? 'wrong' : 'invalid';
  const v = parseTypedNumber(raw);
  if (!Number.isFinite(v)) return 'invalid';
  const key = spec.correct();
  const tol = spec.kind === 'number' ? spec.relTol * Math.max(1, Math.abs(key)) : spec.absTol;
  return Math.abs(v - key) <= tol ? 'correct' : 'wrong';
}

/**
 * A number as students type it: thousands separators ("2,892,800", "2 892 800", the
 * thin and no-break spaces formatted numbers use), a Unicode minus, "×10^" / "e"
 * exponents as Number() reads them. NaN for anything else. A lone comma ("0,5") is
 * ambiguous between a decimal comma and a typo, so it stays invalid rather than guessed.
 */
export function parseTypedNumber(raw: string): number {
  let s = raw.trim().replace(/[\u2212\u2012\u2013]/g, '-');
  if (s === '') return NaN;
  if (/^[-+]?\d{1,3}([,\s\u00a0\u2009\u202f]\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/[,\s\u00a0\u2009\u202f]/g, '');
  return Number(s);
}

/** The key as text, for the revealed answer. */
export function answerText(spec: AnswerSpec, format: (v: number) => string): string {
  if (spec.kind === 'choice') {
    const id = spec.correct();
    return spec.options.find((o) => o.id === id)?.label ?? id;
  }
  return `${format(spec.correct())}${spec.unit ? ` ${spec.unit}` : ''}`;
}
