import { describe, expect, it } from 'vitest';
import { encode, formatInfo, nextUp, roundTo, ulp, type Precision } from './precision';

describe('roundTo float16 boundaries', () => {
  it('max, overflow threshold and the 65520 tie', () => {
    expect(roundTo(65504, 'float16')).toBe(65504);
    expect(roundTo(65519.99, 'float16')).toBe(65504);
    expect(roundTo(65520, 'float16')).toBe(Infinity);
    expect(roundTo(-65520, 'float16')).toBe(-Infinity);
    expect(roundTo(1e300, 'float16')).toBe(Infinity);
  });
  it('ties to even in the normal range', () => {
    expect(roundTo(1 + 2 ** -11, 'float16')).toBe(1); // halfway, 1 is even
    expect(roundTo(1 + 3 * 2 ** -11, 'float16')).toBe(1 + 2 ** -9); // halfway, rounds up to even
    expect(roundTo(2049, 'float16')).toBe(2048);
    expect(roundTo(2051, 'float16')).toBe(2052);
    expect(roundTo(-2051, 'float16')).toBe(-2052);
  });
  it('subnormals: 2^−24 kept, 2^−25 ties to 0, just above the tie rounds up', () => {
    expect(roundTo(2 ** -24, 'float16')).toBe(2 ** -24);
    expect(roundTo(2 ** -25, 'float16')).toBe(0);
    expect(Object.is(roundTo(-(2 ** -25), 'float16'), -0)).toBe(true);
    expect(roundTo(2 ** -25 * (1 + 2 ** -52), 'float16')).toBe(2 ** -24);
    expect(roundTo(3 * 2 ** -25, 'float16')).toBe(2 ** -23); // tie between 1 and 2 quanta → 2
    expect(roundTo(5 * 2 ** -25, 'float16')).toBe(2 * 2 ** -24); // tie between 2 and 3 → 2
    expect(roundTo(2 ** -14 - 2 ** -25, 'float16')).toBe(2 ** -14); // top subnormal tie → minNormal
    expect(roundTo(1e-10, 'float16')).toBe(0);
  });
  it('no double rounding through float32', () => {
    // x = 1 + 2^−11 + 2^−40 is just above the float16 tie; float32 would round it to the tie
    // (1 + 2^−11), and float16 would then round the tie down to 1.
    const x = 1 + 2 ** -11 + 2 ** -40;
    expect(Math.fround(x)).toBe(1 + 2 ** -11);
    expect(roundTo(x, 'float16')).toBe(1 + 2 ** -10);
    const y = 2048 + 1 + 2 ** -20; // above the 2048/2050 tie, float32 lands on the tie
    expect(Math.fround(y)).toBe(2049);
    expect(roundTo(y, 'float16')).toBe(2050);
  });
  it('NaN, infinities and signed zeros pass through', () => {
    for (const p of ['float16', 'bfloat16', 'float32', 'float64'] as Precision[]) {
      expect(roundTo(NaN, p)).toBeNaN();
      expect(roundTo(Infinity, p)).toBe(Infinity);
      expect(roundTo(-Infinity, p)).toBe(-Infinity);
      expect(Object.is(roundTo(-0, p), -0)).toBe(true);
    }
  });
});

