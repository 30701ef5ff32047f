import { activations, intervalsWhere, sampleFunction, totalLength, type ActivationName, type Interval } from '../../engine';
import type { Series } from '../../components/plot/types';

export const SERIES_COLORS = ['var(--c1)', 'var(--c2)', 'var(--c3)'];
const SAMPLES = 801;

export interface ActivationCurves {
  f: Series;
  df: Series;
}

/**
 * The last few curves computed, by activation, parameters, range and colour: stepping the
 * x range back (or a reveal returning to a state shown before) reuses the 2 × 801 samples
 * and, since the series objects are the same, the plot's memoised paths and table.
 */
const recent = new Map<string, ActivationCurves>();
const RECENT = 24;

/** f and f′ of one activation over [−xMax, xMax], straight from the engine. */
export function activationCurves(name: ActivationName, params: Record<string, number> | undefined, xMax: number, colorIndex: number): ActivationCurves {
  const a = activations[name];
  const key = `${name}|${a.params.map((p) => params?.[p.name] ?? '').join(',')}|${xMax}|${colorIndex}`;
  const hit = recent.get(key);
  if (hit) return hit;
  const made = sampleCurves(name, params, xMax, colorIndex);
  recent.set(key, made);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  return made;
}

function sampleCurves(name: ActivationName, params: Record<string, number> | undefined, xMax: number, colorIndex: number): ActivationCurves {
  const a = activations[name];
  const f = sampleFunction((x) => a.f(x, params), -xMax, xMax, SAMPLES);
  const df = sampleFunction((x) => a.df(x, params), -xMax, xMax, SAMPLES);
  const color = SERIES_COLORS[colorIndex % SERIES_COLORS.length];
  return {
    f: { id: `${name}-f`, label: a.label, color, x: f.x, y: f.y },
    df: { id: `${name}-df`, label: `${a.label}′`, color, x: df.x, y: df.y, dash: '6 4', width: 2 },
  };
}

export interface Saturation {
  intervals: Interval[];
  /** Share of the plotted x-range where |f′| < ε. */
  fraction: number;
}

/** Where |f′(x)| < ε on the plotted range: the region a gradient barely passes through. */
export function saturation(df: Series, epsilon: number, xMax: number): Saturation {
  const intervals = intervalsWhere({ x: Float64Array.from(df.x), y: Float64Array.from(df.y) }, (y) => Math.abs(y) < epsilon);
  return { intervals, fraction: totalLength(intervals) / (2 * xMax) };
}
