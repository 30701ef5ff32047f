/**
 * A result computed inline when it is cheap and in a worker when it is not, so a slider
 * never waits for it. While the worker works, the last result stays on screen marked stale
 * (the widget greys it); the answer to an older request that arrives late is dropped.
 *
 * Cheap states stay inline (synchronous on first render, as the exercises, figures and
 * journeys expect); `heavy(params)` says which are not. A heavy state on first render (a
 * permalink to the largest network) shows nothing until the worker answers: better than a
 * 100 ms frozen page.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { JobReply, JobRequest } from '../workers/jobWorker';

export type OffThreadOutcome<R> = { ok: true; value: R } | { ok: false; message: string };

export interface OffThreadJob<P, R> {
  /** The inline path. Without it every state goes to the worker, and the page's bundle never
   * carries the computation's code (the quantized network's trainer, say). */
  compute?: (params: P) => R;
  heavy: (params: P) => boolean;
  /** new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' }) — the URL must be literal for Vite. */
  worker: () => Worker;
}

export interface OffThreadResult<P, R> {
  /** The latest outcome available (null before the first heavy answer). */
  outcome: OffThreadOutcome<R> | null;
  /** The params that outcome belongs to. */
  params: P | null;
  /** True while the shown outcome is for other params than the current ones. */
  stale: boolean;
}

/** Inline outcome: a RangeError (the engine's argument checks) becomes a message, anything else is a bug and throws. */
function runInline<P, R>(compute: (p: P) => R, p: P): OffThreadOutcome<R> {
  try {
    return { ok: true, value: compute(p) };
  } catch (e) {
    if (e instanceof RangeError) return { ok: false, message: e.message };
    throw e;
  }
}

const workers = new WeakMap<object, Worker>();

type Shown<P, R> = { params: P; outcome: OffThreadOutcome<R> };

export function useOffThread<P, R>(job: OffThreadJob<P, R>, params: P): OffThreadResult<P, R> {
  const heavy = !job.compute || job.heavy(params);
  const inline = useMemo(() => (heavy || !job.compute ? null : runInline(job.compute, params)), [job, params, heavy]);
  // The outcome on screen: the latest inline result or worker answer, whichever came last.
  const [shown, setShown] = useState<Shown<P, R> | null>(null);
  if (inline && (shown?.params !== params || shown.outcome !== inline)) setShown({ params, outcome: inline });
  const latest = useRef(0);

  useEffect(() => {
    const id = ++latest.current; // also drops any heavy answer still on its way
    if (!heavy) return;
    let worker = workers.get(job);
    if (!worker) {
      worker = job.worker();
      workers.set(job, worker);
    }
    const w = worker;
    const onMessage = (e: MessageEvent<JobReply<R>>) => {
      if (e.data.id !== latest.current) return;
      const r = e.data;
      setShown({ params, outcome: r.ok ? { ok: true, value: r.value } : { ok: false, message: r.message } });
    };
    const onError = (e: ErrorEvent) => {
      workers.delete(job); // a worker that failed to load is not reused
      setShown({ params, outcome: { ok: false, message: e.message || 'worker failed' } });
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, params } satisfies JobRequest<P>);
    return () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
  }, [job, params, heavy]);

  if (inline) return { outcome: inline, params, stale: false };
  return { outcome: shown?.outcome ?? null, params: shown?.params ?? null, stale: shown?.params !== params };
}
