/**
 * The SGD widget's runs from its worker (sgd.worker.ts). Latest answer wins: every change of
 * the params is a new request, the worker drops the older job at its next slice, and a late
 * reply to an older id is ignored here. Until the new params' first reply, the last runs stay
 * on screen, marked stale.
 */
import { useEffect, useState } from 'react';
import type { SgdParams, SgdReply, SgdRequest, SgdRuns } from './sgdRuns';

export interface SgdRunsState {
  /** The runs shown (for `runs.params`, possibly older than the current params); null before the first reply. */
  runs: SgdRuns | null;
  /** The shown runs are the current params' and complete. */
  final: boolean;
  /** The shown runs belong to other params than the current ones. */
  stale: boolean;
  error: string | null;
}

let worker: Worker | null = null;
let nextId = 0;
let clients = 0;
const getWorker = () => (worker ??= new Worker(new URL('./sgd.worker.ts', import.meta.url), { type: 'module', name: 'logit-lab-sgd' }));

const same = (a: SgdParams, b: SgdParams) => a.lr === b.lr && a.batch === b.batch;

export function useSgdRuns(params: SgdParams, epochs: number): SgdRunsState {
  const [shown, setShown] = useState<{ runs: SgdRuns; final: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [client] = useState(() => ++clients);
  const { lr, batch } = params;

  useEffect(() => {
    const id = ++nextId;
    const w = getWorker();
    const onMessage = (e: MessageEvent<SgdReply>) => {
      const r = e.data;
      if (r.id !== id) return;
      if (r.ok) {
        setError(null);
        setShown({ runs: r.runs, final: r.final });
      } else setError(r.message);
    };
    const onError = (e: ErrorEvent) => {
      worker = null; // a worker that failed to load is not reused
      setError(e.message || 'worker failed');
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, client, params: { lr, batch }, epochs } satisfies SgdRequest);
    return () => {
      w.postMessage({ client, cancel: true } satisfies SgdRequest);
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
  }, [lr, batch, epochs, client]);

  const current = shown !== null && same(shown.runs.params, params);
  return { runs: shown?.runs ?? null, final: current && (shown?.final ?? false), stale: shown !== null && !current, error };
}
