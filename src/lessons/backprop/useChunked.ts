import { useEffect, useState } from 'react';

/**
 * Runs a generator over animation frames, at most `budgetMs` of work per frame (each yield is
 * a small unit), so a measurement of a few hundred milliseconds never blocks the page.
 * Returns its result once done, and null before.
 */
export function useChunked<R>(make: () => Generator<unknown, R>, budgetMs = 8): R | null {
  const [result, setResult] = useState<{ value: R; make: () => Generator<unknown, R> } | null>(null);
  useEffect(() => {
    const gen = make();
    let raf = 0;
    const tick = () => {
      const t0 = performance.now();
      while (performance.now() - t0 < budgetMs) {
        const r = gen.next();
        if (r.done) {
          setResult({ value: r.value, make });
          return;
        }
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [make, budgetMs]);
  return result && result.make === make ? result.value : null;
}
