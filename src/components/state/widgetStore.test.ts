import { describe, expect, it } from 'vitest';
import { widget } from '../widgets/widget';
import { createWidgetStore } from './widgetStore';

const schema = {
  t: { kind: 'number', default: 1, min: 0.05, max: 5 },
  n: { kind: 'number', default: 3, min: 1, max: 8, integer: true },
  pick: { kind: 'enums', default: ['a'], options: ['a', 'b', 'c'], maxLength: 2 },
  mode: { kind: 'enum', default: 'x', options: ['x', 'y'] },
} as const;
const load = () => Promise.reject(new Error('not loaded in this test'));
const demo = widget('softmax-temperature', 'demo', schema, load);

describe('the widget store', () => {
  it('reads, validates and clamps its params on first use, with notices', () => {
    const store = createWidgetStore(() => new URLSearchParams('demo.t=99&demo.mode=z&other.t=1'));
    const e = store.entry(demo);
    expect(e.state).toEqual({ t: 5, n: 3, pick: ['a'], mode: 'x' });
    expect(e.notices).toHaveLength(2);
    expect(store.entry(demo)).toBe(e);
  });
  it('applies typed patches, clamping values and ignoring keys the schema lacks', () => {
    const store = createWidgetStore(() => new URLSearchParams());
    store.set(demo.patch({ t: 0.1, n: 7.6, pick: ['c', 'b', 'a'] }));
    expect(store.entry(demo).state).toEqual({ t: 0.1, n: 8, pick: ['c', 'b'], mode: 'x' });
    store.set({ widget: demo, values: { nope: 1, t: -3 } });
    expect(store.entry(demo).state.t).toBe(0.05);
    expect(store.entry(demo).state).not.toHaveProperty('nope');
  });
  it('keeps the same state object for a patch that changes nothing (no re-render)', () => {
    const store = createWidgetStore(() => new URLSearchParams());
    store.set(demo.patch({ t: 2, pick: ['b'] }));
    const before = store.entry(demo).state;
    let calls = 0;
    store.api.subscribe(() => calls++);
    store.set(demo.patch({ t: 2, pick: ['b'] }));
    expect(store.entry(demo).state).toBe(before);
    expect(calls).toBe(0);
  });
  it('holds state set before the widget ever rendered, and resets to defaults', () => {
    const store = createWidgetStore(() => new URLSearchParams('demo.n=2'));
    store.set(demo.patch({ mode: 'y' }));
    expect(store.entry(demo).state).toMatchObject({ n: 2, mode: 'y' });
    store.reset(demo);
    expect(store.entry(demo).state).toEqual({ t: 1, n: 3, pick: ['a'], mode: 'x' });
  });
  it('refuses two widgets with one id', () => {
    const store = createWidgetStore(() => new URLSearchParams());
    store.entry(demo);
    expect(() => store.entry(widget('softmax-temperature', 'demo', schema, load))).toThrow(/share the id/);
  });
  it('type-checks patches against the schema', () => {
    // @ts-expect-error: `temp` is not a parameter of this widget
    demo.patch({ temp: 0.1 });
    // @ts-expect-error: `mode` takes one of its options
    demo.patch({ mode: 'z' });
    expect(demo.patch({ t: 0.1 }).values).toEqual({ t: 0.1 });
  });
});
