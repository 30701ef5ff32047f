import { describe, expect, it } from 'vitest';
import { apFixed, apUfixed, formatLabel, formatRange, formatStep, validateFormat, type FixedFormat } from './format';
import { quantize } from './quantize';
import { fromRaw, toRaw } from './raw';

describe('format figures', () => {
  it('step and range', () => {
    expect(formatStep(apFixed(16, 6))).toBe(2 ** -10);
    expect(formatRange(apFixed(16, 6))).toEqual({ min: -32, max: 32 - 2 ** -10 });
    expect(formatRange(apUfixed(8, 2))).toEqual({ min: 0, max: 4 - 2 ** -6 });
    expect(formatRange(apFixed(1, 1))).toEqual({ min: -1, max: 0 });
  });

  it('labels in HLS spelling', () => {
    expect(formatLabel(apFixed(16, 6))).toBe('ap_fixed<16,6>');
    expect(formatLabel(apFixed(18, 8, 'RND', 'SAT'))).toBe('ap_fixed<18,8,AP_RND,AP_SAT>');
    expect(formatLabel(apUfixed(8, 0, 'RND_CONV'))).toBe('ap_ufixed<8,0,AP_RND_CONV>');
  });
});

describe('format validation names the field', () => {
  const base: FixedFormat = { width: 16, intBits: 6, signed: true, quantization: 'TRN', overflow: 'WRAP' };
  const bad: [Partial<Record<keyof FixedFormat, unknown>>, RegExp][] = [
    [{ width: 0 }, /format\.width.*got 0/],
    [{ width: 65 }, /format\.width.*got 65/],
    [{ width: 8.5 }, /format\.width/],
    [{ intBits: 200 }, /format\.intBits.*got 200/],
    [{ intBits: 1.5 }, /format\.intBits/],
    [{ quantization: 'ROUND' }, /format\.quantization.*got ROUND/],
    [{ overflow: 'CLAMP' }, /format\.overflow.*got CLAMP/],
    [{ signed: 'yes' }, /format\.signed/],
  ];
  for (const [patch, re] of bad) {
    it(JSON.stringify(patch), () => {
      const f = { ...base, ...patch } as FixedFormat;
      expect(() => validateFormat(f)).toThrow(RangeError);
      expect(() => quantize(1, f)).toThrow(re);
      expect(() => formatStep(f)).toThrow(re);
    });
  }
});

describe('raw view', () => {
  it('bits are the W-bit two\'s complement word, MSB first', () => {
    expect(toRaw(-1.25, apFixed(3, 2))).toEqual({ raw: -3n, bits: '101', value: -1.5 });
    expect(toRaw(1.25, apFixed(3, 2, 'RND'))).toEqual({ raw: 3n, bits: '011', value: 1.5 });
    expect(toRaw(0.5, apFixed(16, 6)).bits).toBe('0000001000000000');
    expect(toRaw(-1, apUfixed(8, 8)).bits).toBe('11111111');
  });

  it('64-bit words are exact', () => {
    const v = toRaw(2 ** 63, apFixed(64, 64));
    expect(v.raw).toBe(-(2n ** 63n));
    expect(v.bits).toBe('1' + '0'.repeat(63));
    const m = toRaw(1e30, apFixed(64, 32, 'TRN', 'SAT'));
    expect(m.bits).toBe('0' + '1'.repeat(63));
    expect(m.value).toBe(2 ** 31); // nearest double to 2^31 − 2^−32
  });

  it('fromRaw inverts toRaw and rejects words that do not fit', () => {
    const f = apFixed(8, 3);
    for (const x of [-4, -1.03, 0, 0.5, 3.96]) expect(fromRaw(toRaw(x, f).raw, f)).toBe(quantize(x, f));
    expect(() => fromRaw(128n, f)).toThrow(/raw/);
  });
});
