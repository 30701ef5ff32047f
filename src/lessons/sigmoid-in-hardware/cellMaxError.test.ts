import { describe, expect, it } from 'vitest';
import { cellMaxError, inputCells } from './cellMaxError';
import { apFormat, defaultSettings } from './figures';
import { evaluatorOf, METHOD_KEYS } from './methods';
import { formatSpecs, settingSpecs } from './schema';
import { methodStats } from './stats';

describe('cellMaxError', () => {
  // The prose's figures must be the table's figures: same grid, same window, same maxima.
  it.each([
    ['ap_fixed<8,2>, AP_TRN, AP_WRAP', apFormat(8, 2)],
    ['ap_fixed<8,2>, AP_RND, AP_SAT', apFormat(8, 2, 'RND', 'SAT')],
    ['ap_fixed<10,3>, AP_RND_CONV, AP_SAT_SYM', apFormat(10, 3, 'RND_CONV', 'SAT_SYM')],
    ['ap_fixed<12,4>, AP_TRN_ZERO, AP_WRAP', apFormat(12, 4, 'TRN_ZERO', 'WRAP')],
  ])('equals the workbench table’s max |error| for every method in %s', (_, fmt) => {
    const cells = inputCells(fmt);
    for (const m of METHOD_KEYS) expect(cellMaxError(evaluatorOf(m, defaultSettings, fmt), cells), m).toBe(methodStats(m, defaultSettings, fmt).maxAbs);
  });

  it('covers the grid cell by cell: one cell per stored word in the window', () => {
    const cells = inputCells(apFormat(8, 2));
    expect(cells).toHaveLength(256); // [−2, 2 − 2^−6] in steps of 2^−6
    for (let k = 1; k < cells.length; k++) expect(cells[k].a).toBeGreaterThan(cells[k - 1].b);
  });

  it('relies on the method depending on the stored word alone (why the equality test above matters)', () => {
    const cells = inputCells(apFormat(8, 2));
    const bad = (x: number) => 1 / (1 + Math.exp(-x)) + (Math.abs(x - 0.5) < 1e-3 ? 0.1 : 0);
    expect(cellMaxError(bad, cells)).toBeLessThan(0.1); // the spike sits inside a cell: the shortcut misses it
  });

  it('figures.ts uses the workbench’s default modes', () => {
    expect([formatSpecs.q.default, formatSpecs.o.default]).toEqual(['TRN', 'WRAP']);
    expect(defaultSettings).toEqual({ taylorOrder: settingSpecs.order.default, lutEntries: 2 ** settingSpecs.lut.default, lutInterp: false, cordicIter: settingSpecs.iter.default, hybridEntries: 2 ** settingSpecs.hyb.default });
  });
});
