import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sigmoidApprox } from '.';
import { hls4mlSigmoid } from './hls4mlSigmoid';
import { errorStats } from '../errorStats';
import { sigmoidExact } from '../exact';
import { apFixed } from '../fixed/format';

const lutMax = (cfg: Record<string, number>): number =>
  errorStats((x) => sigmoidApprox.lut.evaluate(x, cfg), -8, 8, 16_001).maxAbs;

describe('LUT', () => {
  it('default is hls4ml\'s table: truncating index, twice-wide bin at 0, clamped ends', () => {
    const f = (x: number): number => sigmoidApprox.lut.evaluate(x);
    expect(f(0)).toBe(0.5);
    expect(f(0.015)).toBe(0.5); // trunc(0.96) = 0 → entry N/2
    expect(f(-0.015)).toBe(0.5); // trunc(−0.96) = 0 as well: the bin around 0 is twice as wide
    expect(f(1 / 64)).toBe(sigmoidExact(1 / 64));
    expect(f(-1 / 64)).toBe(sigmoidExact(-1 / 64));
    expect(f(100)).toBe(sigmoidExact(16 * 511 / 1024));
    expect(f(-100)).toBe(sigmoidExact(-8));
    expect(Number(lutMax({}).toPrecision(2))).toBe(0.0039);
  });

  it('with a format, every entry is quantized to it', () => {
    const fmt = apFixed(18, 8);
    const v = sigmoidApprox.lut.evaluate(0.02, undefined, fmt);
    expect(v).toBe(Math.floor(sigmoidExact(1 / 64) * 1024) / 1024);
  });

  it('error decreases as entries increase (powers of two, with and without interpolation)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 11 }), fc.integer({ min: 1, max: 4 }), fc.constantFrom(0, 1), (k, d, interp) => {
        const small = 2 ** k;
        const big = 2 ** Math.min(12, k + d);
        if (big === small) return;
        expect(lutMax({ entries: big, interpolate: interp })).toBeLessThan(lutMax({ entries: small, interpolate: interp }));
      }),
      { numRuns: 25 },
    );
  });

  it('linear interpolation meets the h²/8 · max|σ″| bound', () => {
    const maxD2 = 1 / (6 * Math.sqrt(3));
    for (const N of [64, 256, 1024]) {
      const h = 16 / N;
      const e = lutMax({ entries: N, interpolate: 1 });
      expect(e).toBeLessThanOrEqual((h * h * maxD2) / 8 + 1e-15);
      expect(e).toBeGreaterThan(0.9 * ((h * h * maxD2) / 8));
    }
  });

  it('bit-exact hls4ml defaults over all 65,536 ap_fixed<16,6> inputs: max 0.00464 at x ≈ 0.03', () => {
    let max = 0;
    let arg = 0;
    for (let r = -32768; r < 32768; r++) {
      const x = r / 1024;
      const e = Math.abs(hls4mlSigmoid(x) - sigmoidExact(x));
      if (e > max) {
        max = e;
        arg = x;
      }
    }
    expect(Number(max.toPrecision(3))).toBe(0.00464);
    expect(arg).toBeCloseTo(0.03, 2);
  });

  it('hls4mlSigmoid outputs are multiples of 2^−10', () => {
    for (const x of [-9, -3.3, -0.01, 0.2, 2.9, 12]) expect(Number.isInteger(hls4mlSigmoid(x) * 1024)).toBe(true);
  });
});
