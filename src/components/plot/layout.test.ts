import { describe, expect, it } from 'vitest';
import { frameMargin, isBandScale, makeScale, scaleKey, tickLabel, tickValues } from './layout';
import { linePath } from './path';

describe('frame layout', () => {
  it('keys a scale by its values, so a fresh domain array is the same scale', () => {
    expect(scaleKey({ domain: [-3, 3] })).toEqual(scaleKey({ domain: [-3, 3] }));
    expect(scaleKey({ type: 'log', domain: [1e-6, 1] })).toEqual(['log', 1e-6, 1, false]);
    expect(scaleKey({ type: 'band', domain: ['a', 'b'], padding: 0.3 })).toEqual(['band', 'a\u001fb', 0.3, false]);
  });

  it('builds linear, nice, log and band scales from those keys', () => {
    const lin = makeScale('linear', -0.93, 2.1, true, 200, 0);
    expect(isBandScale(lin)).toBe(false);
    if (!isBandScale(lin)) expect(lin.domain()).toEqual([-1, 2.5]);
    const log = makeScale('log', 1e-6, 1, false, 0, 600);
    if (!isBandScale(log)) expect(log(1e-3)).toBeCloseTo(300);
    const band = makeScale(...scaleKey({ type: 'band', domain: ['a', 'b', 'c'], padding: 0 }), 0, 300);
    if (isBandScale(band)) {
      expect(band('b')).toBe(100);
      expect(band.bandwidth()).toBe(100);
    } else throw new Error('expected a band scale');
    expect(isBandScale(makeScale('band', '', 0.2, false, 0, 10))).toBe(true);
  });

  it('keeps room only for what a side shows', () => {
    expect(frameMargin({ domain: [0, 1], label: 'x' }, { domain: [0, 1], label: 'y' })).toEqual({ top: 12, right: 16, bottom: 40, left: 58 });
    expect(frameMargin({ domain: [0, 1] }, { domain: [0, 1] })).toEqual({ top: 12, right: 16, bottom: 28, left: 44 });
    expect(frameMargin({ domain: [0, 1], axis: false }, { domain: [0, 1], axis: false })).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(frameMargin({ domain: [0, 1] }, { domain: [0, 1], axis: false }, { right: 64 })).toEqual({ top: 0, right: 64, bottom: 28, left: 14 });
  });

  it('thins a many-decade log axis to decades and labels far ones as powers of ten', () => {
    const s = makeScale('log', 1e-24, 2, false, 300, 0);
    if (isBandScale(s)) throw new Error('expected a log scale');
    const ticks = tickValues(s, 6, true);
    expect(ticks.length).toBeLessThanOrEqual(7);
    for (const v of ticks) expect(Math.log10(v)).toBeCloseTo(Math.round(Math.log10(v)));
    expect(tickLabel(1e-12, true)).toBe('1e−12');
    expect(tickLabel(0.01, true)).toBe('0.01');
    expect(tickLabel(-0.5, false)).toBe('−0.5');
  });
});

describe('linePath', () => {
  const x = makeScale('linear', 0, 4, false, 0, 400);
  it('breaks the line at points a scale cannot place', () => {
    const y = makeScale('linear', 0, 1, false, 100, 0);
    const d = linePath([0, 1, 2, 3, 4], [0, 0.5, NaN, 0.5, 1], x, y);
    expect(d.match(/M/g)?.length).toBe(2);
    const logY = makeScale('log', 1e-3, 1, false, 100, 0);
    expect(linePath([0, 1, 2], [0.1, 0, 0.1], x, logY).match(/M/g)?.length).toBe(2);
  });

  it('pulls far-off values to one plot height beyond the frame', () => {
    const y = makeScale('linear', 0, 1, false, 100, 0);
    expect(linePath([0, 4], [0, 1e300], x, y)).toBe('M0,100L400,-100');
  });
});
