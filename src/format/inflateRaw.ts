/**
 * A synchronous decoder for raw DEFLATE (RFC 1951), the format CompressionStream('deflate-raw')
 * writes. The browser's DecompressionStream is asynchronous, but permalinks are read
 * synchronously while the widget store is created (src/components/state/schema.ts), so the
 * reading side is done here, in the spirit of zlib's puff.c: small, strict and total — corrupt or
 * hostile input throws InflateError (never loops, never grows past `maxBytes`).
 */

export class InflateError extends Error {}

const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order in which a dynamic block sends its code-length code lengths. */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const MAX_BITS = 15;

/** A canonical Huffman code as counts per length and symbols in code order (puff's layout). */
interface Code {
  counts: Uint16Array;
  symbols: Uint16Array;
}

function buildCode(lengths: ArrayLike<number>): Code {
  const counts = new Uint16Array(MAX_BITS + 1);
  for (let i = 0; i < lengths.length; i++) counts[lengths[i]]++;
  counts[0] = 0;
  // An over-subscribed set of lengths is no prefix code at all.
  let left = 1;
  for (let len = 1; len <= MAX_BITS; len++) {
    left = left * 2 - counts[len];
    if (left < 0) throw new InflateError('over-subscribed code');
  }
  const offsets = new Uint16Array(MAX_BITS + 2);
  for (let len = 1; len <= MAX_BITS; len++) offsets[len + 1] = offsets[len] + counts[len];
  const symbols = new Uint16Array(lengths.length);
  for (let s = 0; s < lengths.length; s++) if (lengths[s] !== 0) symbols[offsets[lengths[s]]++] = s;
  return { counts, symbols };
}

const FIXED_LIT = buildCode(Array.from({ length: 288 }, (_, i) => (i < 144 ? 8 : i < 256 ? 9 : i < 280 ? 7 : 8)));
const FIXED_DIST = buildCode(new Array<number>(30).fill(5));

/** Inflates raw DEFLATE data; throws InflateError on anything malformed or larger than maxBytes. */
export function inflateRaw(input: Uint8Array, maxBytes: number): Uint8Array {
  let pos = 0;
  let buf = 0;
  let cnt = 0;
  let out = new Uint8Array(Math.min(maxBytes, Math.max(64, input.length * 4)));
  let n = 0;

  const bits = (need: number): number => {
    while (cnt < need) {
      if (pos >= input.length) throw new InflateError('unexpected end of data');
      buf |= input[pos++] << cnt;
      cnt += 8;
    }
    const v = buf & ((1 << need) - 1);
    buf >>>= need;
    cnt -= need;
    return v;
  };
  const put = (byte: number) => {
    if (n >= out.length) {
      if (out.length >= maxBytes) throw new InflateError('output too large');
      const bigger = new Uint8Array(Math.min(maxBytes, out.length * 2));
      bigger.set(out);
      out = bigger;
    }
    out[n++] = byte;
  };
  const decode = (code: Code): number => {
    let c = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= MAX_BITS; len++) {
      c |= bits(1);
      const count = code.counts[len];
      if (c - count < first) return code.symbols[index + (c - first)];
      index += count;
      first = (first + count) << 1;
      c <<= 1;
    }
    throw new InflateError('bad code');
  };
  const codes = (lit: Code, dist: Code) => {
    for (;;) {
      const sym = decode(lit);
      if (sym < 256) put(sym);
      else if (sym === 256) return;
      else {
        const li = sym - 257;
        if (li >= 29) throw new InflateError('bad length symbol');
        const len = LEN_BASE[li] + bits(LEN_EXTRA[li]);
        const di = decode(dist);
        if (di >= 30) throw new InflateError('bad distance symbol');
        const d = DIST_BASE[di] + bits(DIST_EXTRA[di]);
        if (d > n) throw new InflateError('distance too far back');
        for (let k = 0; k < len; k++) put(out[n - d]);
      }
    }
  };
  const dynamic = () => {
    const nlen = bits(5) + 257;
    const ndist = bits(5) + 1;
    const ncode = bits(4) + 4;
    if (nlen > 286 || ndist > 30) throw new InflateError('bad counts');
    const clLengths = new Uint8Array(19);
    for (let i = 0; i < ncode; i++) clLengths[CL_ORDER[i]] = bits(3);
    const cl = buildCode(clLengths);
    const lengths = new Uint8Array(nlen + ndist);
    for (let i = 0; i < nlen + ndist; ) {
      const sym = decode(cl);
      if (sym < 16) {
        lengths[i++] = sym;
        continue;
      }
      let value = 0;
      let repeat: number;
      if (sym === 16) {
        if (i === 0) throw new InflateError('repeat with no previous length');
        value = lengths[i - 1];
        repeat = 3 + bits(2);
      } else repeat = sym === 17 ? 3 + bits(3) : 11 + bits(7);
      if (i + repeat > nlen + ndist) throw new InflateError('too many lengths');
      while (repeat--) lengths[i++] = value;
    }
    if (lengths[256] === 0) throw new InflateError('no end-of-block code');
    codes(buildCode(lengths.subarray(0, nlen)), buildCode(lengths.subarray(nlen)));
  };

  let last = 0;
  while (!last) {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      // Stored block: skip to a byte boundary, then LEN and its complement.
      buf = 0;
      cnt = 0;
      if (pos + 4 > input.length) throw new InflateError('unexpected end of data');
      const len = input[pos] | (input[pos + 1] << 8);
      const nlen = input[pos + 2] | (input[pos + 3] << 8);
      pos += 4;
      if (len !== (~nlen & 0xffff)) throw new InflateError('stored length mismatch');
      if (pos + len > input.length) throw new InflateError('unexpected end of data');
      for (let k = 0; k < len; k++) put(input[pos++]);
    } else if (type === 1) codes(FIXED_LIT, FIXED_DIST);
    else if (type === 2) dynamic();
    else throw new InflateError('bad block type');
  }
  return out.slice(0, n);
}
