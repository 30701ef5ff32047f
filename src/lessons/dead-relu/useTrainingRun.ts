import { startTransition, useCallback, useEffect, useState } from 'react';
import { createTrainingClient, type LoopOptions, type RunConfig, type TrainingEvent, type TrainingSnapshot } from '../../workers/trainingClient';

/** What the charts plot over time, one entry per received snapshot. */
export interface RunHistory {
  step: number[];
  loss: number[];
  accuracy: number[];
  /** Per hidden layer: dead units / width. */
  dead: number[][];
}

export interface RunView {
  snap: TrainingSnapshot | null;
  history: RunHistory;
  error: string | null;
}

const MAX_POINTS = 600;
const EMPTY: RunView = { snap: null, history: { step: [], loss: [], accuracy: [], dead: [] }, error: null };
export const LOOP_OPTIONS: Partial<LoopOptions> = { gridSize: 48, neuronGridSize: 20, snapshotMs: 80 };

/** Keeps every other point once the history is full, so long runs stay cheap to draw. */
function thin(h: RunHistory): RunHistory {
  const keep = (a: number[]) => a.filter((_, i) => i % 2 === 0 || i === a.length - 1);
  return { step: keep(h.step), loss: keep(h.loss), accuracy: keep(h.accuracy), dead: h.dead.map(keep) };
}

function append(h: RunHistory, s: TrainingSnapshot, widths: number[]): RunHistory {
  // A snapshot for a step we already have (pause, a second "step 0") replaces nothing new.
  if (h.step.length > 0 && s.step <= h.step[h.step.length - 1]) return h;
  const next: RunHistory = {
    step: [...h.step, s.step],
    loss: [...h.loss, s.loss],
    accuracy: [...h.accuracy, s.accuracy],
    dead: s.deadUnits.map((d, l) => [...(h.dead[l] ?? []), d / widths[l]]),
  };
  return next.step.length > MAX_POINTS ? thin(next) : next;
}

/**
 * One training run on the worker for `cfg` (restarted whenever `cfgKey` changes). Each
 * snapshot becomes one state update — the snapshot and the history together — so React
 * renders once per snapshot, and nothing heavy runs on the main thread.
 */
export function useTrainingRun(cfg: RunConfig, cfgKey: string, options: Partial<LoopOptions> = LOOP_OPTIONS) {
  const [client] = useState(() => createTrainingClient());
  const [view, setView] = useState<RunView>(EMPTY);
  const widths = cfg.layers.slice(1, -1);
  const widthKey = widths.join(',');

  useEffect(() => {
    let latestRun = -1;
    const w = widthKey.split(',').map(Number);
    const onEvent = (e: TrainingEvent) => {
      if (e.kind === 'error') {
        setView((v) => ({ ...v, error: e.message, snap: v.snap ? { ...v.snap, running: false } : null }));
        return;
      }
      if (e.runId < latestRun) return; // a late snapshot of a run we already replaced
      const fresh = e.runId > latestRun;
      latestRun = e.runId;
      // A snapshot is a non-urgent update: as a transition React renders it in slices that
      // yield to input, so a burst of snapshots never makes one long main-thread task.
      startTransition(() => setView((v) => ({ snap: e, history: append(fresh ? EMPTY.history : v.history, e, w), error: null })));
    };
    const unsubscribe = client.subscribe(onEvent);
    return () => {
      unsubscribe();
    };
  }, [client, widthKey]);

  useEffect(() => () => client.terminate(), [client]);

  useEffect(() => {
    // The new run's first snapshot carries a higher runId and clears the history.
    void client.reset(cfg, options);
    // cfgKey stands for cfg (and the options derived from the same state): a new object each render must not restart the run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, cfgKey]);

  const restart = useCallback(() => {
    setView(EMPTY);
    void client.reset(cfg, options);
  }, [client, cfg, options]);

  return {
    view,
    play: useCallback(() => void client.start(), [client]),
    pause: useCallback(() => void client.pause(), [client]),
    step: useCallback((n: number) => void client.stepN(n), [client]),
    restart,
    histogram: useCallback((layer: number, bins: number) => client.preActivationHistogram(layer, bins), [client]),
  };
}
