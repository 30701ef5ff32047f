import { scaleBand, scaleLinear, scaleLog, type ScaleBand, type ScaleLinear, type ScaleLogarithmic } from 'd3';
import { formatNumber } from '../../format/number';

/**
 * The pure half of a Frame: what a scale is (a spec of plain values), the d3 scale it becomes,
 * and the margins. Margins live here and nowhere else: a side has room only for what is drawn
 * there (tick labels, an axis title), so every plot with the same axes lines up the same way.
 */
export type Continuous = ScaleLinear<number, number> | ScaleLogarithmic<number, number>;
export type FrameScale = Continuous | ScaleBand<string>;

export interface AxisOptions {
  /** Axis title, drawn under the x axis or rotated left of the y axis. */
  label?: string;
  /** false: no axis on this side (and no room kept for one). */
  axis?: boolean;
  /** Approximate tick count, or the exact tick values. */
  ticks?: number | readonly number[];
  /** Tick text; numbers otherwise go through formatNumber (src/format/number.ts). */
  format?: (v: number) => string;
  /** Gridlines across the plot at each tick (default on for continuous axes). */
  grid?: boolean;
}

export interface ContinuousSpec extends AxisOptions {
  type?: 'linear' | 'log';
  domain: readonly [number, number];
  /** Round the domain out to tick values (linear only). */
  nice?: boolean;
}

export interface BandSpec extends AxisOptions {
  type: 'band';
  /** Category keys in order. */
  domain: readonly string[];
  /** Text under each category (defaults to the key). */
  labels?: readonly string[];
  padding?: number;
}

export type ScaleSpec = ContinuousSpec | BandSpec;

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const isBand = (s: ScaleSpec): s is BandSpec => s.type === 'band';
export const isBandScale = (s: FrameScale): s is ScaleBand<string> => 'bandwidth' in s;

// Band keys travel through useMemo deps as one string; no key contains this control character.
export const KEY_SEP = '\u001f';

/**
 * Builds a scale from primitives only, so a Frame can memoise it on values: callers pass
 * literals like [-xMax, xMax], a new array every render, which must not rebuild the scales
 * (and with them every path) when some unrelated setting moves.
 */
export function makeScale(kind: 'linear' | 'log' | 'band', a: number | string, b: number, nice: boolean, r0: number, r1: number): FrameScale {
  if (kind === 'band') {
    return scaleBand<string>().domain(String(a) === '' ? [] : String(a).split(KEY_SEP)).range([r0, r1]).padding(b);
  }
  const lo = Number(a);
  if (kind === 'log') return scaleLog().domain([lo, b]).range([r0, r1]).clamp(false);
  const s = scaleLinear().domain([lo, b]).range([r0, r1]);
  return nice ? s.nice() : s;
}

/** The primitives makeScale needs, read off a spec: the memo keys of a Frame's scales. */
export function scaleKey(spec: ScaleSpec): [kind: 'linear' | 'log' | 'band', a: number | string, b: number, nice: boolean] {
  if (isBand(spec)) return ['band', spec.domain.join(KEY_SEP), spec.padding ?? 0.25, false];
  return [spec.type ?? 'linear', spec.domain[0], spec.domain[1], spec.nice === true];
}

/**
 * Room on each side for what is drawn there: the y axis's tick labels (44 px) and title
 * (+14), the x axis's labels (28 px) and title (+12), half a tick label above the top tick
 * and past the last x tick. A side with nothing on it gets nothing.
 */
export function frameMargin(x: ScaleSpec, y: ScaleSpec, override: Partial<Margin> = {}): Margin {
  const xAxis = x.axis !== false;
  const yAxis = y.axis !== false;
  return {
    top: yAxis ? 12 : 0,
    right: xAxis ? 16 : 0,
    bottom: xAxis ? (x.label ? 40 : 28) : 0,
    left: yAxis ? (y.label ? 58 : 44) : xAxis ? 14 : 0,
    ...override,
  };
}

/** Default tick counts: one tick per ~80 px across, per ~50 px up. */
export const tickCount = (length: number, across: boolean) => Math.max(3, Math.floor(length / (across ? 80 : 50)));

/**
 * The tick values of a continuous scale. A log axis over many decades would get a tick per
 * power of ten (and d3 adds the 2…9 multiples): keep only decades, thinned to about `count`.
 */
export function tickValues(scale: Continuous, count: number, log: boolean): number[] {
  const values = scale.ticks(count);
  if (!log || values.length === 0) return values;
  const decades = values.filter((v) => Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
  const stride = Math.max(1, Math.ceil(decades.length / count));
  return decades.filter((_, i) => i % stride === 0);
}

/** Tick text: plain numbers for everyday decades (0.01 … 10000) on a log axis, powers of ten beyond. */
export function tickLabel(v: number, log: boolean): string {
  if (!log) return formatNumber(v, 3);
  const e = Math.round(Math.log10(v));
  return e >= -3 && e <= 4 ? formatNumber(10 ** e, 3) : `1e${e}`.replace('-', '−');
}
