import { activationNormalMean, activations, minimumOn, type ActivationName } from '../../engine';
import { formatFixed, formatNumber } from '../../format/number';

/**
 * The properties table's facts, computed from the engine's f and f′ at the widget's current
 * parameters (so PReLU with a = 1 reads as the identity it is), not copied from the registry.
 */

/** "Zero-centred" means a standard normal input comes out with mean within this of 0. */
export const ZERO_CENTRED_TOL = 0.05;
/** Far enough out that an exponential tail has settled to its limit in doubles. */
const FAR = 1000;
/** Where a tail that only approaches its limit is still visibly moving (tanh(15) < 1 in doubles). */
const NEAR = 15;
/** A slope this small at |x| = 40 is a decaying tail (e^−40 ≈ 4e−18), not a constant slope. */
const FLAT_SLOPE = 1e-9;
const GRID = 801;

export type Side = 'none' | 'negative' | 'positive' | 'both';

export interface RangeEnd {
  value: number;
  /** Whether f reaches the value (a closed end) or only tends to it (open). */
  closed: boolean;
}

export interface Properties {
  /** A function taking only two values, e.g. the step: its range is that set. */
  values?: [number, number];
  lo: RangeEnd;
  hi: RangeEnd;
  /** E[f(z)] for z ~ N(0, 1). */
  mean: number;
  zeroCentred: boolean;
  monotonic: boolean;
  /** Where the slope tends to 0. */
  saturates: Side;
}

const cache = new Map<string, Properties>();

export function activationProperties(name: ActivationName, params?: Record<string, number>): Properties {
  const a = activations[name];
  const key = `${name}|${a.params.map((p) => params?.[p.name] ?? p.default).join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const f = (x: number) => a.f(x, params);
  const df = (x: number) => a.df(x, params);

  const ys: number[] = [];
  for (let i = 0; i < GRID; i++) ys.push(f(-NEAR + (2 * NEAR * i) / (GRID - 1)));
  const monotonic = ys.every((y, i) => i === 0 || y >= ys[i - 1]);
  const flatLeft = Math.abs(df(-40)) < FLAT_SLOPE;
  const flatRight = Math.abs(df(40)) < FLAT_SLOPE;
  const saturates: Side = flatLeft && flatRight ? 'both' : flatLeft ? 'negative' : flatRight ? 'positive' : 'none';

  /** One end of the range: unbounded if the slope there stays; else the limit, closed if f gets there. */
  const end = (sign: -1 | 1, flat: boolean): RangeEnd => {
    // A slope that does not die out far away: f keeps going, up or down, without bound.
    if (!flat) return { value: Math.sign(f(sign * 40) - f(sign * 39)) * Infinity, closed: false };
    const limit = f(sign * FAR);
    return { value: limit, closed: f(sign * NEAR) === limit };
  };
  let lo = end(-1, flatLeft);
  let hi = end(1, flatRight);
  if (lo.value > hi.value) [lo, hi] = [hi, lo];
  if (!monotonic) {
    // A dip below both ends (GELU, SiLU, Mish, hard swish): the minimum is reached.
    const m = minimumOn(f, -NEAR, NEAR);
    if (m.value < lo.value) lo = { value: m.value, closed: true };
  }
  const distinct = [...new Set(ys)];
  const mean = activationNormalMean(name, params);
  const props: Properties = {
    ...(distinct.length === 2 ? { values: [Math.min(...distinct), Math.max(...distinct)] as [number, number] } : {}),
    lo,
    hi,
    mean,
    zeroCentred: Math.abs(mean) < ZERO_CENTRED_TOL,
    monotonic,
    saturates,
  };
  if (cache.size > 256) cache.clear();
  cache.set(key, props);
  return props;
}

/** The range in interval notation: a square bracket where f reaches the end, round where it only tends to it. */
export function formatRange(p: Properties): string {
  if (p.values) return `{${formatNumber(p.values[0])}, ${formatNumber(p.values[1])}}`;
  return `${p.lo.closed ? '[' : '('}${formatNumber(p.lo.value)}, ${formatNumber(p.hi.value)}${p.hi.closed ? ']' : ')'}`;
}

/** A mean output to three decimals, with no "−0.000" for a mean that rounds to zero. */
export const formatMean = (v: number): string => formatFixed(Math.round(v * 1000) / 1000 || 0, 3);
