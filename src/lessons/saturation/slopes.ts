import { activations, sampleFunction } from '../../engine';
import type { Series } from '../../components/plot/types';
import { SLOPE_NAMES } from './schema';

const SAMPLES = 1001;
const STYLE: Record<(typeof SLOPE_NAMES)[number], { color: string; dash?: string }> = {
  sigmoid: { color: 'var(--c1)' },
  tanh: { color: 'var(--c2)', dash: '8 4' },
  relu: { color: 'var(--c3)', dash: '2 4' },
  gelu: { color: 'var(--c4)', dash: '10 3 2 3' },
};

/**
 * |f′(x)| of the four activations over [−xMax, xMax]. The magnitude, because GELU's slope
 * is negative left of its dip and a log axis has no room for signs. Exact zeros (ReLU on
 * the left, GELU past −38 where the true value underflows) become gaps on the log axis.
 */
export function slopeSeries(xMax: number): Series[] {
  return SLOPE_NAMES.map((n) => {
    const a = activations[n];
    const s = sampleFunction((x) => Math.abs(a.df(x)), -xMax, xMax, SAMPLES);
    return { id: n, label: `|${a.label}′|`, ...STYLE[n], x: s.x, y: s.y };
  });
}

/** Each activation's slope at one x, straight from the engine. */
export function slopesAt(x: number): { name: (typeof SLOPE_NAMES)[number]; label: string; value: number }[] {
  return SLOPE_NAMES.map((n) => ({ name: n, label: activations[n].label, value: activations[n].df(x) }));
}
