import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import en from '../../i18n/locales/paste.en.json';
import { checkPointsCsv, pointsExtent } from './points';
import { classesOf, datasetOfPoints, flatOfDataset, nearestPoint } from './pointsData';
import { makeDataset } from '../../engine';

const pasteKeys = new Set(Object.keys(en.paste));

describe('checkPointsCsv', () => {
  it('reads x, y, label rows with a header, any separator, and counts the classes', () => {
    const r = checkPointsCsv('x,y,label\n0.5, -1, 0\n1e-1\t2\t2\n-0.25 0.75 1\n');
    expect(r).toEqual({ ok: true, flat: [0.5, -1, 0, 0.1, 2, 2, -0.25, 0.75, 1], n: 3, classes: 3 });
  });

  it('names the bad cell, counting the header row as a spreadsheet does', () => {
    expect(checkPointsCsv('x,y,label\n0,0,0\n1,oops,1')).toEqual({ ok: false, key: 'paste.notNumber', params: { row: 3, col: 2, cell: 'oops' } });
    expect(checkPointsCsv('0,0,0\n1,1,1.5')).toMatchObject({ ok: false, key: 'paste.pointsLabel', params: { row: 2, col: 3, cell: '1.5' } });
    expect(checkPointsCsv('0,0,0\n1,1,7')).toMatchObject({ ok: false, key: 'paste.pointsLabel', params: { row: 2, col: 3, cell: '7' } });
    expect(checkPointsCsv('h1,h2,h3\n0,0,0\n1,500,1')).toMatchObject({ ok: false, key: 'paste.outside', params: { row: 3, col: 2, cell: '500' } });
    expect(checkPointsCsv('0,0,0\n1,1')).toMatchObject({ ok: false, key: 'paste.ragged', params: { row: 2 } });
    expect(checkPointsCsv('0,0\n1,1')).toMatchObject({ ok: false, key: 'paste.pointsColumns', params: { got: 2 } });
    expect(checkPointsCsv('0,0,1\n1,1,1')).toMatchObject({ ok: false, key: 'paste.pointsOneClass' });
    expect(checkPointsCsv('')).toMatchObject({ ok: false, key: 'paste.empty' });
  });

  it('takes 10 000 points and refuses 10 001', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `${(i % 97) / 50 - 1},${(i % 89) / 45 - 1},${i % 5}`);
    const ok = checkPointsCsv(rows.join('\n'));
    expect(ok.ok && ok.n).toBe(10_000);
    expect(ok.ok && ok.classes).toBe(5);
    expect(checkPointsCsv([...rows, '0,0,1'].join('\n'))).toMatchObject({ ok: false, key: 'paste.pointsTooMany' });
  });

  it('fuzz: any text gives points or a known message, never an exception; cell errors point inside the text', () => {
    const cell = fc.oneof(fc.double({ noNaN: true, min: -200, max: 200 }).map(String), fc.integer({ min: -1, max: 6 }).map(String), fc.constantFrom('', 'x', 'NaN', 'inf', '1e999', '...', '−2', '[', ']', 'tensor(', '"', '1,2'));
    const sep = fc.constantFrom(',', '\t', ' ', ';', ', ');
    const table = fc.array(fc.array(cell, { minLength: 0, maxLength: 4 }), { maxLength: 12 }).chain((rows) => sep.map((s) => rows.map((r) => r.join(s)).join('\n')));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), table), (text) => {
        const r = checkPointsCsv(text);
        if (r.ok) {
          expect(r.flat.length).toBe(3 * r.n);
          expect(r.classes).toBeGreaterThanOrEqual(2);
          return;
        }
        expect(pasteKeys.has(r.key.slice('paste.'.length)), r.key).toBe(true);
        const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length;
        if ('row' in r.params) expect(Number(r.params.row)).toBeGreaterThanOrEqual(1);
        if ('row' in r.params && !/[[\]]/.test(text)) expect(Number(r.params.row)).toBeLessThanOrEqual(lines);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('points as the lab stores them', () => {
  it('a built-in set survives the round trip (to 4 decimals)', () => {
    const d = makeDataset('moons', 50, 3);
    const back = datasetOfPoints(flatOfDataset(d));
    expect(Array.from(back.y)).toEqual(Array.from(d.y));
    back.x.forEach((v, i) => expect(Math.abs(v - d.x[i])).toBeLessThanOrEqual(5e-5));
    expect(classesOf(flatOfDataset(d))).toBe(2);
  });

  it('labels from a link are clamped to classes; the extent covers every point', () => {
    const flat = [0, 0, 7.4, 3, -4, -2, 0.5, 0.5, 2.4];
    expect(Array.from(datasetOfPoints(flat).y)).toEqual([4, 0, 2]);
    expect(classesOf(flat)).toBe(5);
    expect(pointsExtent(flat)).toBe(5);
    expect(pointsExtent([0.1, 0.2, 0])).toBe(1.25);
    expect(pointsExtent([1.25, -1.25, 0])).toBe(1.25); // a click at the very edge keeps the plane
    expect(pointsExtent([100, 0, 1])).toBe(100);
  });

  it('nearestPoint finds the closest within the radius, or −1', () => {
    const flat = [0, 0, 0, 1, 1, 1, 0.2, 0.1, 0];
    expect(nearestPoint(flat, 0.15, 0.1, 0.5)).toBe(2);
    expect(nearestPoint(flat, 5, 5, 0.5)).toBe(-1);
  });
});
