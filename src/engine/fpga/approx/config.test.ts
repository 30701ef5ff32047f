import { describe, expect, it } from 'vitest';
import { sigmoidApprox } from '.';
import { APPROX_NAMES } from './types';
import { hybridLayout } from './hybrid';
import { apFixed, type FixedFormat } from '../fixed/format';
import { errorStats } from '../errorStats';

describe('bad config throws a RangeError naming the argument', () => {
  const cases: [(typeof APPROX_NAMES)[number], Record<string, number>, RegExp][] = [
    ['taylor', { order: 0 }, /taylor: config\.order.*got 0/],
    ['taylor', { order: 10 }, /config\.order.*got 10/],
    ['taylor', { order: 2.5 }, /config\.order must be an integer/],
    ['lut', { entries: 8 }, /lut: config\.entries.*got 8/],
    ['lut', { entries: 5000 }, /config\.entries/],
    ['lut', { interpolate: 2 }, /config\.interpolate/],
    ['lut', { range: 0 }, /config\.range/],
    ['cordic', { iterations: 1 }, /cordic: config\.iterations.*got 1/],
    ['cordic', { iterations: 25 }, /config\.iterations/],
    ['cordic', { iterations: NaN }, /config\.iterations.*NaN/],
    ['hybrid', { entries: 4 }, /hybrid: config\.entries/],
    ['hybrid', { entries: 512 }, /config\.entries/],
    ['plan', { order: 3 }, /plan: unknown config parameter "order"/],
    ['sonf', { entries: 3 }, /sonf: unknown config parameter "entries"/],
  ];
  for (const [name, cfg, re] of cases) {
    it(`${name} ${JSON.stringify(cfg)}`, () => {
      expect(() => sigmoidApprox[name].evaluate(0.3, cfg)).toThrow(RangeError);
      expect(() => sigmoidApprox[name].evaluate(0.3, cfg)).toThrow(re);
      expect(() => sigmoidApprox[name].cost(cfg)).toThrow(re);
    });
  }

  it.each(APPROX_NAMES)('%s rejects NaN input and a bad format', (name) => {
    expect(() => sigmoidApprox[name].evaluate(NaN)).toThrow(/x must be a number/);
    const bad = { width: 70, intBits: 4, signed: true, quantization: 'TRN', overflow: 'WRAP' } as FixedFormat;
    expect(() => sigmoidApprox[name].evaluate(1, undefined, bad)).toThrow(/format\.width/);
    expect(() => sigmoidApprox[name].cost(undefined, bad)).toThrow(/format\.width/);
  });
});

describe('metadata and costs', () => {
  it.each(APPROX_NAMES)('%s: name, label, source, config defaults within bounds', (name) => {
    const m = sigmoidApprox[name];
    expect(m.name).toBe(name);
    expect(m.label.length).toBeGreaterThan(3);
    expect(m.source.length).toBeGreaterThan(10);
    for (const p of m.config) {
      expect(p.default).toBeGreaterThanOrEqual(p.min);
      expect(p.default).toBeLessThanOrEqual(p.max);
    }
  });

  it.each(APPROX_NAMES)('%s: cost() for float and every format is finite and non-negative', (name) => {
    for (const fmt of [undefined, apFixed(16, 6), apFixed(8, 2), apFixed(64, 32)]) {
      const c = sigmoidApprox[name].cost(undefined, fmt);
      for (const k of ['multipliers', 'adders', 'shifts', 'comparators', 'tableBits', 'latencyCycles'] as const) {
        expect(Number.isInteger(c[k]) && c[k] >= 0, `${name}.${k}`).toBe(true);
      }
      expect(c.latencyCycles).toBeGreaterThan(0);
    }
  });

  it('costs follow the reference conventions', () => {
    const f = apFixed(16, 6);
    expect(sigmoidApprox.plan.cost()).toMatchObject({ multipliers: 0, shifts: 1, tableBits: 0 });
    expect(sigmoidApprox.sonf.cost()).toMatchObject({ multipliers: 1, tableBits: 0 });
    expect(sigmoidApprox.lut.cost(undefined, f).tableBits).toBe(1024 * 16);
    expect(sigmoidApprox.lut.cost({ interpolate: 1 }, f)).toMatchObject({ multipliers: 1, tableBits: 1025 * 16 });
    const c8 = sigmoidApprox.cordic.cost({ iterations: 8 }, f);
    const c16 = sigmoidApprox.cordic.cost({ iterations: 16 }, f);
    expect(c16.shifts - c8.shifts).toBe(16); // two shifts per iteration
    expect(c16.latencyCycles - c8.latencyCycles).toBe(8); // one cycle per iteration
    expect(c16.tableBits - c8.tableBits).toBe(8 * 16); // one atanh constant per iteration
    expect(c16.dividers).toBe(1);
    expect(sigmoidApprox.taylor.cost({ order: 9 }).multipliers).toBeGreaterThan(sigmoidApprox.taylor.cost({ order: 3 }).multipliers);
    expect(sigmoidApprox.hybrid.cost({ entries: 64 }, f).tableBits).toBeGreaterThan(sigmoidApprox.hybrid.cost({ entries: 16 }, f).tableBits);
  });
});

