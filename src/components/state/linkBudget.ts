import { packNumbers } from '../../format/packNumbers';

/**
 * Keeps a permalink a working link. Long number lists (pasted logits) are written compressed
 * (src/format/packNumbers.ts); if the URL would still be longer than browsers, chat apps and
 * servers reliably pass on, the longest parameters are left out of it — the state stays on the
 * page, and the widget says its data is too long for a link — rather than writing a link that
 * breaks. Pure apart from the small "too long" registry the paste control listens to.
 */

/** Longest URL written (about the 8 KiB request-line limit of common servers and proxies). */
export const LINK_MAX_CHARS = 8000;
/** Plain lists longer than this are packed; shorter ones stay readable in the address bar. */
export const PACK_ABOVE_CHARS = 200;

const PLAIN_LIST = /^-?[\d.]+(?:e[+-]?\d+)?(?:,-?[\d.]+(?:e[+-]?\d+)?)*$/;

/**
 * The URL-ready value of each parameter (null: remove it), long lists packed, and the names
 * dropped so that `baseLength` plus the parameters stays within LINK_MAX_CHARS.
 */
export async function fitParams(values: ReadonlyMap<string, string | null>, baseLength: number): Promise<{ values: Map<string, string | null>; dropped: string[] }> {
  const out = new Map<string, string | null>();
  for (const [name, v] of values) {
    // Values come from serializeState, so a list is exactly String(x) joined by commas.
    out.set(name, v !== null && v.length > PACK_ABOVE_CHARS && PLAIN_LIST.test(v) ? await packNumbers(v.split(',').map(Number)) : v);
  }
  const size = (name: string, v: string | null) => (v === null ? 0 : encodeURIComponent(name).length + v.length + 2);
  let total = baseLength;
  for (const [name, v] of out) total += size(name, v);
  const dropped: string[] = [];
  const bySize = [...out].filter(([, v]) => v !== null).sort((a, b) => size(b[0], b[1]) - size(a[0], a[1]));
  for (const [name, v] of bySize) {
    if (total <= LINK_MAX_CHARS) break;
    total -= size(name, v);
    out.set(name, null);
    dropped.push(name);
  }
  return { values: out, dropped };
}

// Widget ids whose state is currently left out of the page URL for its length.
let tooLong: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

export function setTooLongForLink(ids: Iterable<string>): void {
  const next = new Set(ids);
  if (next.size === tooLong.size && [...next].every((id) => tooLong.has(id))) return;
  tooLong = next;
  for (const l of listeners) l();
}

export const tooLongForLink = (): ReadonlySet<string> => tooLong;

export function onTooLongChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
