import { logSpace, softmax } from '../../engine';
import type { Series } from '../../components/plot/types';
import { COLORS, DASHES, T_MAX, T_MIN } from './candidates';

const POINTS = 241;

/** Each candidate's probability against log10 T over the slider's whole range. */
export function temperatureSweep(words: readonly string[], logits: readonly number[]): Series[] {
  const ts = logSpace(T_MIN, T_MAX, POINTS);
  const x = Float64Array.from(ts, (t) => Math.log10(t));
  const ys = words.map(() => new Float64Array(POINTS));
  ts.forEach((t, j) => {
    const p = softmax(logits, t);
    for (let i = 0; i < words.length; i++) ys[i][j] = p[i];
  });
  return words.map((w, i) => ({ id: `sweep-${w}`, label: w, color: COLORS[i], dash: DASHES[i], x, y: ys[i] }));
}
