import { useEffect, useState } from 'react';

const STEP_MS = 90;

function reducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

/**
 * How many of `total` path points to draw: counts up one every STEP_MS whenever `runKey`
 * changes, so the descent plays out step by step. With reduced motion, everything at once.
 */
export function useStepAnimation(total: number, runKey: string): number {
  const [tick, setTick] = useState<{ key: string; n: number }>({ key: runKey, n: total });
  const animate = !reducedMotion();
  useEffect(() => {
    if (!animate) return;
    const id = window.setInterval(() => {
      setTick((s) => {
        const n = s.key === runKey ? s.n + 1 : 2;
        if (n >= total) window.clearInterval(id);
        return { key: runKey, n: Math.min(total, n) };
      });
    }, STEP_MS);
    return () => window.clearInterval(id);
  }, [total, runKey, animate]);
  if (!animate) return total;
  return tick.key === runKey ? Math.min(tick.n, total) : 1;
}
