import type { PersistStorage, StorageValue } from 'zustand/middleware';

/**
 * A zustand `persist` storage that keeps one field of a store in localStorage under an
 * existing key, in the format that key has always had (not persist's `{ state, version }`
 * envelope), so readers who come back keep their progress and theme. Storage that is full or
 * blocked (private mode, sandboxed iframes) is not an error: the value lives for the visit.
 */
export function rawFieldStorage<S, K extends keyof S>(key: string, field: K, read: (raw: string) => S[K] | undefined, write: (v: S[K]) => string): PersistStorage<Pick<S, K>> {
  return {
    getItem: (): StorageValue<Pick<S, K>> | null => {
      try {
        const raw = window.localStorage.getItem(key);
        const value = raw === null ? undefined : read(raw);
        return value === undefined ? null : { state: { [field]: value } as Pick<S, K> };
      } catch {
        return null;
      }
    },
    setItem: (_name, value) => {
      try {
        window.localStorage.setItem(key, write(value.state[field]));
      } catch {
        // storage full or blocked: kept for this visit only
      }
    },
    removeItem: () => {
      try {
        window.localStorage.removeItem(key);
      } catch {
        // nothing stored
      }
    },
  };
}
