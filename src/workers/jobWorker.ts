/// <reference lib="webworker" />
/**
 * A worker that runs one pure function of a lesson, for results too slow to compute on a key
 * press (saturation's depth chain: 50 layers × 64 units × 64 examples took 101 ms on the 2-core
 * VM). The page side is src/components/useOffThread.ts; messages are {id, params} in and
 * {id, ok, value | message} out, and the page keeps only the answer to its latest id.
 */
export type JobRequest<P> = { id: number; params: P };
export type JobReply<R> = { id: number; ok: true; value: R } | { id: number; ok: false; message: string; range: boolean };

export function serveJob<P, R>(compute: (params: P) => R): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  scope.addEventListener('message', (e: MessageEvent<JobRequest<P>>) => {
    const { id, params } = e.data;
    let reply: JobReply<R>;
    try {
      reply = { id, ok: true, value: compute(params) };
    } catch (err) {
      reply = { id, ok: false, message: err instanceof Error ? err.message : String(err), range: err instanceof RangeError };
    }
    scope.postMessage(reply);
  });
}
