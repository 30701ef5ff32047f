/**
 * `dist/embed/logit-lab.js`: the script-tag build (vite.embed.config.ts). Defines
 *
 *   <logit-lab-widget name="gallery" params="gallery.pick=gelu&gallery.eps=0.001" theme="dark" lang="zh">
 *
 * as normal flow content with its own shadow root (styles in, host styles out). This entry
 * stays tiny and imports nothing shared: the element is defined at once and the rest
 * (React, i18n, styles, then the one widget named) loads as chunks next to this file,
 * resolved against this script's URL, not the host page's.
 *   name    widget id (unknown → a visible message)
 *   params  the widget's state, in its permalink syntax (`<id>.<param>=…&…`)
 *   theme   light | dark (default: the reader's system setting)
 *   lang    en | zh — one language per page: the first element with `lang` decides
 */
type MountModule = typeof import('./element/mount');

const TAG = 'logit-lab-widget';
// The folder above /embed/: Logit Lab's site root, for the links back to the lessons.
const appRoot = new URL(/* @vite-ignore */ '../', import.meta.url).href;
let mountModule: Promise<MountModule> | undefined;
const load = () => (mountModule ??= import('./element/mount'));

/** If even the chunks cannot load (offline, CORS…), say so instead of leaving a blank box. */
function showLoadError(el: HTMLElement, error: unknown): void {
  const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  const p = document.createElement('p');
  p.dataset.llFallback = '';
  p.setAttribute('role', 'alert');
  p.style.cssText = 'all: initial; display: block; font: 15px/1.5 system-ui, sans-serif; color: #a61b1b; border-left: 4px solid currentColor; padding: 8px 12px;';
  p.textContent = `Logit Lab could not load this widget (${error instanceof Error ? error.message : String(error)}).`;
  shadow.replaceChildren(p);
}

class LogitLabWidgetElement extends HTMLElement {
  static readonly observedAttributes = ['name', 'params', 'lang'];
  // Attribute callbacks also fire for the initial attributes when the element is upgraded,
  // before it is connected: those are read by connect(), not treated as changes.
  #connected = false;

  connectedCallback(): void {
    this.#connected = true;
    load().then(
      (m) => {
        if (this.isConnected) m.connect(this, appRoot);
      },
      (e: unknown) => showLoadError(this, e),
    );
  }

  disconnectedCallback(): void {
    this.#connected = false;
    void load().then((m) => m.disconnect(this));
  }

  attributeChangedCallback(attribute: string, before: string | null, after: string | null): void {
    if (before === after || !this.#connected) return;
    void load().then((m) => m.update(this, appRoot, attribute));
  }
}

if (typeof window !== 'undefined' && typeof customElements !== 'undefined' && !customElements.get(TAG)) {
  customElements.define(TAG, LogitLabWidgetElement);
  void load().catch(() => undefined); // start fetching now; connectedCallback reports failures
}
