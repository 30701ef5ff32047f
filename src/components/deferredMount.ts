/**
 * When each deferred widget mounts (see DeferredWidget.tsx and build/remarkDeferWidgets.ts):
 * - as the reader approaches it (an IntersectionObserver one viewport ahead);
 * - otherwise in the background once the reader starts reading (the first scroll, key or
 *   pointer press) and the page is idle: one widget per idle callback in page order, each
 *   mount its own task, so a fast scroll rarely meets a placeholder. Loading alone mounts
 *   only what is on or near the first screen: that is what a phone pays for before it can
 *   respond (Lighthouse's TBT);
 * - when the URL's #fragment names an element not on the page yet;
 * - all at once before printing and when asked (`mountAllDeferred`, or the DOM event
 *   `logit-lab:mount-all` on document, for tools that print or screenshot a whole lesson).
 */
import { flushSync } from 'react-dom';

export const MOUNT_ALL_EVENT = 'logit-lab:mount-all';


interface Entry {
  el: Element;
  mount: () => void;
}

const pending = new Set<Entry>();
let everything = false;
let observer: IntersectionObserver | null = null;
let background: 'idle' | 'waiting' | 'running' = 'idle';

export const everythingMounted = (): boolean => everything;

let painted = false;
/**
 * Says the page on screen is the build's prerendered HTML, placeholders and all (main.tsx,
 * before hydrating): a first-screen widget is then already a painted placeholder, so mounting
 * it can wait for a transition (rendered in slices) instead of a synchronous render inside the
 * hydration's commit — on a 4× slowed phone that commit was one 300–430 ms task.
 */
export function markPlaceholdersPainted(): void {
  painted = true;
}
export const placeholdersPainted = (): boolean => painted;

function done(e: Entry): void {
  if (!pending.delete(e)) return;
  observer?.unobserve(e.el);
  e.mount();
}

/** Mounts every waiting widget now, synchronously (the DOM is complete when this returns). */
export function mountAllDeferred(): void {
  everything = true;
  const all = [...pending];
  flushSync(() => all.forEach(done));
}

const idle = (cb: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(cb, { timeout: 1000 });
  else setTimeout(cb, 50); // Safari has no requestIdleCallback
};

function firstInPage(): Entry | undefined {
  let first: Entry | undefined;
  for (const e of pending) if (!first || first.el.compareDocumentPosition(e.el) & Node.DOCUMENT_POSITION_PRECEDING) first = e;
  return first;
}

function mountNextWhenIdle(): void {
  idle(() => {
    const next = firstInPage();
    if (!next) {
      background = 'idle';
      return;
    }
    done(next);
    mountNextWhenIdle();
  });
}

const READING = ['scroll', 'keydown', 'pointerdown'] as const;

function startBackground(): void {
  if (background !== 'idle') return;
  background = 'waiting';
  const go = () => {
    READING.forEach((t) => window.removeEventListener(t, go, true));
    background = 'running';
    mountNextWhenIdle();
  };
  READING.forEach((t) => window.addEventListener(t, go, { capture: true, passive: true }));
}

let listening = false;
function listenOnce(): void {
  if (listening) return;
  listening = true;
  window.addEventListener('beforeprint', mountAllDeferred);
  document.addEventListener(MOUNT_ALL_EVENT, mountAllDeferred);
  // A link to a part of a widget (#id) needs that widget on the page to scroll to it.
  const id = decodeURIComponent(location.hash.slice(1));
  if (id && !document.getElementById(id)) queueMicrotask(mountAllDeferred);
}

/**
 * Queues a widget's mount; returns the cancel for an unmount before it happened. `watch: false`
 * queues it only for `mountAllDeferred` and the background (a first-screen widget whose mount
 * is already under way in a transition: print and the tests still get it at once).
 */
export function scheduleMount(el: Element, mount: () => void, { watch = true } = {}): () => void {
  listenOnce();
  const entry: Entry = { el, mount };
  pending.add(entry);
  if (watch && typeof IntersectionObserver === 'function') {
    observer ??= new IntersectionObserver(
      (records) => {
        for (const r of records) {
          if (!r.isIntersecting) continue;
          for (const e of pending) if (e.el === r.target) done(e);
        }
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(el);
  }
  startBackground();
  return () => {
    pending.delete(entry);
    observer?.unobserve(el);
  };
}
