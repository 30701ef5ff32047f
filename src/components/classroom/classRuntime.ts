import { create } from 'zustand';
import { parseState, type Schema } from '../state/schema';
import type { Widget, WidgetPatch } from '../widgets/widget';
import { hasClassParams, NO_CLASS, readClassParams, type ClassParams } from './classConfig';

/**
 * The class setup of the page being viewed, read from the URL the page was opened with. The
 * URL's class parameters never change while a page is open (the widget mirror only writes
 * `<id>.<key>`), but its widget values do: the link's starting state is captured on first
 * read so Reset goes back to what the instructor chose, not to the schema's defaults.
 */
interface Opened {
  path: string;
  search: string;
  params: ClassParams;
}
let opened: Opened | null = null;

function current(): Opened | null {
  if (typeof window === 'undefined') return null;
  const path = window.location.pathname;
  if (opened?.path !== path) {
    const search = window.location.search;
    const p = new URLSearchParams(search);
    opened = { path, search, params: hasClassParams(p) ? readClassParams(p) : NO_CLASS };
  }
  return opened;
}

export function classParams(): ClassParams {
  return current()?.params ?? NO_CLASS;
}

/** The URL this page was opened with (its class and widget parameters). */
export function openedSearch(): URLSearchParams {
  return new URLSearchParams(current()?.search ?? '');
}

export function isClassMode(): boolean {
  const p = classParams();
  return p !== NO_CLASS;
}

export type Access = 'open' | 'locked' | 'hidden';

export function accessOf(widgetId: string, key: string): Access {
  const p = classParams();
  const name = `${widgetId}.${key}`;
  if (p.hide.includes(name)) return 'hidden';
  return p.lock.includes(name) ? 'locked' : 'open';
}

/** A widget's own change without the parameters the class link hides or locks. */
export function withoutLocked(widgetId: string, values: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const p = classParams();
  if (p.hide.length === 0 && p.lock.length === 0) return values;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (accessOf(widgetId, k) === 'open') out[k] = v;
  return out;
}

/** In class mode, the widget's state as the link set it (for Reset); otherwise null. */
export function classPreset<S extends Schema>(w: Widget<S>): WidgetPatch | null {
  if (!isClassMode()) return null;
  return { widget: w as unknown as Widget, values: parseState(w.schema, openedSearch(), w.id).state };
}

/**
 * Which widget parameter a control sets, found by calling its change handler once with its
 * own value while `useWidget`'s setters only record what they were asked to set. This binds
 * every Slider, field and toggle to its parameter with no per-widget code.
 */
export interface Binding {
  widget: string;
  key: string;
}
let sink: Binding[] | null = null;

export function probeBinding(call: () => void): Binding | null {
  const got: Binding[] = [];
  sink = got;
  try {
    call();
  } catch {
    // a handler that cannot run with its own value binds to nothing: it stays as it is
  } finally {
    sink = null;
  }
  return got[0] ?? null;
}

/** Called by useWidget's setter: true while probing (the change is recorded, not applied). */
export function recordProbe(widgetId: string, values: Readonly<Record<string, unknown>>): boolean {
  if (!sink) return false;
  for (const key of Object.keys(values)) sink.push({ widget: widgetId, key });
  return true;
}

/** The lesson's exercises as its lists declared them (for the customize dialog). */
export interface ExerciseInfo {
  id: string;
  question: string;
}
interface Registry {
  exercises: Readonly<Record<string, readonly ExerciseInfo[]>>;
  /** Counts widget frames mounting: a lesson's widgets may mount after its first render (nested Suspense). */
  frames: number;
}
export interface RegisteredControl {
  label: string;
  probe: () => Binding | null;
}

export const useClassRegistry = create<Registry>(() => ({ exercises: {}, frames: 0 }));

/** Called by WidgetFrame on mount, so a class link's check sees every widget (only on class links). */
export function noteFrameMounted(): void {
  if (isClassMode()) useClassRegistry.setState((s) => ({ frames: s.frames + 1 }));
}

/** Controls on the page, each able to say which parameter it sets (read when the dialog opens). */
const controls = new Set<RegisteredControl>();

export function pageControls(): readonly RegisteredControl[] {
  return [...controls];
}

export function registerExercises(lesson: string, list: readonly ExerciseInfo[]): void {
  const have = useClassRegistry.getState().exercises[lesson];
  if (have && have.length === list.length && have.every((e, i) => e.id === list[i].id && e.question === list[i].question)) return;
  useClassRegistry.setState((s) => ({ exercises: { ...s.exercises, [lesson]: list } }));
}

export function registerControl(c: RegisteredControl): () => void {
  controls.add(c);
  return () => {
    controls.delete(c);
  };
}
