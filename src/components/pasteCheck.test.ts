import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../i18n/locales/en.json';
import zh from '../i18n/locales/zh.json';
import { checkPaste, type PasteLimits } from './pasteCheck';

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
