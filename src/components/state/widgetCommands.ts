/**
 * A tiny bus that lets something outside a widget (an exercise's "show me", a presenter
 * step) set part of that widget's state without knowing its component or store.
 * A command sent before its widget has mounted (a lesson still loading, `?present` on
 * first load) is kept briefly and delivered when the widget subscribes.
 */
type Listener = (patch: Record<string, unknown>) => void;
const listeners = new Map<string, Set<Listener>>();
const pending = new Map<string, { patch: Record<string, unknown>; at: number }>();
const PENDING_MS = 5000;

export function onWidgetCommand(widgetId: string, listener: Listener): () => void {
  let set = listeners.get(widgetId);
  if (!set) listeners.set(widgetId, (set = new Set()));
  set.add(listener);
  const waiting = pending.get(widgetId);
  if (waiting) {
    pending.delete(widgetId);
    if (Date.now() - waiting.at < PENDING_MS) listener(waiting.patch);
  }
  return () => set.delete(listener);
}

/** Returns true when a mounted widget received the command now; false when it was queued. */
export function sendWidgetCommand(widgetId: string, patch: Record<string, unknown>): boolean {
  const set = listeners.get(widgetId);
  if (!set || set.size === 0) {
    pending.set(widgetId, { patch, at: Date.now() });
    return false;
  }
  set.forEach((l) => l(patch));
  return true;
}
