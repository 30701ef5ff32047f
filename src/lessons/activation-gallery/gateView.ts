/**
 * The GELU-gate widget's data: the running mean of x·m as draws accumulate (thinned to
 * log-spaced draw counts for the plot: ten thousand points would cost a slider step its
 * frame), and the sample means across x beside the exact curve x·Φ(x).
 */
import { activations, geluGateCurve, geluGateRunningMean, geluGateStdError, normalCdf, sampleFunction } from '../../engine';

export const CURVE_X = Float64Array.from({ length: 25 }, (_, i) => -3 + i / 4);
const PLOT_POINTS = 160;

/** Draw counts 1…n, log-spaced, distinct. */
export function logCounts(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < PLOT_POINTS; i++) {
    const c = Math.round(n ** (i / (PLOT_POINTS - 1)));
    if (c !== out[out.length - 1]) out.push(c);
  }
  return out;
}

export interface GateRun {
  p: number;
  exact: number;
  mean: number;
  se: number;
  counts: number[];
  /** Running mean at each of `counts`. */
  path: number[];
}

export function gateRun(x: number, n: number, seed: number): GateRun {
  const run = geluGateRunningMean(x, n, seed);
  const counts = logCounts(n);
  return { p: normalCdf(x), exact: activations.gelu.f(x), mean: run[n - 1], se: geluGateStdError(x, n), counts, path: counts.map((c) => run[c - 1]) };
}

/** Sample means at CURVE_X with n draws each, beside the exact GELU on a fine grid. */
export function gateCurve(n: number, seed: number) {
  return { means: geluGateCurve(CURVE_X, n, seed), exact: sampleFunction((x) => activations.gelu.f(x), -3, 3, 241) };
}

/** The largest |sample mean − x·Φ(x)| across CURVE_X, in standard errors (x = 0 has none: skipped). */
export function worstGateZ(means: ArrayLike<number>, n: number): number {
  let worst = 0;
  CURVE_X.forEach((x, i) => {
    const se = geluGateStdError(x, n);
    if (se > 0) worst = Math.max(worst, Math.abs(means[i] - activations.gelu.f(x)) / se);
  });
  return worst;
}
