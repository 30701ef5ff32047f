/**
 * Synthesis results of this page visit, shared by the workbench (one design at a time) and
 * the Pareto plot (its synthesized area axis). Designs queue for one Yosys worker, created
 * on the first request — never on page load. Keyed by designKey (method, resolved config,
 * format), so the two widgets find each other's results.
 */
import { create } from 'zustand';
import type { SynthReport } from '../../engine';
import { designKey, type HdlParams } from './hdl';
import type { FromYosys, SynthStage, ToYosys } from './yosysProtocol';

export type SynthEntry =
  | { status: 'queued'; params: HdlParams }
  | { status: 'running'; params: HdlParams; stage: SynthStage; pass: string | null; startedAt: number }
  | { status: 'done'; params: HdlParams; report: SynthReport; seconds: number }
  | { status: 'error'; params: HdlParams; message: string };

interface SynthState {
  entries: Record<string, SynthEntry>;
  /** Whether Yosys has been downloaded in this visit (the button then no longer warns of it). */
  loaded: boolean;
}

export const useSynth = create<SynthState>(() => ({ entries: {}, loaded: false }));

let worker: Worker | null = null;
let running: { id: number; key: string } | null = null;
let nextId = 1;

const setEntry = (key: string, entry: SynthEntry) => useSynth.setState((s) => ({ entries: { ...s.entries, [key]: entry } }));

function startNext(): void {
  if (running) return;
  const next = Object.entries(useSynth.getState().entries).find(([, e]) => e.status === 'queued');
  if (!next) return;
  const [key, entry] = next;
  const id = nextId++;
  running = { id, key };
  setEntry(key, { status: 'running', params: entry.params, stage: 'generate', pass: null, startedAt: performance.now() });
  ensureWorker().postMessage({ id, params: entry.params } satisfies ToYosys);
}

function finish(entry: SynthEntry): void {
  if (!running) return;
  setEntry(running.key, entry);
  running = null;
  startNext();
}

function ensureWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./yosys.worker.ts', import.meta.url), { type: 'module', name: 'logit-lab-yosys' });
  w.onmessage = (ev: MessageEvent<FromYosys>) => {
    const m = ev.data;
    if (!running || m.id !== running.id) return;
    const current = useSynth.getState().entries[running.key];
    if (!current) return;
    if (m.kind === 'progress') {
      if (m.stage === 'run' && !useSynth.getState().loaded) useSynth.setState({ loaded: true });
      setEntry(running.key, { status: 'running', params: current.params, stage: m.stage, pass: m.pass, startedAt: current.status === 'running' ? current.startedAt : performance.now() });
    } else if (m.kind === 'done') finish({ status: 'done', params: current.params, report: m.report, seconds: m.seconds });
    else finish({ status: 'error', params: current.params, message: m.message });
  };
  w.onerror = (ev) => {
    // A worker that failed (load error, out of memory) is dropped; the next request makes a new one.
    worker = null;
    w.terminate();
    const current = running && useSynth.getState().entries[running.key];
    if (current) finish({ status: 'error', params: current.params, message: ev.message || 'the Yosys worker stopped' });
  };
  worker = w;
  return w;
}

/** Queues a design unless it is already queued, running or done; a failed one is retried. */
export function requestSynth(params: HdlParams): string {
  const key = designKey(params.method, params.config, params.format);
  const e = useSynth.getState().entries[key];
  if (!e || e.status === 'error') {
    setEntry(key, { status: 'queued', params });
    startNext();
  }
  return key;
}

/** Drops every queued design (the one running finishes). */
export function cancelQueued(): void {
  useSynth.setState((s) => ({ entries: Object.fromEntries(Object.entries(s.entries).filter(([, e]) => e.status !== 'queued')) }));
}
