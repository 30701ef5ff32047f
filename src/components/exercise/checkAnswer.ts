import type { AnswerSpec } from './types';

export type Verdict = 'correct' | 'wrong' | 'invalid';

/** Judges a raw answer (choice id or typed number) against the computed key. */
export function checkAnswer(spec: AnswerSpec, raw: string): Verdict {
  if (spec.kind === 'choice') return raw === spec.correct() ? 'correct' : spec.options.some((o) => o.id === raw) ? 'wrong' : 'invalid';
  const v = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(v)) return 'invalid';
  const key = spec.correct();
  const tol = spec.kind === 'number' ? spec.relTol * Math.max(1, Math.abs(key)) : spec.absTol;
  return Math.abs(v - key) <= tol ? 'correct' : 'wrong';
}

/** The key as text, for the revealed answer. */
export function answerText(spec: AnswerSpec, format: (v: number) => string): string {
  if (spec.kind === 'choice') {
    const id = spec.correct();
    return spec.options.find((o) => o.id === id)?.label ?? id;
  }
  return `${format(spec.correct())}${spec.unit ? ` ${spec.unit}` : ''}`;
}
