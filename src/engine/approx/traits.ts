/**
 * The three properties the source article asks of an activation, computed from f alone (never
 * read from the registry's flags, so the tests can hold the two against each other):
 * - f(x) ≈ x near 0: f(0) = 0 and the slope at 0 is 1 from both sides, so a network with small
 *   initial weights starts out close to linear and trains easily;
 * - monotone: f never decreases (or never increases) along the line;
 * - almost everywhere differentiable: f has a derivative except on a set of measure zero —
 *   here, the finitely many kinks (slope jumps) and jumps (f itself jumps) found on [−15, 15].
 */
import { activations, type ActivationName } from '../numeric';

export interface ActivationTraits {
  f0: number;
  /** One-sided difference quotients at 0. */
  slopeLeft: number;
  slopeRight: number;
  nearIdentity: boolean;
  monotone: boolean;
  /** Where the slope jumps (f continuous there), ascending. */
  kinks: number[];
  /** Where f itself jumps, ascending. */
  jumps: number[];
  /** A finite set of exceptions has measure zero: always true for what is found here. */
  aeDifferentiable: boolean;
}

/** f(0) within this of 0 and both slopes at 0 within this of 1 count as "≈ x". */
export const NEAR_IDENTITY_TOL = 1e-3;
const H0 = 1e-6;
/** The stretch of the line the monotonicity and corner searches cover. */
export const TRAITS_SPAN = 15;
const SPAN = TRAITS_SPAN;
/** The coarse grid step: dyadic, so the grid points are exact doubles. */
const COARSE = 1 / 64;
/** A second difference over h above this·h flags a cell: smooth curvature here stays far below. */
const FLAG = 0.05;

/** |f(x+h) − 2f(x) + f(x−h)| / h: ≈ h·|f″| where f is smooth, ≈ the slope jump at a kink. */
const bend = (f: (x: number) => number, x: number, h: number) => Math.abs(f(x + h) - 2 * f(x) + f(x - h)) / h;

/** Zooms in on the point of largest bend inside [a, b]. */
function locate(f: (x: number) => number, a: number, b: number): number {
  let lo = a;
  let hi = b;
  let at = (a + b) / 2;
  for (let round = 0; round < 8; round++) {
    const h = (hi - lo) / 32;
    let best = -1;
    for (let i = 0; i <= 32; i++) {
      const x = lo + i * h;
      const v = bend(f, x, h);
      if (v > best) {
        best = v;
        at = x;
      }
    }
    lo = at - h;
    hi = at + h;
  }
  // Snap to a round value when one is within reach: kinks sit at 0, ±1, ±3 and the like.
  const snapped = Math.round(at * 1e6) / 1e6;
  return snapped === 0 ? 0 : snapped;
}

export function activationTraits(name: ActivationName, params?: Record<string, number>): ActivationTraits {
  const a = activations[name];
  if (!a) throw new RangeError(`name must be an activation name, got ${String(name)}`);
  const f = (x: number) => a.f(x, params);
  const f0 = f(0);
  const slopeLeft = (f0 - f(-H0)) / H0;
  const slopeRight = (f(H0) - f0) / H0;
  const nearIdentity = Math.abs(f0) < NEAR_IDENTITY_TOL && Math.abs(slopeLeft - 1) < NEAR_IDENTITY_TOL && Math.abs(slopeRight - 1) < NEAR_IDENTITY_TOL;

  // f on the coarse grid once: monotonicity and the bend test both read it.
  const count = (2 * SPAN) / COARSE + 1;
  const ys = new Float64Array(count);
  for (let i = 0; i < count; i++) ys[i] = f(-SPAN + i * COARSE);
  let up = true;
  let down = true;
  const flagged: number[] = [];
  for (let i = 1; i < count; i++) {
    if (ys[i] < ys[i - 1]) up = false;
    if (ys[i] > ys[i - 1]) down = false;
    if (i < count - 1 && Math.abs(ys[i + 1] - 2 * ys[i] + ys[i - 1]) / COARSE > FLAG) flagged.push(-SPAN + i * COARSE);
  }

  // Neighbouring flagged grid points belong to one feature.
  const kinks: number[] = [];
  const jumps: number[] = [];
  for (let i = 0; i < flagged.length; ) {
    let j = i;
    while (j + 1 < flagged.length && flagged[j + 1] - flagged[j] <= 2 * COARSE + 1e-12) j++;
    const c = locate(f, flagged[i] - COARSE, flagged[j] + COARSE);
    const d = 1e-7;
    if (Math.abs(f(c + d) - f(c - d)) > 1e-4) jumps.push(c);
    else if (Math.abs((f(c + d) - f(c)) / d - (f(c) - f(c - d)) / d) > 1e-3) kinks.push(c);
    i = j + 1;
  }
  return { f0, slopeLeft, slopeRight, nearIdentity, monotone: up || down, kinks, jumps, aeDifferentiable: true };
}
