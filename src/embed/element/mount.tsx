import { StrictMode, Suspense } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import i18next from '../../i18n';
import appCss from '../../app/styles.css?inline';
import { adoptCss, attachStyles, detachStyles } from './styles';
import { hostCss } from './hostCss';
import { ElementApp } from './ElementApp';

/**
 * Everything behind `<logit-lab-widget>` (React, i18n, styles), loaded by the tiny entry
 * (src/embed/element.tsx) as one lazy chunk. One React root per element, in its shadow root.
 */
adoptCss(appCss);
adoptCss(hostCss);

const roots = new WeakMap<HTMLElement, Root>();
let languageChosen = false;

/**
 * i18next is one instance per page, so all elements share a language: the first element with
 * a `lang` attribute picks it; changing an element's `lang` later switches them all.
 */
export function applyLanguage(lang: string | null, explicitChange = false): void {
  if (lang !== 'en' && lang !== 'zh') return;
  if (languageChosen && !explicitChange) return;
  languageChosen = true;
  if (i18next.language !== lang) void i18next.changeLanguage(lang);
}

function render(el: HTMLElement, root: Root, appRoot: string): void {
  root.render(
    <StrictMode>
      <Suspense fallback={null}>
        <ElementApp name={el.getAttribute('name') ?? ''} params={el.getAttribute('params') ?? ''} appRoot={appRoot} />
      </Suspense>
    </StrictMode>,
  );
}

export function connect(el: HTMLElement, appRoot: string): void {
  const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  attachStyles(shadow);
  applyLanguage(el.getAttribute('lang'));
  let root = roots.get(el);
  if (!root) {
    shadow.querySelectorAll('[data-ll-mount], [data-ll-fallback]').forEach((n) => n.remove());
    const mount = document.createElement('div');
    mount.dataset.llMount = '';
    shadow.append(mount);
    root = createRoot(mount);
    roots.set(el, root);
  }
  render(el, root, appRoot);
}

export function update(el: HTMLElement, appRoot: string, attribute: string): void {
  if (attribute === 'lang') applyLanguage(el.getAttribute('lang'), true);
  const root = roots.get(el);
  if (root) render(el, root, appRoot);
}

/** Unmounts once the element has really left the page (a move is a disconnect + connect). */
export function disconnect(el: HTMLElement): void {
  queueMicrotask(() => {
    if (el.isConnected) return;
    roots.get(el)?.unmount();
    roots.delete(el);
    if (el.shadowRoot) detachStyles(el.shadowRoot);
  });
}
