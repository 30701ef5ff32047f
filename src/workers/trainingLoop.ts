/**
 * The worker's training loop as a plain module (no Worker global), so vitest can run it
 * in node and compare its weights with a trainer created on the main thread.
 * Time-slicing: train for ~sliceMs, emit a snapshot at most every snapshotMs, then yield
 * to the event loop so control messages (pause, setLearningRate…) get through.
 */
import { createTrainer, DATASET_EXTENT, makeDataset, perClassAccuracy, type PreActivationHistogram, type Trainer } from '../engine';
import { withoutDataset, type LoopOptions, type RunConfig, type TrainingControls, type TrainingEvent, type TrainingSnapshot } from './protocol';

export interface LoopDeps {
  /** Receives snapshots and errors; may return a promise (a comlink callback) for backpressure. */
  emit(event: TrainingEvent): void | Promise<unknown>;
  /** Runs cb soon, after pending messages; default in browsers: a MessageChannel hop (no 4 ms timer clamp). */
  schedule?(cb: () => void): void;
  now?(): number;
}

export interface TrainingLoop extends TrainingControls {
  isRunning(): boolean;
  getWeights(): Float64Array | null;
  /** Pre-activations of hidden layer `layer` over the training set, binned; null with no run. */
  preActivationHistogram(layer: number, bins: number): PreActivationHistogram | null;
  /** The current state as a snapshot, without emitting it; null before reset. */
  snapshot(): TrainingSnapshot | null;
}

export const DEFAULT_LOOP_OPTIONS: LoopOptions = {
  gridSize: 64,
  extent: DATASET_EXTENT,
  neuronGridSize: 0,
  sliceMs: 10,
  snapshotMs: 40,
};

/** Steps between clock reads: a 2-8-8-1 step is a few µs, a clock read is not free. */
const CHECK_EVERY = 16;
/** Streamed snapshots allowed in flight before we skip one instead of queueing. */
const MAX_PENDING = 2;

function defaultSchedule(): (cb: () => void) => void {
  // Node (tests): setImmediate lets timers and I/O in between; a MessageChannel ping-pong
  // there would starve them.
  const g = globalThis as { setImmediate?: (cb: () => void) => unknown };
  if (typeof g.setImmediate === 'function') return (cb) => void g.setImmediate!(cb);
  if (typeof MessageChannel === 'undefined') return (cb) => void setTimeout(cb, 0);
  const ch = new MessageChannel();
  const queue: (() => void)[] = [];
  ch.port1.onmessage = () => queue.shift()?.();
  return (cb) => {
    queue.push(cb);
    ch.port2.postMessage(0);
  };
}

