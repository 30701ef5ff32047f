import type { JobReply } from '../../workers/jobWorker';
import { checkPointsCsv, type PointsVerdict } from './points';

/** Texts up to this long parse inline (a few hundred points: well under a millisecond per kilobyte). */
const INLINE_CHARS = 20_000;

let worker: Worker | null = null;
let nextId = 0;
const waiting = new Map<number, (v: PointsVerdict) => void>();

function pointsWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./points.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<JobReply<PointsVerdict>>) => {
      const done = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      // checkPointsCsv is total; a thrown error here would be a bug, reported as an empty paste.
      done?.(e.data.ok ? e.data.value : { ok: false, key: 'paste.empty', params: {} });
    });
  }
  return worker;
}

/** The verdict on pasted text: inline when short, on a worker when long, so the page stays responsive. */
export function readPoints(text: string): Promise<PointsVerdict> {
  if (text.length <= INLINE_CHARS || typeof Worker === 'undefined') return Promise.resolve(checkPointsCsv(text));
  const id = ++nextId;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    pointsWorker().postMessage({ id, params: text });
  });
}
