import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Widget, WidgetPatch } from '../widgets/widget';
import { checkValue, defaultsOf, parseState, serializeState, type ParamNotice, type Schema, type StateOf } from './schema';
import { fitParams, setTooLongForLink } from './linkBudget';

/**
 * Every widget's state in one store, keyed by widget id. A widget that has not mounted yet
 * simply finds its state here when it does (a presenter step or an exercise reveal can set it
 * first). The page URL is one debounced subscriber of the store; an embed's store is filled
 * from its own params and never writes a URL. Pure of React: the hook is a thin binding.
 */
export interface WidgetEntry {
  state: Record<string, unknown>;
  /** What had to be corrected in the URL's values, shown by the frame until dismissed. */
  notices: readonly ParamNotice[];
}

interface States {
  entries: Readonly<Record<string, WidgetEntry>>;
}

export interface WidgetStore {
  readonly api: StoreApi<States>;
  /** The entry of `w`, created from the store's params (validated, clamped) on first use. */
  entry(w: Widget): WidgetEntry;
  /** Merges a (typed) patch; values outside the schema are clamped, unknown keys ignored. */
  set(patch: WidgetPatch): void;
  reset(w: Widget): void;
  dismissNotices(w: Widget): void;
  /** The declared widget with this id, once its state has been used. */
  widget(id: string): Widget | undefined;
}

/** A store reading initial state from `params()`. */
export function createWidgetStore(params: () => URLSearchParams): WidgetStore {
  const api = createStore<States>(() => ({ entries: {} }));
  const known = new Map<string, Widget>();
  // First reads live outside the zustand state: creating one inside a render must not notify
  // subscribers. The state holds an entry from its first change on.
  const initial = new Map<string, WidgetEntry>();
  const put = (id: string, e: WidgetEntry) => api.setState((s) => ({ entries: { ...s.entries, [id]: e } }));
  function entry(w: Widget): WidgetEntry {
    const seen = known.get(w.id);
    if (seen && seen !== w) throw new Error(`two widgets share the id “${w.id}”`);
    known.set(w.id, w);
    const have = api.getState().entries[w.id] ?? initial.get(w.id);
    if (have) return have;
    const parsed = parseState(w.schema, params(), w.id);
    const e: WidgetEntry = { state: parsed.state, notices: parsed.notices };
    initial.set(w.id, e);
    return e;
  }
  return {
    api,
    entry,
    set({ widget: w, values }) {
      const e = entry(w);
      let next: Record<string, unknown> | null = null;
      for (const [k, v] of Object.entries(values)) {
        if (!Object.prototype.hasOwnProperty.call(w.schema, k)) continue;
        const clean = checkValue(w.schema[k], v);
        // A patch that changes nothing keeps the same state object, so React skips the
        // render: a range input reports each step twice (input, then change), and re-rendering
        // a heavy widget for the second report cost a slider step 4–8 ms.
        if (!Object.is(clean, e.state[k]) && !(Array.isArray(clean) && sameArray(clean, e.state[k]))) (next ??= { ...e.state })[k] = clean;
      }
      if (next) put(w.id, { ...e, state: next });
    },
    reset: (w) => put(w.id, { state: defaultsOf(w.schema), notices: [] }),
    dismissNotices: (w) => put(w.id, { ...entry(w), notices: [] }),
    widget: (id) => known.get(id),
  };
}

function sameArray(a: readonly unknown[], b: unknown): boolean {
  return Array.isArray(b) && a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
}

const URL_WRITE_DELAY_MS = 300;

/**
 * Mirrors changed widget states into the page URL under `<id>.<key>`, debounced: dragging a
 * slider must not flood the history API (browsers throttle it and warn in the console).
 * Only widgets whose state changed since load are written, so a visit leaves the URL alone.
 * Long lists are packed and an over-long link is trimmed (./linkBudget.ts); packing is
 * asynchronous, so each write re-reads the URL when it lands and a newer write supersedes it.
 */
export function mirrorToUrl(store: WidgetStore): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const touched = new Set<string>();
  async function write() {
    const mine = ++generation;
    const wanted = new Map<string, string | null>();
    const owner = new Map<string, string>();
    for (const id of touched) {
      const w = store.widget(id);
      const e = store.api.getState().entries[id];
      if (!w || !e) continue;
      const params = serializeState(w.schema, e.state as StateOf<Schema>, id);
      for (const key of Object.keys(w.schema)) {
        wanted.set(`${id}.${key}`, params.get(`${id}.${key}`));
        owner.set(`${id}.${key}`, id);
      }
    }
    const base = new URL(window.location.href);
    for (const name of wanted.keys()) base.searchParams.delete(name);
    const { values, dropped } = await fitParams(wanted, base.href.length);
    if (mine !== generation) return;
    const url = new URL(window.location.href);
    for (const [name, v] of values) {
      if (v === null) url.searchParams.delete(name);
      else url.searchParams.set(name, v);
    }
    window.history.replaceState(window.history.state, '', url);
    setTooLongForLink(dropped.map((name) => owner.get(name) ?? ''));
  }
  const unsubscribe = store.api.subscribe((now, before) => {
    let changed = false;
    for (const [id, e] of Object.entries(now.entries)) {
      if (before.entries[id]?.state !== e.state) {
        touched.add(id);
        changed = true;
      }
    }
    if (!changed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void write(), URL_WRITE_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
