/**
 * Curves and error figures for the widgets, memoised: a redraw re-evaluates only the
 * method whose settings (or the format) changed. Curves use 401 points (one per ~2 px on
 * a wide plot); error statistics use a denser grid so the maxima are not missed.
 */
import { errorStats, formatLabel, formatRange, fpgaSigmoidExact, quantize, sampleFunction, type ErrorStats, type FixedFormat } from '../../engine';
import { configOf, evaluatorOf, type MethodKey, type MethodSettings } from './methods';

export const X_MAX = 8;
export const CURVE_SAMPLES = 401;
/** Every 0.004 on [−8, 8]: hits x = ±1, ±2.375, ±5 (PLAN's breakpoints) exactly. */
export const STAT_SAMPLES = 4001;

export function formatKey(fmt: FixedFormat | undefined): string {
  return fmt ? formatLabel(fmt) : 'float64';
}

/**
 * Where errors are measured: [−8, 8], cut to the inputs the format can hold. Beyond its
 * range the input itself overflows (wraps or saturates) before any approximation runs —
 * the plots show that region shaded rather than folding it into the method's error.
 */
export function errorWindow(fmt: FixedFormat | undefined): [number, number] {
  if (!fmt) return [-X_MAX, X_MAX];
  const { min, max } = formatRange(fmt);
  return [Math.max(-X_MAX, min), Math.min(X_MAX, max)];
}

/** Small bounded memo: enough for every method × a few formats, never unbounded. */
function memo<T>(limit: number): (key: string, make: () => T) => T {
  const m = new Map<string, T>();
  return (key, make) => {
    const hit = m.get(key);
    if (hit !== undefined) return hit;
    const v = make();
    if (m.size >= limit) m.delete(m.keys().next().value as string);
    m.set(key, v);
    return v;
  };
}

const statMemo = memo<ErrorStats>(256);
const curveMemo = memo<MethodCurve>(64);

function methodKey(key: MethodKey, s: MethodSettings, fmt: FixedFormat | undefined, extra = ''): string {
  return `${key}|${JSON.stringify(configOf(key, s) ?? {})}|${formatKey(fmt)}|${extra}`;
}

export function methodStats(key: MethodKey, s: MethodSettings, fmt: FixedFormat | undefined, samples = STAT_SAMPLES): ErrorStats {
  return statMemo(methodKey(key, s, fmt, String(samples)), () => {
    const [lo, hi] = errorWindow(fmt);
    return errorStats(evaluatorOf(key, s, fmt), lo, hi, samples);
  });
}

export interface MethodCurve {
  x: Float64Array;
  y: Float64Array;
  /** |approximation − σ| at the same x. */
  err: Float64Array;
}

export function methodCurve(key: MethodKey, s: MethodSettings, fmt: FixedFormat | undefined): MethodCurve {
  return curveMemo(methodKey(key, s, fmt), () => {
    const { x, y } = sampleFunction(evaluatorOf(key, s, fmt), -X_MAX, X_MAX, CURVE_SAMPLES);
    const err = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) err[i] = Math.abs(y[i] - fpgaSigmoidExact(x[i]));
    return { x, y, err };
  });
}

const exactCurve = sampleFunction(fpgaSigmoidExact, -X_MAX, X_MAX, CURVE_SAMPLES);
export function sigmoidCurve(): { x: Float64Array; y: Float64Array } {
  return exactCurve;
}

const floorMemo = memo<number>(32);
/**
 * The quantization floor: the max error of the exact σ merely stored in the format. No
 * datapath that ends in this format can beat it, however clever.
 */
export function quantizationFloor(fmt: FixedFormat | undefined): number | null {
  if (!fmt) return null;
  return floorMemo(formatKey(fmt), () => {
    const [lo, hi] = errorWindow(fmt);
    return errorStats((x) => quantize(fpgaSigmoidExact(x), fmt), lo, hi, STAT_SAMPLES).maxAbs;
  });
}
