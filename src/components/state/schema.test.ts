import { describe, expect, it } from 'vitest';
import { defaultsOf, parseState, serializeState, type Schema } from './schema';

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
