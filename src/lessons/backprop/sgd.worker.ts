/// <reference lib="webworker" />
/**
 * The SGD widget's training, off the page: six runs of 30 epochs took about a second of the
 * main thread on the 2-core VM, every frame of it after an η key press. Trains in slices of a
 * few milliseconds and, between slices, reads its messages: a newer request (the slider moved
 * on) ends the older job there, so a drag never queues up stale runs. Posts the runs as far
 * as they got every PROGRESS_MS (a long job still shows its curves growing) and once at the end.
 */
import { sgdJob, type CurveCache, type SgdJobRequest, type SgdReply, type SgdRequest } from './sgdRuns';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const SLICE_MS = 8;
const PROGRESS_MS = 250;
const post = (m: SgdReply) => scope.postMessage(m);

const cache: CurveCache = new Map();
/** Per client (a widget on the page), the id of its latest request. */
const latest = new Map<number, number>();

// A MessageChannel ping is a task like a page message: awaiting it lets a waiting request in
// (setTimeout would be clamped to 4 ms after a few nested calls).
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const nextTask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(0);
  });

async function serve({ id, client, params, epochs }: SgdJobRequest): Promise<void> {
  const now = () => performance.now();
  const job = sgdJob(params, epochs, cache, now);
  let slice = now();
  let shown = slice;
  for (;;) {
    if (job.steps.next().done) break;
    if (now() - slice < SLICE_MS) continue;
    await nextTask();
    if (latest.get(client) !== id) return; // the page asked for something newer: this answer would be dropped
    slice = now();
    if (slice - shown >= PROGRESS_MS) {
      shown = slice;
      post({ id, ok: true, final: false, runs: job.snapshot() });
    }
  }
  post({ id, ok: true, final: true, runs: job.snapshot() });
}

scope.addEventListener('message', (e: MessageEvent<SgdRequest>) => {
  const m = e.data;
  if ('cancel' in m) {
    latest.delete(m.client);
    return;
  }
  latest.set(m.client, m.id);
  const { id } = m;
  serve(m).catch((err: unknown) => post({ id, ok: false, message: err instanceof Error ? err.message : String(err) }));
});
