import { useSyncExternalStore } from 'react';

/**
 * A minimal history-API router: the app has two kinds of page (home, lesson), so a
 * dependency would buy nothing. Links call `navigate`; back/forward fire popstate.
 */
const listeners = new Set<() => void>();

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  window.addEventListener('popstate', cb);
  return () => {
    listeners.delete(cb);
    window.removeEventListener('popstate', cb);
  };
}

function snapshot(): string {
  return window.location.pathname;
}

export function navigate(to: string): void {
  if (to === window.location.pathname + window.location.search) return;
  window.history.pushState(null, '', to);
  listeners.forEach((l) => l());
  window.scrollTo(0, 0);
}

/** The page a build-time render is for (src/prerender/renderPage.tsx); in the browser the
 * "server" snapshot is read while hydrating, so it must be the page's own path there too. */
let renderedPath = '/';
export function setRenderedPath(pathname: string): void {
  renderedPath = pathname;
}
const serverSnapshot = () => (typeof window === 'undefined' ? renderedPath : window.location.pathname);

export function usePathname(): string {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}

export type Route = { kind: 'home' } | { kind: 'lesson'; slug: string } | { kind: 'notFound'; path: string };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/index.html') return { kind: 'home' };
  const m = /^\/lessons\/([a-z0-9-]+)$/.exec(path);
  if (m) return { kind: 'lesson', slug: m[1] };
  return { kind: 'notFound', path };
}
