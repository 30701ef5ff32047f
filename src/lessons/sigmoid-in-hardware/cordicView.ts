/**
 * What the CORDIC step-through shows, derived from the engine's trace: the widget, the
 * figures and the claims all read it from here so they cannot disagree.
 */
import { apFixed, cordicSchedule, cordicTrace, fpgaSigmoidExact, type CordicTrace, type FixedFormat } from '../../engine';

export interface CordicState {
  x: number;
  n: number;
  step: number;
  fixed: boolean;
  w: number;
  i: number;
}

/** The registers' format: float64, or ap_fixed<W, I> with the workbench's default modes (AP_TRN, AP_WRAP). */
export function cordicFormat(s: Pick<CordicState, 'fixed' | 'w' | 'i'>): FixedFormat | undefined {
  return s.fixed ? apFixed(s.w, Math.min(s.i, s.w - 2), 'TRN', 'WRAP') : undefined;
}

export interface CordicView {
  trace: CordicTrace;
  /** The step shown, clamped to 1 … n. */
  step: number;
  /** σ in float64 at the stored input, and the CORDIC output's error against it. */
  exact: number;
  error: number;
}

export function cordicView(s: CordicState): CordicView {
  const trace = cordicTrace(s.x, s.n, cordicFormat(s));
  const exact = fpgaSigmoidExact(trace.input);
  return { trace, step: Math.max(1, Math.min(s.step, s.n)), exact, error: Math.abs(trace.output - exact) };
}

/** The shifts used twice within the first n micro-rotations (4, 13, 40, …). */
export function repeatedShifts(n: number): number[] {
  const s = cordicSchedule(n);
  return s.filter((v, k) => k > 0 && s[k - 1] === v);
}

/** Position (1-based) of the repeat of `shift` in the schedule: where the step-through shows it. */
export function repeatPosition(shift: number): number {
  const s = cordicSchedule(3 * shift + 4);
  return s.findIndex((v, k) => k > 0 && v === shift && s[k - 1] === v) + 1;
}
