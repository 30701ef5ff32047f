import { describe, expect, it } from 'vitest';
import { defaultsOf, parseParam, parseState, serializeState, type Schema } from './schema';

const schema = {
  t: { kind: 'number', default: 1, min: 0.01, max: 100 },
  mode: { kind: 'enum', default: 'naive', options: ['naive', 'stable'] },
  on: { kind: 'boolean', default: false },
  z: { kind: 'numbers', default: [1, 2], min: -1e4, max: 1e4, minLength: 1, maxLength: 8 },
} as const satisfies Schema;

describe('widget state schema', () => {
  it('round-trips a state through the URL', () => {
    const s = { t: 0.5, mode: 'stable' as const, on: true, z: [3, -4, 5] };
    const p = serializeState(schema, s, 'w');
    expect(parseState(schema, new URLSearchParams(p.toString()), 'w')).toEqual({ state: s, notices: [] });
  });
  it('leaves defaults out of the link', () => {
    expect(serializeState(schema, defaultsOf(schema), 'w').toString()).toBe('');
  });
  it('clamps hostile values with a notice and never throws', () => {
    const p = new URLSearchParams({ 'w.t': '1e309', 'w.mode': '<script>alert(1)</script>', 'w.on': 'maybe', 'w.z': 'NaN,5,1e309' });
    const { state, notices } = parseState(schema, p, 'w');
    expect(state).toEqual({ t: 100, mode: 'naive', on: false, z: [5, 1e4] });
    expect(notices).toHaveLength(4);
  });
  it('ignores prototype-pollution keys and truncates huge arrays', () => {
    const huge = Array.from({ length: 10000 }, (_, i) => i % 7).join(',');
    const p = new URLSearchParams({ 'w.__proto__': '1', 'w.z': huge, 'w.t': 'NaN' });
    const { state, notices } = parseState(schema, p, 'w');
    expect(state.z.length).toBeLessThanOrEqual(8);
    expect(state.t).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(notices.length).toBe(2);
  });
});

describe('enum lists', () => {
  const s = { pick: { kind: 'enums', default: ['a'], options: ['a', 'b', 'c'], maxLength: 2 } } as const satisfies Schema;
  it('keeps known, unique options up to the limit', () => {
    const { state, notices } = parseState(s, new URLSearchParams({ 'w.pick': 'b,zz,b,c,a' }), 'w');
    expect(state.pick).toEqual(['b', 'c']);
    expect(notices).toHaveLength(1);
    expect(serializeState(s, { pick: ['c'] }, 'w').toString()).toBe('w.pick=c');
  });
});

describe('URL notices are data, worded in both languages', () => {
  it('every notice code the parser emits has an English and a Chinese sentence', async () => {
    const en = (await import('../../i18n/locales/en.json')).default as { urlNotice: Record<string, string> };
    const zh = (await import('../../i18n/locales/zh.json')).default as { urlNotice: Record<string, string> };
    const specs = {
      n: { kind: 'number', default: 1, min: 0, max: 2 },
      e: { kind: 'enum', default: 'a', options: ['a', 'b'] },
      b: { kind: 'boolean', default: true },
      es: { kind: 'enums', default: ['a'], options: ['a', 'b'], maxLength: 2 },
      ns: { kind: 'numbers', default: [1, 2], min: 0, max: 5, minLength: 2, maxLength: 3 },
      pairs: { kind: 'numbers', default: [], min: 0, max: 5, minLength: 0, maxLength: 6, groupSize: 2 },
    } as const;
    const raws: [keyof typeof specs, string][] = [['n', 'x'], ['n', '9'], ['e', 'z'], ['b', 'maybe'], ['es', 'a,q'], ['ns', '1,2,3,4'], ['ns', '1,,9'], ['ns', '1'], ['ns', 'zgarbage'], ['pairs', '1,2,3']];
    const codes = new Set(raws.flatMap(([k, raw]) => parseParam(k, specs[k], raw).notice?.parts.map((p) => p.code) ?? []));
    expect([...codes].sort()).toEqual(['clamped', 'dropped', 'keptFirst', 'keptOptions', 'notBoolean', 'notNumber', 'notOption', 'outside', 'partialGroup', 'tooFew', 'unpackable']);
    for (const c of codes) {
      expect(en.urlNotice[c], `en urlNotice.${c}`).toBeTruthy();
      expect(zh.urlNotice[c], `zh urlNotice.${c}`).toBeTruthy();
    }
  });
});
