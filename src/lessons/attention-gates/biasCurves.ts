import { sigmoidAttentionBias, uniformGateSum } from '../../engine';
import type { Series } from '../../components/plot/types';

export const N_MIN = 2;
export const N_MAX = 4096;
const SAMPLES = 240;

/**
 * Distinct integer sequence lengths spread evenly in log₂ n from 2 to 4096: the x-grid of
 * the bias plot. (The shared Plot has a linear x-axis, so the curve is drawn against log₂ n.)
 */
export function lengthGrid(): number[] {
  const out: number[] = [];
  const k0 = Math.log2(N_MIN);
  const k1 = Math.log2(N_MAX);
  for (let i = 0; i <= SAMPLES; i++) {
    const n = Math.round(2 ** (k0 + ((k1 - k0) * i) / SAMPLES));
    if (out[out.length - 1] !== n) out.push(n);
  }
  return out;
}

export interface BiasCurves {
  plain: Series;
  biased: Series;
  softmaxRef: Series;
}

/** Σ of n equal sigmoid weights against log₂ n, without bias and with b = −ln n; softmax's 1 for reference. */
export function biasCurves(score: number, labels: { plain: string; biased: string; softmax: string }): BiasCurves {
  const ns = lengthGrid();
  const x = ns.map(Math.log2);
  return {
    plain: { id: 'plain', label: labels.plain, color: 'var(--c1)', x, y: ns.map((n) => uniformGateSum(n, score, 0)) },
    biased: { id: 'biased', label: labels.biased, color: 'var(--c2)', dash: '8 4', x, y: ns.map((n) => uniformGateSum(n, score, sigmoidAttentionBias(n))) },
    softmaxRef: { id: 'softmax', label: labels.softmax, color: 'var(--c3)', dash: '2 4', width: 2, x, y: ns.map(() => 1) },
  };
}
