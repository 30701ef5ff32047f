import fc from 'fast-check';
import { constants, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InflateError, inflateRaw } from './inflateRaw';
import { base64url, fromBase64url, packNumbers, packTable, packText, unpackNumbers, unpackTable, unpackText } from './packNumbers';

const enc = new TextEncoder();
const dec = new TextDecoder();
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('inflateRaw against zlib (an independent deflate)', () => {
  const strategies = [
    { level: 0 }, // stored blocks
    { level: 1 },
    { level: 9 },
    { level: 6, strategy: constants.Z_FIXED }, // fixed Huffman codes
    { level: 9, strategy: constants.Z_HUFFMAN_ONLY },
    { level: 9, strategy: constants.Z_RLE },
  ];
  it('inflates what zlib deflates, at every level and strategy', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.constantFrom(...strategies), (text, opts) => {
        const raw = enc.encode(text);
        expect(dec.decode(inflateRaw(new Uint8Array(deflateRawSync(raw, opts)), raw.length + 1))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
  it('handles long repeats and more than one block', () => {
    const text = 'logit '.repeat(40_000) + Array.from({ length: 5000 }, (_, i) => String(Math.sin(i))).join(',');
    const raw = enc.encode(text);
    for (const o of strategies) expect(dec.decode(inflateRaw(new Uint8Array(deflateRawSync(raw, o)), raw.length))).toBe(text);
  });
  it('refuses output past its bound (a deflate bomb) and garbage, with InflateError only', () => {
    const bomb = new Uint8Array(deflateRawSync(new Uint8Array(1_000_000)));
    expect(() => inflateRaw(bomb, 10_000)).toThrow(InflateError);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          inflateRaw(bytes, 50_000);
        } catch (e) {
          expect(e).toBeInstanceOf(InflateError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('base64url', () => {
  it('round-trips any bytes and agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const s = base64url(bytes);
        expect(s).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64url(s)).toEqual(bytes);
      }),
    );
  });
  it('rejects other characters and impossible lengths', () => {
    expect(fromBase64url('ab+c')).toBeNull();
    expect(fromBase64url('abcde')).toBeNull();
    expect(fromBase64url('ab=c')).toBeNull();
  });
});

describe('packNumbers / packTable', () => {
  it('round-trips lists of doubles exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(finite, { minLength: 1, maxLength: 300 }), async (xs) => {
        const packed = await packNumbers(xs);
        expect(packed).toMatch(/^z[A-Za-z0-9_-]+$/);
        // -0 prints as "0": the only double whose bits are not kept, and the same number.
        expect(unpackNumbers(packed, { maxValues: 300 })).toEqual(xs.map((x) => (Object.is(x, -0) ? 0 : x)));
      }),
      { numRuns: 150 },
    );
  });
  it('round-trips tables (points: x, y, label)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(finite, finite, fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 100 }), async (rows) => {
        const clean = rows.map((r) => r.map((x) => (Object.is(x, -0) ? 0 : x)));
        expect(unpackTable(await packTable(rows), { maxRows: 100, cols: 3 })).toEqual(clean);
        expect(unpackTable(await packTable(rows), { maxRows: 100, cols: 2 })).toBeNull();
      }),
      { numRuns: 80 },
    );
  });
  it('keeps a thousand logits with four decimals within a link', async () => {
    const logits = Array.from({ length: 1000 }, (_, i) => Math.round(Math.sin(i * 12.9898) * 43758.5453 % 10 * 1e4) / 1e4);
    const packed = await packNumbers(logits);
    expect(packed.length).toBeLessThan(logits.join(',').length);
    expect(packed.length).toBeLessThan(6000);
    expect(unpackNumbers(packed, { maxValues: 1000 })).toEqual(logits);
    expect(unpackNumbers(packed, { maxValues: 999 })).toBeNull();
  });
  it('gives null, never throws, for hostile or stale text', async () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = unpackNumbers(`z${s}`, { maxValues: 100 });
        expect(r === null || r.every(Number.isFinite)).toBe(true);
        expect(() => unpackTable(s, { maxRows: 10, cols: 3 })).not.toThrow();
      }),
      { numRuns: 2000 },
    );
    expect(unpackNumbers(await packText('1,2,Infinity'), { maxValues: 10 })).toBeNull();
    expect(unpackNumbers(await packText('1,,2'), { maxValues: 10 })).toBeNull();
    expect(unpackNumbers(await packText('0x10'), { maxValues: 10 })).toBeNull();
    expect(unpackNumbers((await packNumbers([1, 2, 3])).slice(0, -2), { maxValues: 10 })).toBeNull();
    expect(unpackText(await packText('x'.repeat(100_000)), 1000)).toBeNull();
  });
});
