import { widgetIndex } from 'virtual:widget-index';
import type { Widget } from '../components/widgets/widget';
import type { WidgetStore } from '../components/state/widgetStore';
import { readCommand, stateMessage, type EmbedCommand } from './messages';

/** Quiet time after the last change before the state is reported (a slider drag is many changes). */
export const REPORT_DELAY_MS = 150;
/** Commands kept (the latest) while the widget's code loads. */
const MAX_PENDING = 32;

/**
 * Lets the page that frames an iframe embed drive its widget and hear back (protocol in
 * messages.ts and README.md): commands are read only from our parent window, go through the
 * widget store (which validates every value against the schema, as for URL parameters), and
 * every change of the widget's state is reported to the parent, debounced.
 *
 * Origins: with `?parent=<origin>` only that origin is answered and posted to. Without it any
 * parent may command the widget (an embed is public, and a command can change nothing but this
 * widget's state); reports then go to the origin of the parent's last command, or to '*' until
 * it has sent one. A report carries the widget id and its state only, never a URL.
 */
export function listenToParent(id: string, loadStore: () => Promise<WidgetStore>, parentOrigin: string | null): void {
  if (window.parent === window) return;
  const entry = Object.prototype.hasOwnProperty.call(widgetIndex, id) ? widgetIndex[id] : undefined;
  if (!entry) return;
  let widget: Widget | undefined;
  let store: WidgetStore | undefined;
  const pending: EmbedCommand[] = [];
  let target = parentOrigin ?? '*';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const report = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!widget || !store) return;
    const state = store.api.getState().entries[id]?.state ?? store.entry(widget).state;
    window.parent.postMessage(stateMessage(id, state), target);
  };
  const reportSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(report, REPORT_DELAY_MS);
  };
  const run = (s: WidgetStore, w: Widget, c: EmbedCommand) => {
    if (c.kind === 'set') {
      s.set({ widget: w, values: c.values });
      reportSoon(); // also when nothing changed: the sender learns what was kept
    } else if (c.kind === 'reset') {
      s.reset(w);
    } else {
      report();
    }
  };

  window.addEventListener('message', (e: MessageEvent<unknown>) => {
    if (e.source !== window.parent) return;
    if (parentOrigin && e.origin !== parentOrigin) return;
    const command = readCommand(e.data, id);
    if (!command) return;
    // Answer the asker's origin; an opaque origin ('null': sandboxed, file://) can only get '*'.
    if (!parentOrigin) target = e.origin && e.origin !== 'null' ? e.origin : '*';
    if (store && widget) run(store, widget, command);
    else if (pending.push(command) > MAX_PENDING) pending.shift();
  });

  // The store and the widget's declaration load with the widget's own code (the same chunks),
  // so the page's entry stays small; commands wait for them in `pending`.
  void Promise.all([loadStore(), entry.load()]).then(
    ([s, w]: [WidgetStore, Widget | undefined]) => {
      if (!w) return;
      store = s;
      widget = w;
      s.api.subscribe((now, before) => {
        if (now.entries[id]?.state !== before.entries[id]?.state) reportSoon();
      });
      for (const c of pending.splice(0)) run(s, w, c);
      reportSoon(); // the first report says the widget is ready to be driven
    },
    () => undefined, // the page shows the loading error; there is nothing to drive
  );
}