export function errorMessage(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

export function createTrainingLoop(deps: LoopDeps): TrainingLoop {
  const schedule = deps.schedule ?? defaultSchedule();
  const now = deps.now ?? (() => performance.now());
  let opts: LoopOptions = { ...DEFAULT_LOOP_OPTIONS };
  let trainer: Trainer | null = null;
  let runId = 0;
  let running = false;
  let stopAt = Infinity;
  let tickQueued = false;
  let pending = 0;
  let lastEmit = -Infinity;
  let rate = { t: 0, step: 0, perSecond: 0 };

  function emit(ev: TrainingEvent): void {
    const r = deps.emit(ev);
    if (r && typeof (r as Promise<unknown>).then === 'function') {
      pending++;
      (r as Promise<unknown>).then(
        () => pending--,
        () => pending--,
      );
    }
  }

  function fail(e: unknown): void {
    running = false;
    trainer = null; // a new reset() starts clean
    emit({ kind: 'error', runId, message: errorMessage(e) });
  }

  function setOptions(o: Partial<LoopOptions>): void {
    const next = { ...opts, ...o };
    for (const [k, v] of Object.entries(next)) {
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new RangeError(`${k} must be a finite number ≥ 0, got ${v}`);
    }
    if (!Number.isInteger(next.gridSize) || next.gridSize < 1) throw new RangeError(`gridSize must be an integer ≥ 1, got ${next.gridSize}`);
    if (!Number.isInteger(next.neuronGridSize)) throw new RangeError(`neuronGridSize must be an integer, got ${next.neuronGridSize}`);
    opts = next;
  }

  function snapshot(): TrainingSnapshot | null {
    const t = trainer;
    if (!t) return null;
    const step = t.stepCount();
    const time = now();
    if (time - rate.t >= 250) {
      rate = { t: time, step, perSecond: time > rate.t && rate.t > 0 ? ((step - rate.step) * 1000) / (time - rate.t) : rate.perSecond };
    }
    const planar = t.layers[0] === 2;
    const loss = t.loss();
    const diverged = !Number.isFinite(loss);
    if (diverged) running = false;
    const snap: TrainingSnapshot = {
      kind: 'snapshot',
      runId,
      running,
      step,
      epoch: t.epochCount(),
      learningRate: t.learningRate(),
      loss,
      accuracy: t.accuracy(),
      deadUnits: t.deadUnits(),
      saturatedFraction: t.saturatedFraction(),
      gradNorms: t.gradNorms(),
      diverged,
      stepsPerSecond: running || diverged ? rate.perSecond : 0,
      gridSize: opts.gridSize,
      extent: opts.extent,
      // Plane pictures exist only for 2-D input; a digits net (784 inputs) gets none instead of an error.
      decision: planar ? t.decisionGrid(opts.gridSize, opts.extent) : new Float32Array(0),
      neuronGridSize: opts.neuronGridSize,
    };
    if (planar && opts.neuronGridSize > 0) snap.neuronGrids = t.neuronGrids(opts.neuronGridSize, opts.extent);
    if (planar && t.config.output === 'softmax') snap.classGrid = t.classGrid(opts.gridSize, opts.extent);
    // Per-class accuracy on the training points (one forward pass; 10 000 points cost a few ms here, off the page's thread).
    // Soft labels (a sigmoid net may train on y in [0, 1]) have no classes to count.
    const hard = t.config.data.y.every((v) => Number.isInteger(v));
    if (planar && hard) snap.classAccuracy = perClassAccuracy(t.predict(t.config.data.x), t.config.data.y, t.config.output === 'softmax' ? t.layers[t.layers.length - 1] : 2);
    return snap;
  }

  function emitSnapshot(): void {
    const s = snapshot();
    lastEmit = now();
    if (s) emit(s);
  }

  function queueTick(): void {
    if (tickQueued) return;
    tickQueued = true;
    schedule(tick);
  }

  function tick(): void {
    tickQueued = false;
    const t = trainer;
    if (!running || !t) return;
    try {
      // End the slice early when a snapshot falls due, so the cadence stays at snapshotMs
      // instead of drifting up to snapshotMs + sliceMs.
      const deadline = Math.min(now() + opts.sliceMs, lastEmit + opts.snapshotMs);
      do {
        for (let k = 0; k < CHECK_EVERY && t.stepCount() < stopAt; k++) t.step();
      } while (now() < deadline && t.stepCount() < stopAt);
      if (t.stepCount() >= stopAt) {
        running = false;
        emitSnapshot(); // the final state always goes out
        return;
      }
      if (now() - lastEmit >= opts.snapshotMs && pending < MAX_PENDING) emitSnapshot();
    } catch (e) {
      fail(e);
      return;
    }
    if (running) queueTick();
  }

  /** Runs a control; a throw becomes an error event instead of killing the worker. */
  const guard =
    <A extends unknown[]>(fn: (...a: A) => void) =>
    (...a: A): void => {
      try {
        fn(...a);
      } catch (e) {
        fail(e);
      }
    };

  const need = (): Trainer => {
    if (!trainer) throw new Error('no run: call reset(config) first');
    return trainer;
  };

  const start = guard((maxSteps?: number) => {
    const t = need();
    if (maxSteps !== undefined && (!Number.isInteger(maxSteps) || maxSteps < 0)) {
      throw new RangeError(`maxSteps must be an integer ≥ 0, got ${maxSteps}`);
    }
    stopAt = maxSteps ?? Infinity;
    running = t.stepCount() < stopAt;
    rate = { t: now(), step: t.stepCount(), perSecond: 0 };
    emitSnapshot();
    if (running) queueTick();
  });

  return {
    reset: guard((cfg: RunConfig, options?: Partial<LoopOptions>) => {
      running = false;
      trainer = null;
      runId++;
      if (options) setOptions(options);
      const data = cfg.data ?? makeDataset(cfg.dataset.name, cfg.dataset.n, cfg.dataset.seed ?? cfg.seed, cfg.dataset.noise);
      trainer = createTrainer({ ...withoutDataset(cfg), data });
      emitSnapshot();
    }),
    start,
    resume: () => start(stopAt === Infinity ? undefined : stopAt),
    pause: guard(() => {
      need();
      running = false;
      emitSnapshot();
    }),
    stepN: guard((n: number) => {
      if (!Number.isInteger(n) || n < 0 || n > 10_000_000) throw new RangeError(`n must be an integer in [0, 1e7], got ${n}`);
      const t = need();
      for (let i = 0; i < n; i++) t.step();
      emitSnapshot();
    }),
    setLearningRate: guard((lr: number) => {
      need().setLearningRate(lr);
      if (!running) emitSnapshot();
    }),
    setOptions: guard((o: Partial<LoopOptions>) => {
      setOptions(o);
      if (trainer && !running) emitSnapshot();
    }),
    cancel() {
      running = false;
      trainer = null;
      runId++;
    },
    isRunning: () => running,
    getWeights: () => trainer?.getWeights() ?? null,
    preActivationHistogram(layer, bins) {
      if (!trainer) return null;
      try {
        return trainer.preActivationHistogram(layer, bins);
      } catch (e) {
        // A layer this run does not have: the page asked about the run before a reset.
        if (e instanceof RangeError && /layer/.test(e.message)) return null;
        throw e;
      }
    },
    snapshot,
  };
}
