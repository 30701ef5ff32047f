/**
 * The √d_k widget's data, from the engine's seeded sampler: rows of 8 keys against d_k = 1,
 * 2, 4, …, 1024, averaged over 64 queries, with and without the 1/√d_k. One d_k costs at most
 * 74 k normal draws and 0.5 M multiply-adds (a few ms), so the readout for the slider's d_k is
 * computed inline and cached until the worker (scaling.worker.ts) has sent the whole sweep of
 * eleven d_k, which then fills the cache: on a busy 2-core machine a cold sweep took several
 * hundred ms, so it never runs on the main thread.
 */
import { attentionScaling, type AttentionScaling } from '../../engine';
import type { Series } from '../../components/plot/types';
import { DK_MAX } from './schema';

export const SCALE_SEED = 1;
export const SCALE_KEYS = 8;
export const SCALE_QUERIES = 64;
/** d_k = 2^0 … 2^10. */
export const DK_STEPS = Array.from({ length: Math.log2(DK_MAX) + 1 }, (_, i) => 2 ** i);

const cache = new Map<number, AttentionScaling>();
/** The measurement at one d_k (same seed for every d_k), cached. */
export function scalingAt(dk: number): AttentionScaling {
  let r = cache.get(dk);
  if (!r) {
    r = attentionScaling({ dk, keys: SCALE_KEYS, queries: SCALE_QUERIES, seed: SCALE_SEED });
    cache.set(dk, r);
  }
  return r;
}

/** Every d_k of the slider (tests and the worker). */
export const scalingSweep = (): AttentionScaling[] => DK_STEPS.map(scalingAt);

/** One d_k of the sweep, as the worker sends it back (structured-cloned). */
export type SweepPoint = AttentionScaling;
/** The worker's job: every d_k of the slider. */
export const sweepPoints = (): SweepPoint[] => scalingSweep();

/**
 * Put the worker's answer into the page's cache, so that after it arrives moving the slider
 * only reads (the worker used the same seed and the same engine, so the numbers are identical).
 */
export function adoptSweep(points: readonly SweepPoint[]): void {
  for (const p of points) if (!cache.has(p.dk)) cache.set(p.dk, p);
}

/** Nearest power of two (for the slider). */
export const snapDk = (v: number) => Math.min(DK_MAX, Math.max(1, 2 ** Math.round(Math.log2(Math.max(1, v)))));

type Labels = { unscaled: string; scaled: string };

/** Mean entropy and mean ‖∂w/∂z‖ against d_k, unscaled and scaled. */
export function scalingCurves(points: readonly SweepPoint[], labels: Labels): { entropy: Series[]; jacobian: Series[] } {
  const x = points.map((p) => p.dk);
  const pick = (f: (r: SweepPoint) => number) => points.map(f);
  return {
    entropy: [
      { id: 'unscaled', label: labels.unscaled, color: 'var(--c2)', x, y: pick((r) => r.unscaled.meanEntropy), dash: '7 4' },
      { id: 'scaled', label: labels.scaled, color: 'var(--c1)', x, y: pick((r) => r.scaled.meanEntropy) },
    ],
    jacobian: [
      { id: 'unscaled', label: labels.unscaled, color: 'var(--c2)', x, y: pick((r) => r.unscaled.meanJacobianNorm), dash: '7 4' },
      { id: 'scaled', label: labels.scaled, color: 'var(--c1)', x, y: pick((r) => r.scaled.meanJacobianNorm) },
    ],
  };
}
