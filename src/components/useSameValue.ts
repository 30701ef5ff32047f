import { useState } from 'react';

/**
 * value, but the previous object while it is equal to the new one by `same`: derived data
 * (a widget's per-curve parameters, say) rebuilt on every render keeps its identity, so
 * the useMemo and memo() that depend on it skip work when an unrelated setting moves.
 */
export function useSameValue<T>(value: T, same: (a: T, b: T) => boolean): T {
  const [kept, setKept] = useState(value);
  if (kept === value || same(kept, value)) return kept;
  // Adjusting state during render (React's "storing information from previous renders").
  setKept(value);
  return value;
}

/** Equal numeric records, key by key (for useSameValue). */
export function sameNumberRecords(a: readonly Record<string, number>[], b: readonly Record<string, number>[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => {
      const keys = Object.keys(r);
      return keys.length === Object.keys(b[i]).length && keys.every((k) => Object.is(r[k], b[i][k]));
    })
  );
}
