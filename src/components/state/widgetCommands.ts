/**
 * A tiny bus that lets something outside a widget (an exercise's "show me", a presenter
 * step) set part of that widget's state without knowing its component or store.
 */
type Listener = (patch: Record<string, unknown>) => void;
const listeners = new Map<string, Set<Listener>>();

export function onWidgetCommand(widgetId: string, listener: Listener): () => void {
  let set = listeners.get(widgetId);
  if (!set) listeners.set(widgetId, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export function sendWidgetCommand(widgetId: string, patch: Record<string, unknown>): boolean {
  const set = listeners.get(widgetId);
  if (!set || set.size === 0) return false;
  set.forEach((l) => l(patch));
  return true;
}
