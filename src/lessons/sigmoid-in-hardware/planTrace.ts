/**
 * PLAN's datapath, one register at a time, for the datapath view. The engine's
 * sigmoidApprox.plan.evaluate gives only the output; this re-runs the same published
 * datapath (Amin, Curtis & Hayes-Gill 1997) through the engine's quantize() and keeps every
 * intermediate word. A unit test checks the final word equals the engine's, for all x.
 * Should move into src/engine/fpga as a trace API.
 */
import { apUfixed, quantize, toRaw, type FixedFormat } from '../../engine';

/** The published segments of |x|, highest first: y = |x|·2^−shift + offset. */
export interface PlanSegment {
  /** Lower bound of |x| (the comparator's threshold). */
  from: number;
  /** Right shift for the slope 2^−shift; null on the saturated segment (y = 1). */
  shift: number | null;
  offset: number;
}
export const PLAN_SEGMENTS: readonly PlanSegment[] = [
  { from: 5, shift: null, offset: 1 },
  { from: 2.375, shift: 5, offset: 0.84375 },
  { from: 1, shift: 3, offset: 0.625 },
  { from: 0, shift: 2, offset: 0.5 },
];

export interface Word {
  value: number;
  bits: string;
}

export interface PlanTrace {
  format: FixedFormat;
  x: number;
  input: Word;
  negative: boolean;
  /** |x| in the magnitude register ap_ufixed<W, I> (holds even the signed minimum's negation). */
  magnitude: Word;
  /** Comparator outputs |x| ≥ threshold, for the three thresholds 5, 2.375, 1. */
  comparators: { threshold: number; fires: boolean }[];
  /** Index into PLAN_SEGMENTS of the segment chosen. */
  segment: number;
  shifted: Word | null;
  offset: Word;
  sum: Word;
  output: Word;
}

function word(v: number, fmt: FixedFormat): Word {
  return { value: v, bits: toRaw(v, fmt).bits };
}

export function planTrace(x: number, fmt: FixedFormat): PlanTrace {
  const q = (v: number) => quantize(v, fmt);
  const xq = q(x);
  const negative = xq < 0;
  const a = Math.abs(xq);
  const mag = { value: a, bits: toRaw(a, apUfixed(fmt.width, fmt.intBits, fmt.quantization, fmt.overflow)).bits };
  const comparators = PLAN_SEGMENTS.slice(0, 3).map((s) => ({ threshold: s.from, fires: a >= s.from }));
  const segment = PLAN_SEGMENTS.findIndex((s) => a >= s.from);
  const seg = PLAN_SEGMENTS[segment];
  const shifted = seg.shift === null ? null : word(q(a * 2 ** -seg.shift), fmt);
  const offset = word(q(seg.offset), fmt);
  const sum = shifted === null ? offset : word(q(shifted.value + offset.value), fmt);
  const out = negative ? q(1 - sum.value) : sum.value;
  return { format: fmt, x, input: word(xq, fmt), negative, magnitude: mag, comparators, segment, shifted, offset, sum, output: word(out, fmt) };
}

/** Step ids, in datapath order; the widget walks them with prev/next. */
export const PLAN_STEPS = ['input', 'abs', 'compare', 'shift', 'add', 'sign'] as const;
export type PlanStep = (typeof PLAN_STEPS)[number];
