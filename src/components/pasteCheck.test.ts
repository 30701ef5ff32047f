import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/paste.en.json';
import zh from '../i18n/locales/paste.zh.json';
import { checkPaste, pasteLimits, type PasteLimits, type PasteRule } from './pasteCheck';

const free: PasteLimits = { minLength: 2, maxLength: 5000, min: -100, max: 100 };
const three: PasteLimits = { minLength: 3, maxLength: 3, min: 0, max: 1 };
const CELL_CODES = new Set(['paste.notNumber', 'paste.notFinite', 'paste.truncated', 'paste.outside']);

describe('checkPaste: a widget’s limits on pasted numbers', () => {
  it('accepts a thousand logits as a CSV column with a header', () => {
    const logits = Array.from({ length: 1000 }, (_, i) => ((i * 37) % 200) / 10 - 10);
    const r = checkPaste(`logit\n${logits.join('\n')}\n`, free);
    expect(r).toMatchObject({ ok: true, rows: 1000, cols: 1 });
    expect(r.ok && r.values).toEqual(logits);
  });
  it('asks a fixed-length widget for its length', () => {
    expect(checkPaste('0.2, 0.3', three)).toEqual({ ok: false, key: 'paste.exactly', params: { n: 3, count: 2 } });
    expect(checkPaste('0.2, 0.3, 0.4, 0.1', three)).toMatchObject({ ok: false, key: 'paste.exactly', params: { n: 3 } });
    expect(checkPaste('tensor([[0.2, 0.3, 0.5]])', three)).toMatchObject({ ok: true, values: [0.2, 0.3, 0.5] });
  });
  it('names the cell outside the range, counting the header row', () => {
    expect(checkPaste('a,b\n1,2\n3,250', free)).toEqual({ ok: false, key: 'paste.outside', params: { row: 3, col: 2, cell: '250', min: -100, max: 100 } });
  });
  it('never throws; every failure has a sentence in both languages, and names a cell when it is about one', () => {
    const bits = fc.constantFrom('1', '-2.5', 'x', 'nan', 'inf', '...', '1e3', '[', ']', ',', '\n', '\t', ' ', 'tensor(', ')', 'array(', 'dtype=float32', '250');
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(bits, { maxLength: 60 }).map((a) => a.join('')));
    fc.assert(
      fc.property(text, fc.constantFrom(free, three), (s, limits) => {
        const r = checkPaste(s, limits);
        if (r.ok) {
          expect(r.values.length).toBeGreaterThanOrEqual(limits.minLength);
          expect(r.values.length).toBeLessThanOrEqual(limits.maxLength);
          expect(r.values.every((v) => v >= limits.min && v <= limits.max)).toBe(true);
          return;
        }
        const name = r.key.slice('paste.'.length);
        expect((en.paste as Record<string, unknown>)[name], r.key).toBeTruthy();
        expect((zh.paste as Record<string, unknown>)[name], r.key).toBeTruthy();
        if (CELL_CODES.has(r.key)) {
          expect(r.params.row).toBeGreaterThanOrEqual(1);
          expect(r.params.col).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('checkPaste: records of several numbers and a widget’s own rule', () => {
  const pairs: PasteLimits = { minLength: 0, maxLength: 10, min: -10, max: 10, groupSize: 2 };
  const labelsBinary: PasteRule = (values, cellOf) => {
    for (let i = 1; i < values.length; i += 2) if (values[i] !== 0 && values[i] !== 1) return { key: 'paste.binaryLabel', params: { ...cellOf(i), cell: String(values[i]) } };
    return null;
  };
  it('reads a two-column table, a flat list and a column as the same records', () => {
    for (const text of ['z,y\n1,0\n-2,1', '1, 0, -2, 1', '1\n0\n-2\n1', 'tensor([[ 1., 0.], [-2., 1.]])']) {
      expect(checkPaste(text, pairs, labelsBinary), text).toMatchObject({ ok: true, values: [1, 0, -2, 1] });
    }
  });
  it('refuses a table whose rows are not one record each, and a list that leaves a value over', () => {
    expect(checkPaste('a,b,c\n1,0,2\n3,1,4', pairs)).toEqual({ ok: false, key: 'paste.groupColumns', params: { group: 2, got: 3 } });
    expect(checkPaste('1, 0, 2', pairs)).toEqual({ ok: false, key: 'paste.groupPartial', params: { group: 2, count: 3, rest: 1 } });
  });
  it('runs the rule after the limits and names its cell as the reader sees it', () => {
    expect(checkPaste('z,y\n1,0\n-2,0.5', pairs, labelsBinary)).toEqual({ ok: false, key: 'paste.binaryLabel', params: { row: 3, col: 2, cell: '0.5' } });
    expect(checkPaste('1\n0\n-2\n2', pairs, labelsBinary)).toEqual({ ok: false, key: 'paste.binaryLabel', params: { row: 4, col: 1, cell: '2' } });
    // Out of range is the limits' message, checked first.
    expect(checkPaste('1, 0, 20, 1', pairs, labelsBinary)).toMatchObject({ ok: false, key: 'paste.outside', params: { row: 1, col: 3 } });
  });
  it('leaves widgets without records alone', () => {
    expect(pasteLimits({ minLength: 1, maxLength: 3, min: 0, max: 1 })).toEqual({ minLength: 1, maxLength: 3, min: 0, max: 1 });
    expect(pasteLimits({ minLength: 0, maxLength: 4, min: 0, max: 1, groupSize: 2 }).groupSize).toBe(2);
    expect(checkPaste('1, 0, 2', { ...free, min: 0, max: 5 })).toMatchObject({ ok: true, values: [1, 0, 2] });
  });
});
