import { useEffect, useState } from 'react';

/**
 * A module loaded after the widget mounts (a code generator the reader may never open): null
 * until it arrives. `load` must be stable (a module-level function), so the import runs once.
 * A widget whose embed is near its size budget keeps "Show the code"'s text builder out of
 * what the widget waits for (dead-relu's lab: 3 kB gzip of its 100 kB embed budget).
 */
export function useLazyModule<M>(load: () => Promise<M>): M | null {
  const [mod, setMod] = useState<M | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (m) => {
        if (live) setMod(m);
      },
      () => {
        // A failed chunk load leaves the panel saying it is loading; the widget itself works.
      },
    );
    return () => {
      live = false;
    };
  }, [load]);
  return mod;
}
