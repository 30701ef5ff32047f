/**
 * Compact, URL-safe encoding of number lists and tables, for permalinks that carry pasted data
 * (a thousand logits, a few hundred labelled points).
 *
 * Format: `z` + base64url(deflate-raw(text)), where text is the numbers in JavaScript's shortest
 * round-trip form (`String(v)`, so decoding gives back exactly the same doubles), cells joined by
 * `,` and table rows by `;`. The leading `z` cannot start a plain list (`1,2,3`), so a URL value
 * is either kind, and every base64url character survives URLSearchParams unescaped.
 *
 *   const packed = await packNumbers([2.1, -0.3, 1e-7]);        // 'z…'
 *   unpackNumbers(packed, { maxValues: 5000 });                   // [2.1, -0.3, 1e-7] or null
 *   const t = await packTable([[0.1, 0.2, 1], [0.3, -1, 0]]);    // points (x, y, label)
 *   unpackTable(t, { maxRows: 10_000, cols: 3 });                 // the rows, or null
 *
 * Writing uses the platform's CompressionStream (browsers, Node ≥ 18) and is asynchronous;
 * reading is synchronous (./inflateRaw.ts) because URL parameters are validated synchronously.
 * Decoding is total: hostile or truncated text gives null, never an exception, and never
 * inflates past a size bound.
 */
import { inflateRaw } from './inflateRaw';

export const PACKED_PREFIX = 'z';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));
/** Longest decoded text: a number in shortest form is at most 24 characters plus a separator. */
const charsFor = (values: number) => values * 25 + 16;

export function base64url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const v = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) s += B64[(v >> (18 - 6 * k)) & 63];
  }
  return s;
}

/** Strict base64url (no padding): null for any other character or an impossible length. */
export function fromBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let n = 0;
  for (let i = 0; i < text.length; i += 4) {
    let v = 0;
    const chunk = text.slice(i, i + 4);
    for (let k = 0; k < 4; k++) {
      const d = k < chunk.length ? B64_INDEX.get(chunk[k]) : 0;
      if (d === undefined) return null;
      v = (v << 6) | d;
    }
    const bytes = chunk.length - 1;
    for (let k = 0; k < bytes; k++) out[n++] = (v >> (16 - 8 * k)) & 255;
  }
  return out.subarray(0, n);
}

async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Packs any text (the layer under the number helpers). */
export async function packText(text: string): Promise<string> {
  return PACKED_PREFIX + base64url(await deflateRaw(new TextEncoder().encode(text)));
}

/** Unpacks text written by packText; null when it is not that, or longer than maxChars. */
export function unpackText(packed: string, maxChars: number): string | null {
  if (!packed.startsWith(PACKED_PREFIX)) return null;
  // Deflate never grows data by more than a few bytes per 64 KiB block, so a code longer than
  // this cannot hold text within bounds: refuse it before decoding anything.
  if (packed.length > (maxChars * 4) / 3 + 64) return null;
  const bytes = fromBase64url(packed.slice(PACKED_PREFIX.length));
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(inflateRaw(bytes, maxChars));
  } catch {
    return null;
  }
}

const CELL = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;

function cellsToNumbers(cells: string[]): number[] | null {
  const out: number[] = [];
  for (const c of cells) {
    // Only what String(v) writes for a finite double: no blanks, no hex, no Infinity.
    if (!CELL.test(c)) return null;
    out.push(Number(c));
  }
  return out;
}

export async function packNumbers(values: readonly number[]): Promise<string> {
  return packText(values.map(String).join(','));
}

export function unpackNumbers(packed: string, { maxValues }: { maxValues: number }): number[] | null {
  const text = unpackText(packed, charsFor(maxValues));
  if (text === null || text === '') return null;
  const cells = text.split(',');
  return cells.length > maxValues ? null : cellsToNumbers(cells);
}

/** A table of numbers (rows of equal length, e.g. points as x, y, label). */
export async function packTable(rows: readonly (readonly number[])[]): Promise<string> {
  return packText(rows.map((r) => r.map(String).join(',')).join(';'));
}

export function unpackTable(packed: string, { maxRows, cols }: { maxRows: number; cols: number }): number[][] | null {
  const text = unpackText(packed, charsFor(maxRows * cols) + maxRows);
  if (text === null || text === '') return null;
  const lines = text.split(';');
  if (lines.length > maxRows) return null;
  const rows: number[][] = [];
  for (const line of lines) {
    const row = cellsToNumbers(line.split(','));
    if (!row || row.length !== cols) return null;
    rows.push(row);
  }
  return rows;
}
