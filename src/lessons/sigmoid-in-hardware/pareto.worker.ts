/// <reference lib="webworker" />
/**
 * The Pareto sweep off the main thread (see useSweep): 39 designs × 801 inputs through the
 * fixed-point emulators took 25–45 ms per format on the 2-core VM, all of it after every
 * key press on a format slider.
 *
 * Speaks jobWorker's protocol ({id, params} in, {id, ok, value | message} out), but answers
 * only the newest request waiting when it gets to work: a drag queues one request per
 * pointer move, and the page keeps only the answer to its latest id anyway, so computing
 * the ones in between would only delay that answer.
 */
import type { JobReply, JobRequest } from '../../workers/jobWorker';
import { sweep, type SweepPoint } from './pareto';
import type { SweepParams } from './useSweep';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let waiting: JobRequest<SweepParams> | null = null;

function run(): void {
  const req = waiting;
  waiting = null;
  if (!req) return;
  let reply: JobReply<SweepPoint[]>;
  try {
    reply = { id: req.id, ok: true, value: sweep(req.params.fmt) };
  } catch (err) {
    reply = { id: req.id, ok: false, message: err instanceof Error ? err.message : String(err), range: err instanceof RangeError };
  }
  scope.postMessage(reply);
}

scope.addEventListener('message', (e: MessageEvent<JobRequest<SweepParams>>) => {
  // Messages already queued behind this one run before a 0 ms timer, so they replace it.
  if (!waiting) setTimeout(run, 0);
  waiting = e.data;
});
