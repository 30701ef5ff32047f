import { bceWithLogitsGrad, sampleFunction, sigmoidMseGrad } from '../../engine';
import type { Series } from '../../components/plot/types';

export const Z_MAX = 12;
const SAMPLES = 601;

/**
 * ∂L/∂z against z for sigmoid + BCE (p − y) and sigmoid + MSE ((p − y)·σ′), both from the
 * engine. On the log view the magnitudes are drawn, so MSE's vanishing tail is visible.
 */
export function gradientCurves(y: 0 | 1, log: boolean, labels: { bce: string; mse: string }): Series[] {
  const tr = (v: number) => (log ? Math.abs(v) : v);
  const bce = sampleFunction((z) => tr(bceWithLogitsGrad(z, y)), -Z_MAX, Z_MAX, SAMPLES);
  const mse = sampleFunction((z) => tr(sigmoidMseGrad(z, y)), -Z_MAX, Z_MAX, SAMPLES);
  return [
    { id: 'bce', label: labels.bce, color: 'var(--c1)', x: bce.x, y: bce.y },
    { id: 'mse', label: labels.mse, color: 'var(--c2)', x: mse.x, y: mse.y, dash: '7 4' },
  ];
}
