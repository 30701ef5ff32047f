import { activations, sampleFunction } from '../../engine';
import type { Series } from '../../components/plot/types';

const N = 1201;
export { GELU_XMAX } from './schema';

export interface GeluComparison {
  curves: Series[];
  diffs: Series[];
  /** Largest |approx − exact| on the range and where it occurs, per approximation. */
  worst: { name: 'geluTanh' | 'geluSigmoid'; maxAbs: number; at: number }[];
}

/**
 * Comparisons by range. The slider has ten integer stops, so every one is computed once: a
 * step back (or forth again) reuses the 5 × 1,201 samples and, with the same series objects,
 * the plots' memoised tables (issue 20). Ten comparisons are about 1 MB.
 */
const byRange = new Map<number, GeluComparison>();
const RANGES_KEPT = 12;

/** Exact GELU against its tanh and sigmoid approximations, all from the engine. */
export function compareGelu(xMax: number): GeluComparison {
  let hit = byRange.get(xMax);
  if (!hit) {
    hit = computeComparison(xMax);
    byRange.set(xMax, hit);
    if (byRange.size > RANGES_KEPT) byRange.delete(byRange.keys().next().value as number);
  }
  return hit;
}

function computeComparison(xMax: number): GeluComparison {
  const exact = sampleFunction((x) => activations.gelu.f(x), -xMax, xMax, N);
  const curves: Series[] = [{ id: 'gelu', label: activations.gelu.label, color: 'var(--c1)', x: exact.x, y: exact.y, width: 3 }];
  const diffs: Series[] = [];
  const worst: GeluComparison['worst'] = [];
  (['geluTanh', 'geluSigmoid'] as const).forEach((name, k) => {
    const approx = sampleFunction((x) => activations[name].f(x), -xMax, xMax, N);
    const d = new Float64Array(N);
    let maxAbs = 0;
    let at = 0;
    for (let i = 0; i < N; i++) {
      d[i] = approx.y[i] - exact.y[i];
      if (Math.abs(d[i]) > maxAbs) {
        maxAbs = Math.abs(d[i]);
        at = exact.x[i];
      }
    }
    const color = k === 0 ? 'var(--c2)' : 'var(--c3)';
    const dash = k === 0 ? '7 4' : '2 3';
    curves.push({ id: name, label: activations[name].label, color, x: approx.x, y: approx.y, dash });
    diffs.push({ id: `${name}-diff`, label: `${activations[name].label} − GELU`, color, x: exact.x, y: d, dash });
    worst.push({ name, maxAbs, at });
  });
  return { curves, diffs, worst };
}
