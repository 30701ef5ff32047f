/**
 * The SGD widget's six runs (every batch size at η, and the chosen batch at η/10 and 10η),
 * trained epoch by epoch in small units so the worker (sgd.worker.ts) can stop between any two
 * of them when a newer request comes. Pure: no DOM; `now` is the clock the wall time is read from.
 */
import type { Trainer } from '../../engine';
import { LR_FACTOR, batchSizeOf, sgdData, sgdTrainer } from './model';
import { SGD_BATCHES, SGD_SEED } from './schema';

export type SgdBatch = (typeof SGD_BATCHES)[number];

/** What the runs depend on: the rate and the batch size compared at three rates. */
export interface SgdParams {
  lr: number;
  batch: SgdBatch;
}

/** One run's record after every epoch (index 0 = before training). */
export interface RunCurve {
  losses: number[];
  /** Steps (iterations) taken so far. */
  steps: number[];
  /** Milliseconds spent in the epochs so far (the loss evaluations excluded). */
  ms: number[];
}

/** The runs of one request, as far as they got. */
export interface SgdRuns {
  params: SgdParams;
  /** Epochs every run has completed. */
  done: number;
  /** In SGD_BATCHES order, all at params.lr. */
  byBatch: RunCurve[];
  /** params.batch at lr / LR_FACTOR and lr · LR_FACTOR (the run at lr is byBatch's). */
  low: RunCurve;
  high: RunCurve;
}

/** Page → worker, and back: `id` lets the page keep only the answer to its latest request; a
 * newer request from the same `client` (one widget on the page) ends the older job. */
export type SgdJobRequest = { id: number; client: number; params: SgdParams; epochs: number };
/** `cancel`: the widget changed params or left the page; its job stops at the next slice. */
export type SgdRequest = SgdJobRequest | { client: number; cancel: true };
export type SgdReply = { id: number; ok: true; final: boolean; runs: SgdRuns } | { id: number; ok: false; message: string };

const keyOf = (B: number, lr: number) => `${B}|${lr}`;

/** Finished curves by batch size and rate: changing only B retrains two runs, not six. */
export type CurveCache = Map<string, RunCurve>;
const CACHE_SIZE = 48;

function remember(cache: CurveCache, key: string, c: RunCurve): void {
  cache.set(key, c);
  // A Map iterates in insertion order: the first key is the oldest.
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
}

interface Live {
  key: string;
  curve: RunCurve;
  trainer: Trainer | null;
}

export interface SgdJob {
  /** One unit per yield: one epoch of one run. */
  steps: Generator<void, void>;
  /** The runs as far as they got (copies: safe to post while training goes on). */
  snapshot(): SgdRuns;
}

/**
 * The runs for `params`, `epochs` epochs each, in lockstep (every run's epoch e before any
 * epoch e + 1), so a snapshot taken midway shows every curve equally far. Same data, weights
 * and shuffles for every run (model.ts's sgdTrainer), so the curves are claims.test.ts's.
 */
export function sgdJob(params: SgdParams, epochs: number, cache: CurveCache, now: () => number): SgdJob {
  const B = batchSizeOf(params.batch);
  const want = [...SGD_BATCHES.map((b) => keyOf(batchSizeOf(b), params.lr)), keyOf(B, params.lr / LR_FACTOR), keyOf(B, params.lr * LR_FACTOR)];
  const specs = new Map<string, { B: number; lr: number }>();
  SGD_BATCHES.forEach((b) => specs.set(keyOf(batchSizeOf(b), params.lr), { B: batchSizeOf(b), lr: params.lr }));
  specs.set(keyOf(B, params.lr / LR_FACTOR), { B, lr: params.lr / LR_FACTOR });
  specs.set(keyOf(B, params.lr * LR_FACTOR), { B, lr: params.lr * LR_FACTOR });

  const live = new Map<string, Live>();
  for (const [key, s] of specs) {
    const cached = cache.get(key);
    if (cached && cached.losses.length > epochs) {
      live.set(key, { key, curve: cached, trainer: null });
      continue;
    }
    const trainer = sgdTrainer(s.B, s.lr, SGD_SEED, sgdData(SGD_SEED));
    live.set(key, { key, curve: { losses: [trainer.loss()], steps: [0], ms: [0] }, trainer });
  }
  const training = [...live.values()].filter((r) => r.trainer);

  function* steps(): Generator<void, void> {
    for (let e = 1; e <= epochs; e++) {
      for (const r of training) {
        const tr = r.trainer as Trainer;
        const c = r.curve;
        const t0 = now();
        tr.epoch();
        c.ms.push(c.ms[c.ms.length - 1] + now() - t0);
        c.steps.push(tr.stepCount());
        c.losses.push(tr.loss());
        yield;
      }
    }
    for (const r of training) remember(cache, r.key, r.curve);
  }

  const cut = (c: RunCurve, n: number): RunCurve => ({ losses: c.losses.slice(0, n + 1), steps: c.steps.slice(0, n + 1), ms: c.ms.slice(0, n + 1) });
  return {
    steps: steps(),
    snapshot() {
      const curves = want.map((k) => (live.get(k) as Live).curve);
      const done = Math.min(epochs, ...curves.map((c) => c.losses.length - 1));
      const [low, high] = curves.slice(SGD_BATCHES.length).map((c) => cut(c, done));
      return { params, done, byBatch: curves.slice(0, SGD_BATCHES.length).map((c) => cut(c, done)), low, high };
    },
  };
}
