import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unpackNumbers } from '../../format/packNumbers';
import { LINK_MAX_CHARS, PACK_ABOVE_CHARS, fitParams } from './linkBudget';
import { parseParam, serializeState, type ParamSpec } from './schema';

const spec: ParamSpec = { kind: 'numbers', default: [1, 2], min: -1e4, max: 1e4, minLength: 2, maxLength: 5000 };

describe('fitParams: permalinks that stay links', () => {
  it('packs long lists, leaves short values readable, and the schema reads both back', async () => {
    const long = Array.from({ length: 1000 }, (_, i) => Math.round(Math.cos(i) * 5e4) / 1e4);
    const params = serializeState({ z: spec }, { z: long }, 'w');
    const { values, dropped } = await fitParams(new Map([['w.z', params.get('w.z')], ['w.t', '0.5'], ['w.gone', null]]), 100);
    expect(dropped).toEqual([]);
    const packed = values.get('w.z') ?? '';
    expect(packed.startsWith('z')).toBe(true);
    expect(packed.length).toBeLessThan(long.join(',').length);
    expect(values.get('w.t')).toBe('0.5');
    expect(values.get('w.gone')).toBeNull();
    expect(parseParam('z', spec, packed)).toEqual({ value: long });
    // …and a long plain list typed into a URL by hand is read in full too.
    expect(parseParam('z', spec, long.join(','))).toEqual({ value: long });
    expect(unpackNumbers(packed, { maxValues: 5000 })).toEqual(long);
    const short = '1,2,3';
    expect((await fitParams(new Map([['w.z', short]]), 0)).values.get('w.z')).toBe(short);
    expect(short.length).toBeLessThan(PACK_ABOVE_CHARS);
  });
  it('drops what cannot fit, longest first, and says so', async () => {
    // Random doubles at full precision barely compress: 5000 of them cannot fit in a link.
    const noise = fc.sample(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { numRuns: 5000, seed: 7 });
    const { values, dropped } = await fitParams(new Map([['a.z', noise.join(',')], ['b.t', '2']]), 60);
    expect(dropped).toEqual(['a.z']);
    expect(values.get('a.z')).toBeNull();
    expect(values.get('b.t')).toBe('2');
    const kept = await fitParams(new Map([['a.z', noise.slice(0, 100).join(',')]]), 60);
    expect(kept.dropped).toEqual([]);
    expect(60 + 4 + (kept.values.get('a.z') ?? '').length).toBeLessThanOrEqual(LINK_MAX_CHARS);
  });
  it('a hostile packed value in a link falls back to the default with a notice, never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        const { value, notice } = parseParam('z', spec, `z${s}`);
        expect(Array.isArray(value)).toBe(true);
        const vals = value as number[];
        expect(vals.length).toBeGreaterThanOrEqual(2);
        expect(vals.every((v) => v >= -1e4 && v <= 1e4)).toBe(true);
        if (vals === spec.default || (vals.length === 2 && vals[0] === 1 && vals[1] === 2)) expect(notice).toBeDefined();
      }),
      { numRuns: 1500 },
    );
  });
});