describe('roundTo bfloat16 and float32', () => {
  it('bfloat16 max and its overflow boundary', () => {
    const max = 3.3895313892515355e38;
    expect(formatInfo('bfloat16').max).toBe(max);
    expect(roundTo(max, 'bfloat16')).toBe(max);
    const half = 2 ** 127 * 2 ** -8; // half the quantum at the top binade
    expect(roundTo(max + half * (1 - 2 ** -40), 'bfloat16')).toBe(max);
    expect(roundTo(max + half, 'bfloat16')).toBe(Infinity); // tie, max's fraction is odd
    expect(roundTo(3.4e38, 'bfloat16')).toBe(Infinity); // float32-finite, bfloat16-infinite
  });
  it('bfloat16 ties to even and no double rounding', () => {
    expect(roundTo(1 + 2 ** -8, 'bfloat16')).toBe(1);
    expect(roundTo(1 + 3 * 2 ** -8, 'bfloat16')).toBe(1 + 2 ** -6);
    expect(roundTo(1 + 2 ** -8 + 2 ** -40, 'bfloat16')).toBe(1 + 2 ** -7);
    expect(roundTo(2 ** -133, 'bfloat16')).toBe(2 ** -133);
    expect(roundTo(2 ** -134, 'bfloat16')).toBe(0);
  });
  it('float32 is Math.fround', () => {
    for (const x of [0.1, 1 / 3, 3.4028235677973366e38, 1e-45, 1e39]) expect(roundTo(x, 'float32')).toBe(Math.fround(x));
  });
});

describe('formatInfo', () => {
  it('fields and expOverflowAt = ln(max)', () => {
    const f16 = formatInfo('float16');
    expect(f16).toMatchObject({ expBits: 5, fracBits: 10, max: 65504, minNormal: 2 ** -14, minSubnormal: 2 ** -24, epsilon: 2 ** -10 });
    expect(f16.expOverflowAt).toBeCloseTo(11.0899, 4);
    expect(formatInfo('bfloat16').expOverflowAt).toBeCloseTo(88.7189, 4);
    expect(formatInfo('float32').expOverflowAt).toBeCloseTo(88.7228, 4);
    expect(formatInfo('float64').expOverflowAt).toBeCloseTo(709.7827, 4);
    expect(formatInfo('float64')).toMatchObject({ max: Number.MAX_VALUE, minSubnormal: Number.MIN_VALUE, epsilon: Number.EPSILON });
    expect(formatInfo('float32').max).toBe(3.4028234663852886e38);
  });
});

describe('encode', () => {
  it('stored fields and bit strings', () => {
    expect(encode(1, 'float16')).toEqual({ sign: 0, exponent: 15, fraction: 0, bits: '0011110000000000' });
    expect(encode(-2, 'float16').bits).toBe('1100000000000000');
    expect(encode(65504, 'float16').bits).toBe('0111101111111111');
    expect(encode(65520, 'float16').bits).toBe('0111110000000000');
    expect(encode(2 ** -24, 'float16')).toEqual({ sign: 0, exponent: 0, fraction: 1, bits: '0000000000000001' });
    expect(encode(NaN, 'float16').bits).toBe('0111111000000000');
    expect(encode(-0, 'bfloat16').bits).toBe('1000000000000000');
    expect(encode(1, 'bfloat16').bits).toBe('0011111110000000');
    expect(encode(0.1, 'float32').bits).toBe('00111101110011001100110011001101');
    expect(encode(1, 'float64').bits).toBe('0' + '01111111111' + '0'.repeat(52));
    expect(encode(Number.MIN_VALUE, 'float64').fraction).toBe(1);
    expect(encode(1 / 3, 'float64').bits).toHaveLength(64);
  });
});

describe('nextUp and ulp', () => {
  it('gaps', () => {
    expect(nextUp(1, 'float16')).toBe(1 + 2 ** -10);
    expect(nextUp(65504, 'float16')).toBe(Infinity);
    expect(nextUp(0, 'float16')).toBe(2 ** -24);
    expect(nextUp(-1, 'float16')).toBe(-(1 - 2 ** -11));
    expect(nextUp(1.0001, 'float16')).toBe(1 + 2 ** -10);
    expect(nextUp(1, 'float64')).toBe(1 + Number.EPSILON);
    expect(nextUp(-Number.MIN_VALUE, 'float64')).toBe(-0);
    expect(ulp(1, 'float16')).toBe(2 ** -10);
    expect(ulp(1, 'bfloat16')).toBe(2 ** -7);
    expect(ulp(0, 'float16')).toBe(2 ** -24);
    expect(ulp(60000, 'float16')).toBe(32);
    expect(ulp(1, 'float64')).toBe(Number.EPSILON);
  });
});
