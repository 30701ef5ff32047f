import type { Katex } from './katexRuntime';

/**
 * The embed builds' KaTeX (see katexRuntime.ts): requested as soon as a widget with a live
 * formula renders, but not on its critical path — the widget shows and responds at once and
 * each formula typesets when this chunk arrives (one chunk shared by every formula).
 */
let loaded: Katex | null = null;
let pending: Promise<Katex> | null = null;

export const katexNow = (): Katex | null => loaded;

export function katexReady(): Promise<Katex> {
  pending ??= import('katex').then((m) => (loaded = m.default));
  return pending;
}
