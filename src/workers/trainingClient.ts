/**
 * Framework-free client for the training worker. A lesson's React hook can wrap it:
 * subscribe() for the event stream, the rest are fire-and-forget controls.
 * Every failure — a bad config, a crash inside the worker, the worker failing to load —
 * arrives as a { kind: 'error' } event; the control promises never reject, and the next
 * reset() after a fatal worker error spawns a fresh worker.
 */
import * as Comlink from 'comlink';
import type { PreActivationHistogram } from '../engine';
import type { LoopOptions, RunConfig, TrainingEvent } from './protocol';
import { errorMessage } from './trainingLoop';
import type { WorkerApi } from './workerApi';

export type { LoopOptions, RunConfig, TrainingEvent, TrainingError, TrainingSnapshot } from './protocol';

/** A Worker, or in tests one end of a MessageChannel. */
export type WorkerLike = Comlink.Endpoint & { terminate?(): void; close?(): void };

export interface TrainingClient {
  reset(cfg: RunConfig, options?: Partial<LoopOptions>): Promise<void>;
  start(maxSteps?: number): Promise<void>;
  pause(): Promise<void>;
  resume(): Promise<void>;
  stepN(n: number): Promise<void>;
  setLearningRate(lr: number): Promise<void>;
  setOptions(options: Partial<LoopOptions>): Promise<void>;
  /** Stops the run and forgets the trainer; the worker stays up for the next reset. */
  cancel(): Promise<void>;
  /** The current weights (flat, as Trainer.getWeights), or null with no run. */
  getWeights(): Promise<Float64Array | null>;
  /** Pre-activations of hidden layer `layer` (0-based) over the training set, binned in the worker; null with no run. */
  preActivationHistogram(layer: number, bins: number): Promise<PreActivationHistogram | null>;
  subscribe(listener: (event: TrainingEvent) => void): () => void;
  /** Kills the worker; a later call spawns a new one. */
  terminate(): void;
}

const defaultWorker = (): WorkerLike =>
  new Worker(new URL('./training.worker.ts', import.meta.url), { type: 'module', name: 'logit-lab-training' });

export function createTrainingClient(createWorker: () => WorkerLike = defaultWorker): TrainingClient {
  const listeners = new Set<(e: TrainingEvent) => void>();
  let endpoint: WorkerLike | null = null;
  let remote: Comlink.Remote<WorkerApi> | null = null;
  let ready: Promise<void> | null = null;

  const dispatch = (e: TrainingEvent): void => {
    for (const l of [...listeners]) {
      try {
        l(e);
      } catch (err) {
        console.error('training listener threw', err);
      }
    }
  };
  const fatal = (e: unknown): void => {
    terminate();
    dispatch({ kind: 'error', runId: -1, message: errorMessage(e) });
  };

  function terminate(): void {
    if (remote) remote[Comlink.releaseProxy]();
    endpoint?.terminate?.();
    endpoint?.close?.();
    endpoint = null;
    remote = null;
    ready = null;
  }

  function connect(): Promise<void> {
    if (!ready) {
      const ep = createWorker();
      endpoint = ep;
      // A worker that fails to load or dies reports through its 'error' event, not comlink.
      ep.addEventListener('error', (ev) => {
        if (endpoint === ep) fatal((ev as ErrorEvent).message ?? 'training worker crashed');
      });
      remote = Comlink.wrap<WorkerApi>(ep);
      ready = remote.subscribe(Comlink.proxy(dispatch));
    }
    return ready;
  }

  /** Runs a remote call; failures become error events. */
  async function call<T>(fn: (r: Comlink.Remote<WorkerApi>) => Promise<T>): Promise<T | undefined> {
    try {
      await connect();
      return await fn(remote as Comlink.Remote<WorkerApi>);
    } catch (e) {
      fatal(e);
      return undefined;
    }
  }

  return {
    reset: async (cfg, options) => void (await call((r) => r.reset(cfg, options))),
    start: async (maxSteps) => void (await call((r) => r.start(maxSteps))),
    pause: async () => void (await call((r) => r.pause())),
    resume: async () => void (await call((r) => r.resume())),
    stepN: async (n) => void (await call((r) => r.stepN(n))),
    setLearningRate: async (lr) => void (await call((r) => r.setLearningRate(lr))),
    setOptions: async (o) => void (await call((r) => r.setOptions(o))),
    cancel: async () => void (await call((r) => r.cancel())),
    getWeights: async () => (await call((r) => r.getWeights())) ?? null,
    preActivationHistogram: async (layer, bins) => (await call((r) => r.preActivationHistogram(layer, bins))) ?? null,
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    terminate,
  };
}
