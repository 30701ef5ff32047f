import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { defaultsOf, parseParam, parseState, serializeState, type Schema, type StateOf } from './schema';
import { onWidgetCommand } from './widgetCommands';

const URL_WRITE_DELAY_MS = 300;

/**
 * Where widgets read their parameters when the page URL is not theirs (the
 * `<logit-lab-widget params="…">` custom element on someone else's page). When provided,
 * state is read from these params and never written back to the URL.
 */
export const WidgetParamsContext = createContext<URLSearchParams | null>(null);

/**
 * A widget's state, declared by its schema and mirrored in the page URL under the prefix
 * `<widgetId>.` so any state can be shared as a permalink. URL values are validated and
 * clamped on load; what had to change is returned as `notices` for the frame to show.
 * URL writes are debounced: dragging a slider must not flood the history API (browsers
 * throttle it and warn in the console).
 */
export function useWidgetState<S extends Schema>(widgetId: string, schema: S) {
  const provided = useContext(WidgetParamsContext);
  const [init] = useState(() => {
    if (provided) return parseState(schema, provided, widgetId);
    if (typeof window === 'undefined') return { state: defaultsOf(schema), notices: [] as string[] };
    return parseState(schema, new URLSearchParams(window.location.search), widgetId);
  });
  const [state, setState] = useState<StateOf<S>>(init.state);
  const [notices, setNotices] = useState<string[]>(init.notices);
  const timer = useRef<number | undefined>(undefined);
  const first = useRef(true);

  useEffect(() => {
    if (first.current || provided) {
      first.current = false;
      return;
    }
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const url = new URL(window.location.href);
      serializeState(schema, state, widgetId, url.searchParams);
      window.history.replaceState(window.history.state, '', url);
    }, URL_WRITE_DELAY_MS);
    return () => window.clearTimeout(timer.current);
  }, [state, schema, widgetId, provided]);

  // Commands from exercises/presenter steps arrive as plain values: validate them with the
  // same schema as URL input, so nothing outside the widget can put it in a bad state.
  useEffect(
    () =>
      onWidgetCommand(widgetId, (patch) => {
        const clean: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(patch)) {
          const spec = Object.prototype.hasOwnProperty.call(schema, k) ? schema[k] : undefined;
          if (!spec) continue;
          clean[k] = parseParam(k, spec, Array.isArray(v) ? v.join(',') : typeof v === 'boolean' ? (v ? '1' : '0') : String(v)).value;
        }
        setState((s) => ({ ...s, ...clean }));
        document.getElementById(widgetId)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      }),
    [widgetId, schema],
  );

  // A patch that changes nothing keeps the same state object, so React skips the render: a
  // range input reports one step twice (input, then change) and re-rendering a heavy widget
  // for the second report cost a slider step 4–8 ms.
  const set = useCallback((patch: Partial<StateOf<S>>) => setState((s) => (changes(s, patch) ? { ...s, ...patch } : s)), []);
  const reset = useCallback(() => {
    setState(defaultsOf(schema));
    setNotices([]);
  }, [schema]);
  const dismissNotices = useCallback(() => setNotices([]), []);
  return { state, set, reset, notices, dismissNotices };
}

/** Whether applying patch to state changes any value (Object.is, so NaN equals NaN, −0 ≠ 0). */
export function changes<T extends object>(state: T, patch: Partial<T>): boolean {
  return (Object.keys(patch) as (keyof T)[]).some((k) => !Object.is(state[k], patch[k]));
}
