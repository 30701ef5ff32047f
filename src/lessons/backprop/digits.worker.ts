/// <reference lib="webworker" />
/**
 * The digit lab's worker: fetches the digit file from our own origin when the reader asks,
 * decodes it and trains the 784-50-100-10 network in 15 ms slices (so a stop message is seen
 * quickly), posting an evaluation after every epoch. Nothing heavy runs on the page.
 */
import { parseDigits, type DigitSet } from './digits';
import type { FromDigitsWorker, ToDigitsWorker } from './digitsProtocol';
import { createDigitRun, type DigitRun } from './digitsRun';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromDigitsWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
const SLICE_MS = 15;

let set: DigitSet | null = null;
let run: { id: string; run: DigitRun; epochs: number } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function tick(): void {
  timer = null;
  const r = run;
  if (!r) return;
  try {
    if (r.run.slice(SLICE_MS, () => performance.now())) {
      const ev = r.run.evaluate();
      post({ kind: 'epoch', runId: r.id, ...ev }, [ev.images.buffer]);
      const diverged = !Number.isFinite(ev.point.trainLoss);
      if (diverged || ev.point.epoch >= r.epochs) {
        post({ kind: 'done', runId: r.id, diverged });
        run = null;
        return;
      }
    }
  } catch (e) {
    post({ kind: 'error', message: message(e) });
    run = null;
    return;
  }
  timer = setTimeout(tick, 0);
}

scope.addEventListener('message', (ev: MessageEvent<ToDigitsWorker>) => {
  const m = ev.data;
  if (m.kind === 'load') {
    fetch(m.url)
      .then((res) => {
        if (!res.ok) throw new Error(`could not load ${m.url}: HTTP ${res.status}`);
        return res.arrayBuffer();
      })
      .then((buf) => {
        set = parseDigits(buf);
        post({ kind: 'loaded', nTrain: set.train.y.length, nTest: set.test.y.length });
      })
      .catch((e: unknown) => post({ kind: 'error', message: message(e) }));
  } else if (m.kind === 'train') {
    if (!set) return post({ kind: 'error', message: 'the digits are not loaded yet' });
    try {
      run = { id: m.runId, run: createDigitRun(set, m.cfg), epochs: m.epochs };
    } catch (e) {
      post({ kind: 'error', message: message(e) });
      return;
    }
    if (timer === null) timer = setTimeout(tick, 0);
  } else {
    run = null;
  }
});
