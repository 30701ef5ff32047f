import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { PreActivationHistogram } from '../../engine';
import { createTrainingClient, type LoopOptions, type RunConfig, type TrainingEvent, type TrainingSnapshot } from '../../workers/trainingClient';

/** What the charts plot over time, one entry per received snapshot. */
export interface RunHistory {
  step: number[];
  loss: number[];
  accuracy: number[];
  /** Per hidden layer: dead units / width. */
  dead: number[][];
}

/** A hidden layer's pre-activation histogram, computed by the worker for a paused snapshot. */
export interface RunHistogram {
  layer: number;
  data: PreActivationHistogram;
}

export interface RunView {
  snap: TrainingSnapshot | null;
  history: RunHistory;
  error: string | null;
  /** Of the latest paused snapshot; kept (shown as stale) while the run plays. */
  hist: RunHistogram | null;
  /**
   * The config in force when `snap` was rendered: what goes with the snapshot (the training
   * points under its decision map) is drawn from this, in the snapshot's render, not from
   * the settings on the keystroke — one render of the map per step instead of two.
   */
  cfg: RunConfig | null;
}

const MAX_POINTS = 600;
/** Bins of the pre-activation histogram. */
export const HIST_BINS = 30;
const EMPTY_HISTORY: RunHistory = { step: [], loss: [], accuracy: [], dead: [] };
const EMPTY: RunView = { snap: null, history: EMPTY_HISTORY, error: null, hist: null, cfg: null };
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
 * snapshot becomes one state update — the snapshot, the history and, for a paused snapshot,
 * its pre-activation histogram together — so React renders once per snapshot, and nothing
 * heavy runs on the main thread.
 *
 * Why the histogram rides with the snapshot: a setting's change (a slider step) resets the
 * run, and the paused lab then needs both the new run's snapshot and its histogram. Rendered
 * as they arrived, that was two renders and two frames per step, the second only for the
 * histogram (the slider bench's tail). The histogram is a forward pass in the worker, so the
 * snapshot waits for it one round trip, then both land in one render.
 */
export function useTrainingRun(cfg: RunConfig, cfgKey: string, options: Partial<LoopOptions> = LOOP_OPTIONS) {
  const [client] = useState(() => createTrainingClient());
  const [view, setView] = useState<RunView>(EMPTY);
  const [histLayer, setHistLayerState] = useState(0);
  // What the event handler and the layer picker share: the latest event's number (a pending
  // commit of an older one is dropped), the committed paused snapshot, the chosen layer.
  const live = useRef({ seq: 0, paused: null as TrainingSnapshot | null, layer: 0 });
  const latestCfg = useRef({ cfg, options });
  useEffect(() => {
    latestCfg.current = { cfg, options };
  });
  const widths = cfg.layers.slice(1, -1);
  const widthKey = widths.join(',');

  useEffect(() => {
    let latestRun = -1;
    let history = EMPTY_HISTORY;
    let alive = true;
    const w = widthKey.split(',').map(Number);
    const commit = (seq: number, snap: TrainingSnapshot, h: RunHistory, hist?: RunHistogram) => {
      if (!alive || seq !== live.current.seq) return; // a newer event carries this one's history too
      live.current.paused = snap.running ? null : snap;
      // A snapshot is a non-urgent update: as a transition React renders it in slices that
      // yield to input, so a burst of snapshots never makes one long main-thread task.
      const { cfg: c } = latestCfg.current;
      startTransition(() => setView((v) => ({ snap, history: h, error: null, hist: hist ?? v.hist, cfg: c })));
    };
    const onEvent = (e: TrainingEvent) => {
      const seq = ++live.current.seq;
      if (e.kind === 'error') {
        live.current.paused = null;
        setView((v) => ({ ...v, error: e.message, snap: v.snap ? { ...v.snap, running: false } : null }));
        return;
      }
      if (e.runId < latestRun) return; // a late snapshot of a run we already replaced
      const fresh = e.runId > latestRun;
      latestRun = e.runId;
      history = append(fresh ? EMPTY_HISTORY : history, e, w);
      const h = history;
      const hidden = e.deadUnits.length;
      if (e.running || hidden === 0) {
        commit(seq, e, h);
        return;
      }
      const layer = Math.min(live.current.layer, hidden - 1);
      client.preActivationHistogram(layer, HIST_BINS).then(
        (data) => commit(seq, e, h, data ? { layer, data } : undefined),
        () => commit(seq, e, h),
      );
    };
    const unsubscribe = client.subscribe(onEvent);
    return () => {
      alive = false;
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

  // Stable (reads the latest config from a ref), so the run controls need not re-render per setting.
  const restart = useCallback(() => {
    // The histogram stays (greyed) until the new run's arrives: no jump in the page's height.
    setView((v) => ({ ...EMPTY, hist: v.hist, cfg: v.cfg }));
    void client.reset(latestCfg.current.cfg, latestCfg.current.options);
  }, [client]);

  /** Shows another hidden layer's histogram: asked of the worker for the paused snapshot on show. */
  const setHistLayer = useCallback(
    (layer: number) => {
      live.current.layer = layer;
      setHistLayerState(layer);
      const snap = live.current.paused;
      if (!snap) return; // a playing run's histogram is asked for at its next pause
      const seq = live.current.seq;
      const l = Math.min(layer, snap.deadUnits.length - 1);
      void client.preActivationHistogram(l, HIST_BINS).then((data) => {
        if (data && seq === live.current.seq) setView((v) => ({ ...v, hist: { layer: l, data } }));
      });
    },
    [client],
  );

  return {
    view,
    play: useCallback(() => void client.start(), [client]),
    pause: useCallback(() => void client.pause(), [client]),
    step: useCallback((n: number) => void client.stepN(n), [client]),
    restart,
    histLayer,
    setHistLayer,
  };
}
