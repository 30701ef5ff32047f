/**
 * The digit lab's side of its worker: load on request, (re)train whenever the config changes,
 * collect the per-epoch evaluations. The page only receives small messages: no main-thread
 * work grows with the data.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { DigitConfig } from './digits';
import type { DigitPoint, FromDigitsWorker, ToDigitsWorker, WrongDigit } from './digitsProtocol';
import { DIGITS_ASSET } from './digitsAsset';

export type DigitPhase = 'idle' | 'loading' | 'training' | 'done' | 'diverged' | 'error';

export interface DigitsState {
  /** The run these results belong to (config and restart count). */
  key: string;
  phase: DigitPhase;
  points: DigitPoint[];
  wrong: WrongDigit[];
  wrongCount: number;
  images: Uint8Array;
  error: string | null;
}

const EMPTY: DigitsState = { key: '', phase: 'idle', points: [], wrong: [], wrongCount: 0, images: new Uint8Array(0), error: null };

export function useDigits(cfg: DigitConfig, epochs: number) {
  const worker = useRef<Worker | null>(null);
  const current = useRef('');
  const [loaded, setLoaded] = useState(false);
  const [again, setAgain] = useState(0);
  const [st, setSt] = useState<DigitsState>(EMPTY);
  const { hidden, optimizer, learningRate, batchSize, seed } = cfg;
  const key = `${hidden}|${optimizer}|${learningRate}|${batchSize}|${seed}|${epochs}|${again}`;

  useEffect(() => () => worker.current?.terminate(), []);

  const load = useCallback(() => {
    if (worker.current) return;
    const w = new Worker(new URL('./digits.worker.ts', import.meta.url), { type: 'module', name: 'logit-lab-digits' });
    worker.current = w;
    setSt({ ...EMPTY, phase: 'loading' });
    w.onerror = (e) => setSt((s) => ({ ...s, phase: 'error', error: e.message || 'the digit worker failed to start' }));
    w.onmessage = (ev: MessageEvent<FromDigitsWorker>) => {
      const m = ev.data;
      if (m.kind === 'loaded') setLoaded(true);
      else if (m.kind === 'error') setSt((s) => ({ ...s, key: current.current, phase: 'error', error: m.message }));
      else if (m.runId !== current.current) return; // a message from a run we replaced
      else if (m.kind === 'epoch') {
        // A transition: React renders the three plots in interruptible slices, so an epoch's
        // update never becomes one long main-thread task.
        startTransition(() =>
          setSt((s) => {
            const base = s.key === m.runId ? s : { ...EMPTY, key: m.runId, phase: 'training' as const };
            return { ...base, points: [...base.points, m.point], wrong: m.wrong, wrongCount: m.wrongCount, images: m.images };
          }),
        );
      } else setSt((s) => ({ ...(s.key === m.runId ? s : { ...EMPTY, key: m.runId }), phase: m.diverged ? 'diverged' : 'done' }));
    };
    // Our own origin, relative to the app's base: never the internet.
    const msg: ToDigitsWorker = { kind: 'load', url: new URL(DIGITS_ASSET.path, new URL(import.meta.env.BASE_URL, location.href)).href };
    w.postMessage(msg);
  }, []);

  useEffect(() => {
    if (!loaded) return;
    current.current = key;
    const msg: ToDigitsWorker = { kind: 'train', runId: key, cfg: { hidden, optimizer, learningRate, batchSize, seed }, epochs };
    worker.current?.postMessage(msg);
  }, [loaded, key, hidden, optimizer, learningRate, batchSize, seed, epochs]);

  const stop = useCallback(() => {
    const msg: ToDigitsWorker = { kind: 'stop' };
    worker.current?.postMessage(msg);
    setSt((s) => ({ ...s, key: current.current, phase: 'done' }));
  }, []);
  const restart = useCallback(() => setAgain((k) => k + 1), []);
  // Before the new run's first epoch arrives, show it as started with nothing to plot yet.
  const view: DigitsState = !loaded || st.key === key ? st : { ...EMPTY, key, phase: 'training' };
  return { ...view, loaded, load, stop, restart };
}
