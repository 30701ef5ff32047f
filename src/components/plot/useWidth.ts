import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The last width measured for an element that started from each `initial`: most plots of a
 * page sit in the same column, so a plot mounting after another starts at that width, its
 * measurement below equals the state and React skips a second render. Before, every plot
 * rendered twice on mount (once at 640 px, once at the column's width, about 360 px on a phone).
 *
 * The measurement stays in the layout effect. Taking it from the ResizeObserver's first
 * callback instead (a flushSync re-render there, so no frame is painted at the guessed width)
 * kept a forced layout out of the mount's commit, but the re-render changed sizes other
 * observers had just been told about: "ResizeObserver loop completed with undelivered
 * notifications" on every lesson with plots, and a frame of those elements at their old size.
 */
const lastMeasured = new Map<number, number>();

/** The element's content width, kept current with a ResizeObserver. */
export function useWidth<T extends HTMLElement>(initial = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(() => lastMeasured.get(initial) ?? initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measured = el.clientWidth;
    if (measured > 0) lastMeasured.set(initial, measured);
    setWidth(measured || initial);
    const ro = new ResizeObserver((entries) => {
      const w = Math.round(entries[0].contentRect.width);
      if (w <= 0) return;
      lastMeasured.set(initial, w);
      setWidth(w);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [initial]);
  return [ref, width] as const;
}
