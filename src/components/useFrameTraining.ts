import { useEffect, useState } from 'react';

/** What the hook needs from a trainer (the engine's Trainer has both). */
export interface Steppable {
  step(): void;
  stepCount(): number;
}

/**
 * Trains small models on the main thread in requestAnimationFrame slices of at most
 * `budgetMs`, so a few hundred steps on a toy problem animate without a worker and never
 * block a frame. Every trainer is stepped until its stepCount() reaches `target`; the
 * returned `done` (the slowest trainer's count) changes once per frame, which re-renders
 * the caller so it can read losses and grids. Longer runs belong in the training worker.
 */
export function useFrameTraining(trainers: readonly Steppable[], target: number, budgetMs = 6): { done: number; running: boolean } {
  // The trainers are the source of truth; the frame counter only asks React to re-render.
  const [, setFrame] = useState(0);
  useEffect(() => {
    let raf = 0;
    const behind = () => trainers.some((t) => t.stepCount() < target);
    const tick = () => {
      const t0 = performance.now();
      while (behind() && performance.now() - t0 < budgetMs) {
        for (const t of trainers) if (t.stepCount() < target) t.step();
      }
      setFrame((f) => f + 1);
      if (behind()) raf = requestAnimationFrame(tick);
    };
    if (behind()) raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [trainers, target, budgetMs]);
  const done = Math.min(...trainers.map((t) => t.stepCount()));
  return { done, running: done < target };
}
