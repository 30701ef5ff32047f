import { startTransition, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { usePresenterStore } from './presenter/presenterStore';
import { everythingMounted, placeholdersPainted, scheduleMount } from './deferredMount';

/** Widgets whose top is within this many viewport heights mount before the first paint. */
const FIRST_SCREENS = 1.5;

/**
 * A lesson widget that mounts when it is needed (deferredMount.ts says when). The MDX build
 * wraps every `<…Widget />` in one (build/remarkDeferWidgets.ts). Widgets on or near the
 * first screen mount before the first paint, so nothing there shifts; the placeholder keeps
 * a typical widget's height for the rest. Presenter mode mounts every widget (its steps
 * scroll to them).
 */
export function DeferredWidget({ children }: { children: ReactNode }) {
  const presenting = usePresenterStore((s) => s.active);
  const [mounted, setMounted] = useState(everythingMounted);
  // Presenting mounts it for good: leaving presenter mode must not take widgets off the page.
  if (presenting && !mounted) setMounted(true);
  const ref = useRef<HTMLDivElement>(null);
  const show = mounted || presenting;

  useLayoutEffect(() => {
    const el = ref.current;
    if (show || !el) return;
    if (el.getBoundingClientRect().top < window.innerHeight * FIRST_SCREENS) {
      // Measured layout decides, before the first paint — unless the prerendered placeholder
      // is on screen already: then in slices, off the hydration's commit. Queued as well, so
      // mountAllDeferred (print, tests) does not wait for the transition.
      const mount = () => setMounted(true);
      if (!placeholdersPainted()) {
        mount();
        return;
      }
      const cancel = scheduleMount(el, mount, { watch: false });
      startTransition(mount);
      return cancel;
    }
    return scheduleMount(el, () => setMounted(true));
  }, [show]);

  if (show) return <>{children}</>;
  return <div ref={ref} className="widget-placeholder" data-deferred-widget="" aria-hidden="true" style={{ minHeight: '28rem' }} />;
}
