import { createContext, useCallback, useContext } from 'react';
import { useStore } from 'zustand';
import type { PatchOf, Widget, WidgetPatch } from '../widgets/widget';
import type { Schema, StateOf } from './schema';
import { createWidgetStore, mirrorToUrl, type WidgetStore } from './widgetStore';
import { classPreset, recordProbe, withoutLocked } from '../classroom/classRuntime';

/**
 * The store a widget reads: the page's (URL in, URL out) unless a host provides its own —
 * a `<logit-lab-widget params="…">` element on someone else's page reads its params
 * attribute and never writes the host's URL.
 */
export const WidgetStoreContext = createContext<WidgetStore | null>(null);

let page: WidgetStore | undefined;

/** The page's widget store, created on first use; its changes go to the URL. */
export function pageWidgetStore(): WidgetStore {
  if (!page) {
    const browser = typeof window !== 'undefined';
    page = createWidgetStore(() => new URLSearchParams(browser ? window.location.search : ''));
    if (browser) mirrorToUrl(page);
  }
  return page;
}

/** Sets part of a widget's state from outside it (presenter step, exercise reveal) and shows it. */
export function showWidgetState(patch: WidgetPatch): void {
  pageWidgetStore().set(patch);
  if (typeof document !== 'undefined') document.getElementById(patch.widget.id)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

/** A widget's state and its setters: React's thin binding to the widget store. */
export function useWidget<S extends Schema>(w: Widget<S>) {
  const store = useContext(WidgetStoreContext) ?? pageWidgetStore();
  const entry = useStore(store.api, (s) => s.entries[w.id] ?? store.entry(w));
  // The widget's own controls: a class link's hidden and locked parameters stay as the link
  // set them (steps and reveals go through showWidgetState and still move them); while the
  // customize dialog probes which parameter a control sets, nothing is applied.
  const set = useCallback((values: PatchOf<S>) => {
    if (recordProbe(w.id, values)) return;
    store.set({ widget: w as unknown as Widget, values: withoutLocked(w.id, values) });
  }, [store, w]);
  // In class mode Reset returns to the link's starting state, not the schema's defaults.
  const reset = useCallback(() => {
    store.reset(w);
    const preset = classPreset(w);
    if (preset) store.set(preset);
  }, [store, w]);
  const dismissNotices = useCallback(() => store.dismissNotices(w), [store, w]);
  return { state: entry.state as StateOf<S>, set, reset, notices: entry.notices, dismissNotices };
}
