import { describe, expect, it } from 'vitest';
import { apFixed, generateVerilog } from '../../engine';
import { designKey, headLines } from './hdl';
import { hdlBundle } from './hdlBundle';
import { synthAxis } from './paretoSynth';
import { sweep } from './pareto';

describe('hdlBundle', () => {
  it('names the three files after the module and counts the testbench words from the engine', () => {
    const b = hdlBundle({ method: 'lut', config: { entries: 64, interpolate: 1 }, format: apFixed(10, 4) });
    const v = generateVerilog('lut', { entries: 64, interpolate: 1 }, apFixed(10, 4));
    expect(b.words).toBe(v.words);
    expect(b.words).toBe(2 ** 10);
    expect(b.files.map((f) => f.filename)).toEqual([`${v.name}.v`, `${v.name}_tb.v`, `${v.name}.cpp`]);
    expect(b.files[0].text).toBe(v.module);
  });
});

describe('designKey', () => {
  it('is the same for a default config given or left out, and differs by format and setting', () => {
    const f = apFixed(12, 4);
    expect(designKey('lut', undefined, f)).toBe(designKey('lut', { entries: 1024, interpolate: 0 }, f));
    expect(designKey('lut', { entries: 512 }, f)).not.toBe(designKey('lut', undefined, f));
    expect(designKey('plan', undefined, f)).not.toBe(designKey('plan', undefined, apFixed(12, 5)));
  });
});

describe('headLines', () => {
  it('keeps the first lines and counts the rest, with or without a final newline', () => {
    expect(headLines('a\nb\nc\nd\n', 2)).toEqual({ text: 'a\nb\n', hidden: 2 });
    expect(headLines('a\nb\nc\nd', 2)).toEqual({ text: 'a\nb\n', hidden: 2 });
    expect(headLines('a\nb\n', 2)).toEqual({ text: 'a\nb\n', hidden: 0 });
    expect(headLines('a', 2)).toEqual({ text: 'a', hidden: 0 });
  });
});

describe('synthAxis', () => {
  it('draws only synthesized designs, and never the hard sigmoid or float64', () => {
    const fmt = apFixed(12, 4);
    const points = sweep(fmt);
    const none = synthAxis(points, fmt, {});
    expect(none.drawn).toEqual([]);
    expect(none.unsupported).toBe(points.filter((p) => p.method === 'hard').length);
    expect(none.missing.length + none.unsupported).toBe(points.length);
    const plan = none.missing.find((p) => p.method === 'plan')!;
    const report = { top: 't', word: {}, ice40: {}, generic: { gates: 185 } } as never;
    const one = synthAxis(points, fmt, { [designKey(plan.method, plan.config, plan.format)]: { status: 'done', params: plan, report, seconds: 1 } });
    expect(one.drawn.map((p) => [p.method, p.gates])).toEqual([['plan', 185]]);
    expect(synthAxis(points, undefined, {}).unsupported).toBe(points.length);
  });
});
