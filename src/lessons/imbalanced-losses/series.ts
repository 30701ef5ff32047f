import { focalCurves, type GhmBin } from '../../engine';
import type { Series } from '../../components/plot/types';
import { FIGURE_GAMMAS } from './schema';

// Five curves but four palette colours: the fifth is the text colour, and every curve
// also has its own dash pattern.
const STYLE = [
  { color: 'var(--c1)', dash: undefined },
  { color: 'var(--c2)', dash: '8 4' },
  { color: 'var(--c3)', dash: '2 3' },
  { color: 'var(--c4)', dash: '10 3 2 3' },
  { color: 'var(--text)', dash: '4 4' },
];

/** The focal loss paper's first figure: loss against p_t for each γ, from the engine. */
export function focalFigureSeries(): Series[] {
  const { pt, loss } = focalCurves(FIGURE_GAMMAS);
  return FIGURE_GAMMAS.map((g, i) => ({ id: `g${g}`, label: `γ = ${g}`, x: pt, y: loss[i], width: i === 0 ? 3 : 2.5, ...STYLE[i] }));
}

/** A histogram as a step line: each bin a flat segment from lo to hi. */
export function stepSeries(id: string, label: string, bins: readonly GhmBin[], value: (b: GhmBin) => number, color: string, dash?: string): Series {
  const x: number[] = [];
  const y: number[] = [];
  for (const b of bins) {
    x.push(b.lo, b.hi);
    y.push(value(b), value(b));
  }
  return { id, label, color, dash, x, y };
}
