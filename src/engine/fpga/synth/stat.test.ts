/**
 * The parsers on real Yosys 0.55 output captured from @yowasp/yosys (fixtures/): the text and
 * JSON forms of one `stat` must agree, and the counts are the ones Yosys printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyCells, parseLtp, parseStatJson, parseStatText, yosysPass } from './stat';
import { synthFile, synthReport, synthScript } from './flow';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const PLAN16 = 'sigmoid_plan_fx16_6_trn_wrap';

describe('parseStatText / parseStatJson', () => {
  it('read the same iCE40 cells from the text and the JSON of one run (PLAN, ap_fixed<16,6>)', () => {
    const text = parseStatText(fixture('plan-fx16_6.ice40.stat.txt'));
    const json = parseStatJson(fixture('plan-fx16_6.ice40.stat.json'), PLAN16);
    expect(text).toEqual({ SB_CARRY: 40, SB_LUT4: 74 });
    expect(json).toEqual(text);
  });

  it('read DSP cells (Taylor on iCE40 with -dsp) and ECP5 primitives', () => {
    expect(parseStatText(fixture('taylor-fx16_6.ice40.stat.txt'), 'sigmoid_taylor_o5_fx16_6_trn_wrap')).toEqual({ SB_CARRY: 21, SB_LUT4: 27, SB_MAC16: 4 });
    expect(parseStatText(fixture('taylor-fx12_4.ecp5.stat.txt'))).toEqual({ CCU2C: 7, LUT4: 5, MULT18X18D: 4 });
  });

  it('reject text whose rows do not add up, a missing module and non-JSON', () => {
    const broken = fixture('plan-fx16_6.ice40.stat.txt').replace(/SB_LUT4(\s+)74/, 'SB_LUT4$173');
    expect(() => parseStatText(broken)).toThrow(/add up to 113, not the declared 114/);
    expect(() => parseStatJson(fixture('plan-fx16_6.ice40.stat.json'), 'other')).toThrow(/no module other/);
    expect(() => parseStatJson('stat: error')).toThrow(SyntaxError);
    expect(() => parseStatText('nothing here')).toThrow(/no module/);
  });
});

describe('classifyCells', () => {
  it('sorts iCE40, ECP5, generic and word-level cells into their classes', () => {
    const ecp5 = classifyCells(parseStatJson(fixture('lut-fx12_4.ecp5.stat.json')));
    expect(ecp5).toMatchObject({ luts: 259, carry: 11, bram: 0, dsp: 0, other: 22 + 73, total: 365 });
    const generic = classifyCells(parseStatJson(fixture('sonf-fx16_6.generic.stat.json')));
    expect(generic.gates).toBe(1520);
    expect(generic.total).toBe(1520);
    const word = classifyCells(parseStatJson(fixture('taylor-fx12_4.word.stat.json')));
    expect(word.multipliers).toBe(3);
    expect(classifyCells({ SB_DFFE: 3, $_DFF_P_: 2, $_AND_: 5, SB_RAM40_4K: 1, $mem_v2: 1 })).toMatchObject({ ffs: 5, gates: 5, bram: 1, memories: 1, total: 12 });
  });

  it('rejects a count that is not a whole number', () => {
    expect(() => classifyCells({ SB_LUT4: 1.5 })).toThrow(/SB_LUT4/);
  });
});

describe('parseLtp', () => {
  it('reads the longest path length Yosys printed', () => {
    expect(parseLtp(fixture('plan-fx16_6.ice40.ltp.txt'))).toBe(30);
    // The path printed below the header has one row per cell plus the input: the length is right.
    const rows = fixture('plan-fx16_6.ice40.ltp.txt').split('\n').filter((l) => /^\s+\d+: /.test(l));
    expect(rows.length - 1).toBe(30);
    expect(parseLtp(fixture('taylor-fx16_6.generic.ltp.txt'), 'sigmoid_taylor_o5_fx16_6_trn_wrap')).toBe(107);
    expect(() => parseLtp('no path')).toThrow(/no module/);
  });
});

describe('synthScript / synthReport', () => {
  it('names every report file the report reads, and refuses unsafe names', () => {
    const s = synthScript('sigmoid_plan_fx8_4_trn_wrap');
    for (const f of ['word', 'generic', 'ice40'] as const) expect(s).toContain(synthFile(f, 'stat'));
    expect(s).toContain(synthFile('ice40', 'ltp'));
    expect(() => synthScript('a; shell rm')).toThrow(RangeError);
    expect(() => synthScript('ok', '../x.v')).toThrow(RangeError);
  });

  it('assembles the flows from the files, and says which file is missing', () => {
    const files = {
      [synthFile('word', 'stat')]: fixture('plan-fx16_6.ice40.stat.json'),
      [synthFile('generic', 'stat')]: fixture('plan-fx16_6.ice40.stat.json'),
      [synthFile('generic', 'ltp')]: fixture('plan-fx16_6.ice40.ltp.txt'),
      [synthFile('ice40', 'stat')]: fixture('plan-fx16_6.ice40.stat.json'),
      [synthFile('ice40', 'ltp')]: fixture('plan-fx16_6.ice40.ltp.txt'),
    };
    const r = synthReport(PLAN16, files);
    expect(r.ice40).toMatchObject({ luts: 74, carry: 40, depth: 30 });
    expect(r.word.depth).toBeNull();
    const { [synthFile('ice40', 'ltp')]: _gone, ...partial } = files;
    expect(() => synthReport(PLAN16, partial)).toThrow(/no ice40\.ltp\.txt/);
  });
});

describe('yosysPass', () => {
  it('names the pass a log line announces, at any depth of numbering', () => {
    expect(yosysPass('2.3. Executing PROC_CLEAN pass (remove empty switches from decision trees).')).toBe('PROC_CLEAN');
    expect(yosysPass('7. Executing SYNTH_ICE40 pass.')).toBe('SYNTH_ICE40');
    expect(yosysPass('   Number of cells:  114')).toBeNull();
    expect(yosysPass('Executing ABC.')).toBeNull();
  });
});
