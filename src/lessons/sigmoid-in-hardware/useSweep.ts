import { useMemo } from 'react';
import type { FixedFormat } from '../../engine';
import { useOffThread, type OffThreadJob } from '../../components/useOffThread';
import { sweepDesigns, type SweepPoint } from './pareto';

/** The sweep's input: the format (undefined = float64), boxed so float64 is a request too. */
export interface SweepParams {
  fmt: FixedFormat | undefined;
}

// Always in pareto.worker.ts: ~40 designs through the emulators took 25–45 ms per format on
// the 2-core VM, which on the main thread landed after every key press on a format slider.
const job: OffThreadJob<SweepParams, SweepPoint[]> = {
  heavy: () => true,
  worker: () => new Worker(new URL('./pareto.worker.ts', import.meta.url), { type: 'module', name: 'logit-lab-pareto' }),
};

export interface Sweep {
  /** The designs of the latest answer (empty before the first). */
  points: SweepPoint[];
  /** The format those points were computed in (the plot labels them with it, not with the slider's). */
  fmt: FixedFormat | undefined;
  /** True once an answer is on screen. */
  done: boolean;
  /** True while that answer belongs to another format than the current one (the widget greys it). */
  stale: boolean;
  error: string | null;
  total: number;
}

/**
 * The Pareto sweep for a format, computed in a worker: the page stays responsive, and while
 * a new format is being computed the last one's points stay on screen, greyed.
 */
export function useSweep(fmt: FixedFormat | undefined): Sweep {
  const total = sweepDesigns().length;
  const params = useMemo<SweepParams>(() => ({ fmt }), [fmt]);
  const { outcome, params: shownFor, stale } = useOffThread(job, params);
  return useMemo(
    () => ({
      points: outcome?.ok ? outcome.value : [],
      fmt: shownFor ? shownFor.fmt : fmt,
      done: outcome?.ok ?? false,
      stale: outcome !== null && stale,
      error: outcome && !outcome.ok ? outcome.message : null,
      total,
    }),
    [outcome, shownFor, fmt, stale, total],
  );
}
