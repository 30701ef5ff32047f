import { describe, expect, it } from 'vitest';
import { createWidgetStore } from '../components/state/widgetStore';
import { widget } from '../components/widgets/widget';
import { MAX_JSON_CHARS, MAX_LIST, isPlainObject, parentOriginParam, readCommand, readValues } from './messages';

const ID = 'temperature';

describe('readCommand', () => {
  it('reads Logit Lab’s own messages for this widget', () => {
    expect(readCommand({ type: 'logit-lab:set', id: ID, values: { t: 0.1 } }, ID)).toEqual({ kind: 'set', values: { t: 0.1 } });
    expect(readCommand({ type: 'logit-lab:get', id: ID }, ID)).toEqual({ kind: 'get' });
    expect(readCommand({ type: 'logit-lab:reset', id: ID }, ID)).toEqual({ kind: 'reset' });
  });

  it('reads reveal.js’s { method, args } form, as an object or as JSON text', () => {
    expect(readCommand({ method: 'setState', args: [{ t: 10 }] }, ID)).toEqual({ kind: 'set', values: { t: 10 } });
    expect(readCommand(JSON.stringify({ method: 'setState', args: [{ t: 10 }] }), ID)).toEqual({ kind: 'set', values: { t: 10 } });
    expect(readCommand('{"method":"getState"}', ID)).toEqual({ kind: 'get' });
    expect(readCommand({ method: 'reset', id: ID }, ID)).toEqual({ kind: 'reset' });
    // reveal.js posts 'slide:start' to the iframes of the slide it shows: answered with a report.
    expect(readCommand('slide:start', ID)).toEqual({ kind: 'get' });
  });

  it('ignores other widgets, other types and other methods', () => {
    expect(readCommand({ type: 'logit-lab:set', id: 'gallery', values: { t: 1 } }, ID)).toBeNull();
    expect(readCommand({ type: 'logit-lab:set', values: { t: 1 } }, ID)).toBeNull(); // id required
    expect(readCommand({ type: 'logit-lab:height', id: ID, height: 3 }, ID)).toBeNull();
    expect(readCommand({ type: 'logit-lab:state', id: ID, state: {} }, ID)).toBeNull();
    expect(readCommand({ method: 'slide', args: [2] }, ID)).toBeNull();
    expect(readCommand({ method: 'setState', args: [{ t: 1 }], id: 'gallery' }, ID)).toBeNull();
    expect(readCommand('slide:stop', ID)).toBeNull();
  });

  it('ignores anything that is not a plain object of the expected shape', () => {
    for (const junk of [null, undefined, 42, true, 'hello', '{not json}', '{', [], [{ type: 'logit-lab:get', id: ID }], new Map([['type', 'logit-lab:get']]), new Date(0)]) {
      expect(readCommand(junk, ID)).toBeNull();
    }
    expect(readCommand({ type: 'logit-lab:set', id: ID, values: null }, ID)).toBeNull();
    expect(readCommand({ type: 'logit-lab:set', id: ID, values: [0.1] }, ID)).toBeNull();
    expect(readCommand({ type: 'logit-lab:set', id: ID, values: 't=0.1' }, ID)).toBeNull();
    expect(readCommand({ type: 42, id: ID }, ID)).toBeNull();
    expect(readCommand({ method: 'setState', args: 'nope' }, ID)).toBeNull();
    expect(readCommand(`{"method":"getState","pad":"${'x'.repeat(MAX_JSON_CHARS)}"}`, ID)).toBeNull();
    // Inherited properties are not read: only the message's own keys count.
    const inherited = Object.create({ type: 'logit-lab:get', id: ID }) as object;
    expect(readCommand(inherited, ID)).toBeNull();
  });

  it('never lets __proto__ through, and leaves Object.prototype alone', () => {
    const c = readCommand('{"type":"logit-lab:set","id":"temperature","values":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"t":0.5}}', ID);
    expect(c?.kind).toBe('set');
    const values = c?.kind === 'set' ? c.values : {};
    expect(Object.keys(values)).toEqual(['t']);
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('readValues', () => {
  it('cuts huge lists before the schema sees them', () => {
    const v = readValues({ z: new Array<number>(1_000_000).fill(1) });
    expect((v?.z as number[]).length).toBe(MAX_LIST);
  });

  it('reads only plain objects', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(new (class A {})())).toBe(false);
    expect(readValues(new Map())).toBeNull();
  });

  it('hostile values end valid once the store has checked them against the schema', () => {
    const w = widget('softmax-temperature', 'temperature', {
      z: { kind: 'numbers', default: [38, 20, 40, 39], min: -100, max: 100, minLength: 4, maxLength: 4 },
      t: { kind: 'number', default: 1, min: 0.01, max: 100 },
      focus: { kind: 'enum', default: 'went', options: ['goes', 'go', 'went', 'comes'] },
    }, () => Promise.reject(new Error('not rendered')));
    const store = createWidgetStore(() => new URLSearchParams());
    const apply = (data: unknown) => {
      const c = readCommand(data, ID);
      if (c?.kind === 'set') store.set({ widget: w, values: c.values });
    };
    apply({ type: 'logit-lab:set', id: ID, values: { t: 0.1, z: [1, 2, 3, 4] } });
    expect(store.entry(w).state).toEqual({ z: [1, 2, 3, 4], t: 0.1, focus: 'went' });
    apply({ type: 'logit-lab:set', id: ID, values: { t: Infinity, z: new Array(50_000).fill(1e9), focus: 'toString', extra: 1 } });
    expect(store.entry(w).state).toEqual({ z: [100, 100, 100, 100], t: 100, focus: 'went' });
    apply({ type: 'logit-lab:set', id: ID, values: { t: '5', z: [1, 'x', null, {}], focus: ['went'] } });
    expect(store.entry(w).state).toEqual({ z: [38, 20, 40, 39], t: 1, focus: 'went' });
  });
});

describe('parentOriginParam', () => {
  it('accepts an http(s) origin and nothing else', () => {
    expect(parentOriginParam('?parent=https://slides.example/deck/?x=1')).toBe('https://slides.example');
    expect(parentOriginParam('?parent=http://127.0.0.1:8000')).toBe('http://127.0.0.1:8000');
    expect(parentOriginParam('')).toBeNull();
    expect(parentOriginParam('?parent=javascript:alert(1)')).toBeNull();
    expect(parentOriginParam('?parent=*')).toBeNull();
    expect(parentOriginParam('?parent=file:///tmp/deck.html')).toBeNull();
  });
});
