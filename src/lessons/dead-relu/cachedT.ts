import { useMemo } from 'react';

type Params = Record<string, string | number>;
type Translate = (key: string, params?: Params) => string;

/** Past this many strings the cache starts over (labels with step counts never repeat). */
const MAX_ENTRIES = 400;

/**
 * `t` with each (key, params) string kept until the language changes (a new `t`). An i18next
 * call costs tens of µs (key lookup, fallbacks, interpolation) and the lab re-renders its unit
 * maps, status and charts on every training snapshot: re-translating the same few hundred
 * labels was milliseconds of each snapshot's main-thread work in the slider bench's profiles.
 */
export function cachedT(t: Translate): Translate {
  const cache = new Map<string, string>();
  return (key, params) => {
    const id = params ? `${key}|${JSON.stringify(params)}` : key;
    let s = cache.get(id);
    if (s === undefined) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      s = t(key, params);
      cache.set(id, s);
    }
    return s;
  };
}

/** cachedT for a component: one cache per `t` (per language). */
export function useCachedT(t: Translate): Translate {
  return useMemo(() => cachedT(t), [t]);
}
