import { describe, expect, it } from 'vitest';
import { gridCsv, gridTable, seriesTable, tableCsv } from './table';

const s = (id: string, n: number) => ({ id, label: id, color: '', x: Float64Array.from({ length: n }, (_, i) => i), y: Float64Array.from({ length: n }, (_, i) => i * i) });

describe('plot tables', () => {
  it('samples curves to about 25 rows, keeping the last sample', () => {
    const t = seriesTable([s('a', 801), s('b', 801)]);
    expect(t.columns).toEqual(['x', 'a', 'b']);
    expect(t.rows[0]).toEqual([0, 0, 0]);
    expect(t.rows.at(-1)).toEqual([800, 640000, 640000]);
    expect(t.rows.length).toBeLessThanOrEqual(27);
    expect(seriesTable([]).rows).toEqual([]);
  });

  it('writes CSV with quoted text and full-precision numbers', () => {
    expect(tableCsv({ columns: ['name', 'p'], rows: [['say "hi"', 0.1 + 0.2]] })).toBe('"name","p"\n"say ""hi""",0.30000000000000004\n');
  });

  it('samples a grid (row 0 = top) at cell centres', () => {
    const g = 4;
    const values = Float64Array.from({ length: g * g }, (_, k) => k);
    const t = gridTable(values, g, [-1, 1, -1, 1], 2);
    expect(t.columns).toEqual(['y \\ x', '−0.75', '0.75']);
    expect(t.rows).toEqual([
      [0.75, 0, 3],
      [-0.75, 12, 15],
    ]);
    expect(gridTable(new Float32Array(0), 0, [-1, 1, -1, 1]).rows).toEqual([]);
    const csv = gridCsv(values, g, [-1, 1, -1, 1]).trim().split('\n');
    expect(csv.length).toBe(17);
    expect(csv[1]).toBe('-0.75,0.75,0');
  });
});
