import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The last width measured for an element that started from each `initial`: most plots of a
 * page sit in the same column, so a plot mounting after another starts at that width and
 * usually needs no second render. Before, every plot rendered twice on mount (once at 640 px,
 * once at the column's width, about 360 px on a phone).
 */
const lastMeasured = new Map<number, number>();

/**
 * The element's content width, kept current with a ResizeObserver — which also takes the
 * first measurement. Reading clientWidth in the layout effect forced a layout inside the
 * mount's commit (89 ms of a 666 ms task on attention-gates at 4× CPU); the observer's first
 * callback comes with the frame's own layout instead, before that frame is painted, and a
 * width other than the guess re-renders synchronously there (flushSync), so no frame is ever
 * painted at the guessed width.
 */
export function useWidth<T extends HTMLElement>(initial = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(() => lastMeasured.get(initial) ?? initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver((entries) => {
      const w = Math.round(entries[0].contentRect.width);
      if (w <= 0) return;
      lastMeasured.set(initial, w);
      flushSync(() => setWidth(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [initial]);
  return [ref, width] as const;
}