describe('hybrid', () => {
  it('beats SONF at every table size, and improves with size', () => {
    const sonfErr = errorStats((x) => sigmoidApprox.sonf.evaluate(x), -8, 8, 16_001).maxAbs;
    let prev = Infinity;
    for (const entries of [8, 16, 32, 64, 128, 256]) {
      const e = errorStats((x) => sigmoidApprox.hybrid.evaluate(x, { entries }), -8, 8, 16_001).maxAbs;
      expect(e).toBeLessThan(entries === 8 ? sonfErr : sonfErr / 2);
      expect(e).toBeLessThan(prev);
      prev = e;
    }
    // ≈ ten times better than SONF from 32 entries, as Ngah et al. report.
    expect(errorStats((x) => sigmoidApprox.hybrid.evaluate(x, { entries: 32 }), -8, 8, 16_001).maxAbs).toBeLessThan(sonfErr / 10);
  });

  it('segments are unequal: densest where the correction varies fastest', () => {
    const { segments, used } = hybridLayout(32);
    expect(used).toBeLessThanOrEqual(32);
    expect(Math.max(...segments)).toBeGreaterThan(Math.min(...segments));
    expect(segments[7]).toBe(Math.min(...segments)); // the tail beyond 7 barely moves
    expect(segments.every((n) => Number.isInteger(Math.log2(n)))).toBe(true);
  });

  it('beats SONF in Q4.12 too', () => {
    const f = apFixed(16, 4);
    const e = (name: 'hybrid' | 'sonf'): number => errorStats((x) => sigmoidApprox[name].evaluate(x, undefined, f), -8, 7.99, 8001).maxAbs;
    expect(e('hybrid')).toBeLessThan(e('sonf') / 5);
  });
});

describe('Taylor', () => {
  it('errors on [−2, 2] for orders 3/5/7/9 match 0.0475 / 0.0192 / 0.0078 / 0.0032', () => {
    const e = (order: number): number => errorStats((x) => sigmoidApprox.taylor.evaluate(x, { order }), -2, 2, 4001).maxAbs;
    expect(e(3)).toBeCloseTo(0.0475, 4);
    expect(e(5)).toBeCloseTo(0.0192, 4);
    expect(e(7)).toBeCloseTo(0.0078, 4);
    expect(e(9)).toBeCloseTo(0.0032, 4);
    expect(e(4)).toBe(e(3)); // even orders add nothing: σ − ½ is odd
  });

  it('diverges beyond π: more terms make it worse at x = 4', () => {
    const at4 = (order: number): number => Math.abs(sigmoidApprox.taylor.evaluate(4, { order }) - 1 / (1 + Math.exp(-4)));
    expect(at4(9)).toBeGreaterThan(at4(5));
    expect(at4(5)).toBeGreaterThan(at4(3));
  });
});
