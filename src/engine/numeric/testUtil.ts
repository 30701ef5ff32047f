/** Shared helpers for the numeric tests (not exported from the barrel). */
import { expect } from 'vitest';

export const MIN_NORMAL = 2.2250738585072014e-308;

/** Parses a fixture value: a decimal string with 17 significant digits, or Infinity/NaN. */
export function num(s: string | number): number {
  return typeof s === 'number' ? s : Number(s);
}

/**
 * Relative error of `actual` against the reference, when the reference is a normal double;
 * for a zero or subnormal reference, the absolute error must stay below a few minNormal.
 */
export function expectClose(actual: number, refStr: string, rel: number, what: string): void {
  const ref = num(refStr);
  if (Number.isNaN(ref)) {
    expect(actual, what).toBeNaN();
    return;
  }
  expect(Number.isNaN(actual), `${what}: got NaN, want ${refStr}`).toBe(false);
  if (!Number.isFinite(ref)) {
    expect(actual, what).toBe(ref);
    return;
  }
  expect(Number.isFinite(actual), `${what}: got ${actual}, want ${refStr}`).toBe(true);
  if (Math.abs(ref) < MIN_NORMAL) {
    expect(Math.abs(actual - ref), `${what}: got ${actual}, want ${refStr}`).toBeLessThanOrEqual(4 * MIN_NORMAL);
    return;
  }
  const err = Math.abs(actual - ref) / Math.abs(ref);
  expect(err, `${what}: got ${actual}, want ${refStr}, rel err ${err.toExponential(2)}`).toBeLessThanOrEqual(rel);
}
