import { SCORE_MAX, SCORE_MIN, MAX_TOKENS } from './schema';

export type Preset = 'one' | 'two' | 'three' | 'low';
export const PRESETS: readonly Preset[] = ['one', 'two', 'three', 'low'];

/** Where the needles sit in an 8-token row, and how high they stand above the haystack. */
const NEEDLE_AT = [2, 5, 6];
const NEEDLE = 8;
const HAY = 0;
const ALL_LOW = -3;

/**
 * The preset rows: a haystack of zeros with one, two or three needles of equal height, or
 * every score low. Equal needles make the split obvious: softmax must share, sigmoid need not.
 */
export function presetScores(p: Preset): number[] {
  if (p === 'low') return new Array<number>(8).fill(ALL_LOW);
  const k = p === 'one' ? 1 : p === 'two' ? 2 : 3;
  const z = new Array<number>(8).fill(HAY);
  for (const i of NEEDLE_AT.slice(0, k)) z[i] = NEEDLE;
  return z;
}

/** Parses "1, 2, -3" (commas or spaces) into scores; returns a message key and value on failure. */
export function parseScores(text: string): { ok: true; z: number[] } | { ok: false; key: string; values?: Record<string, string | number> } {
  const parts = text.split(/[\s,，]+/).filter((p) => p !== '');
  if (parts.length < 2) return { ok: false, key: 'scores.tooFew' };
  if (parts.length > MAX_TOKENS) return { ok: false, key: 'scores.tooMany', values: { max: MAX_TOKENS } };
  const z: number[] = [];
  for (const p of parts) {
    const v = Number(p.replace(/−/g, '-'));
    if (!Number.isFinite(v)) return { ok: false, key: 'scores.notNumber', values: { text: p } };
    if (v < SCORE_MIN || v > SCORE_MAX) return { ok: false, key: 'scores.outOfRange', values: { text: p, min: SCORE_MIN, max: SCORE_MAX } };
    z.push(v);
  }
  return { ok: true, z };
}

/** Token names shown under the bars: t1, t2, … */
export const tokenLabel = (i: number) => `t${i + 1}`;
