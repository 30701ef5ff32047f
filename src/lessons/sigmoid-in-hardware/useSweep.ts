import { useEffect, useState } from 'react';
import type { FixedFormat } from '../../engine';
import { evaluateDesign, sweepDesigns, type SweepPoint } from './pareto';

/** Milliseconds of work per slice: well inside a 60 Hz frame. */
const SLICE_MS = 12;

/**
 * The Pareto sweep, computed a slice at a time between frames: ~40 designs through the
 * emulators can take longer than a frame on a phone, and the page must stay responsive
 * (points appear as they are ready). Results are memoised in stats.ts, so a format seen
 * before comes back at once.
 */
export function useSweep(fmt: FixedFormat | undefined): { points: SweepPoint[]; done: boolean; total: number } {
  const total = sweepDesigns().length;
  const [result, setResult] = useState<{ points: SweepPoint[]; done: boolean }>({ points: [], done: false });
  useEffect(() => {
    const designs = sweepDesigns();
    const out: SweepPoint[] = [];
    let k = 0;
    let timer = 0;
    const tick = () => {
      const t0 = performance.now();
      while (k < designs.length && performance.now() - t0 < SLICE_MS) out.push(evaluateDesign(designs[k++], fmt));
      setResult({ points: [...out], done: k === designs.length });
      if (k < designs.length) timer = window.setTimeout(tick, 0);
    };
    timer = window.setTimeout(tick, 0);
    return () => window.clearTimeout(timer);
  }, [fmt]);
  return { ...result, total };
}
