/**
 * What the training worker exposes through comlink: the loop's controls plus a
 * subscription. Snapshot grids are transferred (not copied) to the UI thread.
 * Kept apart from training.worker.ts so tests can expose it on a MessageChannel.
 */
import * as Comlink from 'comlink';
import type { PreActivationHistogram } from '../engine';
import type { TrainingControls, TrainingEvent } from './protocol';
import { createTrainingLoop, errorMessage, type LoopDeps } from './trainingLoop';

export type Listener = (event: TrainingEvent) => void;

export interface WorkerApi extends TrainingControls {
  /** The listener arrives as a comlink proxy; only the latest subscriber receives events. */
  subscribe(listener: Listener): void;
  getWeights(): Float64Array | null;
  preActivationHistogram(layer: number, bins: number): PreActivationHistogram | null;
}

export function createWorkerApi(deps: Omit<LoopDeps, 'emit'> = {}): WorkerApi & { reportError(e: unknown): void } {
  let listener: Listener | null = null;
  let lastRunId = 0;

  const emit = (ev: TrainingEvent): Promise<unknown> | void => {
    if (!listener) return;
    lastRunId = ev.runId;
    if (ev.kind === 'snapshot') {
      const buffers: Transferable[] = [ev.decision.buffer as ArrayBuffer];
      for (const g of ev.neuronGrids ?? []) buffers.push(g.buffer as ArrayBuffer);
      if (ev.classGrid) buffers.push(ev.classGrid.buffer as ArrayBuffer);
      return listener(Comlink.transfer(ev, buffers)) as unknown as Promise<unknown>;
    }
    return listener(ev) as unknown as Promise<unknown>;
  };
  const loop = createTrainingLoop({ ...deps, emit });

  return {
    subscribe(l) {
      listener = l;
    },
    reset: (cfg, options) => loop.reset(cfg, options),
    start: (maxSteps) => loop.start(maxSteps),
    pause: () => loop.pause(),
    resume: () => loop.resume(),
    stepN: (n) => loop.stepN(n),
    setLearningRate: (lr) => loop.setLearningRate(lr),
    setOptions: (o) => loop.setOptions(o),
    cancel: () => loop.cancel(),
    getWeights() {
      const w = loop.getWeights();
      return w ? Comlink.transfer(w, [w.buffer as ArrayBuffer]) : null;
    },
    // Computed here, next to the weights: the page never rebuilds the network to draw it.
    preActivationHistogram: (layer, bins) => loop.preActivationHistogram(layer, bins),
    /** For uncaught errors in the worker scope: stop and tell the UI. */
    reportError(e) {
      loop.cancel();
      void listener?.({ kind: 'error', runId: lastRunId, message: errorMessage(e) });
    },
  };
}
