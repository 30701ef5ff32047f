/** Checks behind the CORDIC step-through's sentences (run by claims.test.ts), on the widget's own view. */
import { cordicView, repeatedShifts, type CordicState } from './cordicView';

/** The inputs the claims sweep: the default, both signs, far out, near 0. */
export const CLAIM_XS = [1.5, -0.3, 0.05, 2.2, -4.75, 7.9];

/** Smallest (bits − shift) over the iterations after the first few, in float64 with n iterations. */
export function bitsBehindShift(x: number, n: number): number {
  const { trace } = cordicView({ x, n, step: n, fixed: false, w: 16, i: 4 });
  return Math.min(...trace.steps.slice(2).map((s) => s.bits - s.shift));
}

/** Largest single gain, and whether some iteration right after such a gain loses bits. */
export function unevenGains(s: CordicState): { maxGain: number; lossAfterJump: boolean } {
  const st = cordicView(s).trace.steps;
  const maxGain = Math.max(...st.map((r) => r.gained));
  const lossAfterJump = st.some((r, k) => k > 0 && st[k - 1].gained > 3 && r.gained < -2);
  return { maxGain, lossAfterJump };
}

export { repeatedShifts };
