import { logSpace, softmax } from '../../engine';
import type { Series } from '../../components/plot/types';
import { COLORS, DASHES, T_MAX, T_MIN } from './candidates';

const POINTS = 241;

// The T grid and its log10 (the x values) are the same for every logit vector: made once, not
// on each logit step (issue 20: 0.8 ms of a key press, and garbage for the collector).
let grid: { ts: Float64Array; x: Float64Array } | null = null;
function sweepGrid(): { ts: Float64Array; x: Float64Array } {
  if (!grid) {
    const ts = logSpace(T_MIN, T_MAX, POINTS);
    grid = { ts, x: Float64Array.from(ts, (t) => Math.log10(t)) };
  }
  return grid;
}

/** Each candidate's probability against log10 T over the slider's whole range. */
export function temperatureSweep(words: readonly string[], logits: readonly number[]): Series[] {
  const { ts, x } = sweepGrid();
  const ys = words.map(() => new Float64Array(POINTS));
  ts.forEach((t, j) => {
    const p = softmax(logits, t);
    for (let i = 0; i < words.length; i++) ys[i][j] = p[i];
  });
  return words.map((w, i) => ({ id: `sweep-${w}`, label: w, color: COLORS[i], dash: DASHES[i], x, y: ys[i] }));
}
