/**
 * Plain unit tests of the generators (no tools needed): deterministic text, valid and
 * distinct names, the ports and testbench the contract describes, config checks, typing.
 * Bit-exactness against the emulator is hdl.sim.test.ts's job (Icarus and g++).
 */
import { describe, expect, it } from 'vitest';
import { APPROX_NAMES } from '../approx/types';
import { apFixed, apUfixed } from '../fixed/format';
import { generateHlsCpp, generateVerilog, inputWords, type HdlMethod } from '.';

const F = apFixed(8, 4);
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
const METHODS: readonly HdlMethod[] = APPROX_NAMES;

describe('generateVerilog / generateHlsCpp', () => {
  it('covers every emulated method, deterministically, with valid distinct names', () => {
    const names = new Set<string>();
    for (const m of METHODS) {
      for (const fmt of [F, apFixed(12, 4, 'RND', 'SAT'), apUfixed(6, 2)]) {
        const v = generateVerilog(m, undefined, fmt);
        const h = generateHlsCpp(m, undefined, fmt);
        expect(generateVerilog(m, undefined, fmt)).toEqual(v);
        expect(generateHlsCpp(m, undefined, fmt)).toEqual(h);
        expect(v.name).toMatch(IDENT);
        expect(h.name).toBe(v.name);
        names.add(v.name);
      }
    }
    expect(names.size).toBe(METHODS.length * 3);
  });

  it('names encode the config and both formats', () => {
    expect(generateVerilog('lut', { entries: 256, interpolate: 1 }, F).name).toBe('sigmoid_lut_n256_r8_interp_fx8_4_trn_wrap');
    expect(generateVerilog('lut', { range: 6.5 }, F).name).toBe('sigmoid_lut_n1024_r6p5_fx8_4_trn_wrap');
    expect(generateVerilog('cordic', { iterations: 8 }, apFixed(16, 6, 'RND', 'SAT')).name).toBe('sigmoid_cordic_it8_fx16_6_rnd_sat');
    expect(generateVerilog('taylor', undefined, apFixed(8, -1)).name).toBe('sigmoid_taylor_o5_fx8_m1_trn_wrap');
    expect(generateVerilog('plan', undefined, F, apUfixed(8, 0, 'RND', 'SAT')).name).toBe('sigmoid_plan_fx8_4_trn_wrap_to_ufx8_0_rnd_sat');
    // The same format given as the output format is no conversion.
    expect(generateVerilog('plan', undefined, F, apFixed(8, 4)).name).toBe('sigmoid_plan_fx8_4_trn_wrap');
  });

  it('the module has the contract ports and no clock', () => {
    const v = generateVerilog('sonf', undefined, apFixed(12, 4), apUfixed(10, 1));
    expect(v.module).toContain(`module ${v.name} (\n  input  wire [11:0] x,\n  output wire [9:0] y\n);`);
    expect(v.module.trimEnd().endsWith('endmodule')).toBe(true);
    expect(v.module).not.toMatch(/posedge|negedge|\$display|initial/);
  });

  it('the testbench drives every word up to 16 bits, checks each and finishes', () => {
    const v = generateVerilog('plan', undefined, F);
    expect(v.words).toBe(256);
    expect(v.testbench).toContain(`module ${v.name}_tb;`);
    expect(v.testbench).toContain(`${v.name} dut (.x(x), .y(y));`);
    expect(v.testbench).toContain('$display("%h %h", x, y);');
    expect(v.testbench).toContain('$finish;');
    expect(v.testbench.match(/want\[\d+\] = /g)).toHaveLength(256);
    // PLAN at x = 0 is 0.5: word 0x08 in ap_fixed<8,4>.
    expect(v.testbench).toContain("want[0] = 8'h08;");
  });

  it('above 16 bits it drives the stated sample, which includes the extremes', () => {
    const fmt = apFixed(20, 6);
    const words = inputWords(fmt);
    expect(words.length).toBe(65536 + 5);
    expect(new Set(words).size).toBe(words.length);
    for (const w of [0n, 1n, 0x7ffffn, 0x80000n, 0x80001n, 0xfffffn]) expect(words).toContain(w);
    expect(words.every((w) => w >= 0n && w < 1n << 20n)).toBe(true);
    // Every value of the top 16 bits appears once.
    expect(new Set(words.slice(0, 65536).map((w) => w >> 4n)).size).toBe(65536);
    expect(inputWords(apFixed(16, 6))).toHaveLength(65536);
  });

  it('the HLS source is one function over ap_fixed with the same name', () => {
    const h = generateHlsCpp('cordic', { iterations: 6 }, apFixed(12, 4, 'RND', 'SAT'));
    expect(h.source).toContain('#include "ap_fixed.h"');
    expect(h.source).toContain(`ap_fixed<12, 4, AP_RND, AP_SAT> ${h.name}(ap_fixed<12, 4> x_in) {`);
    expect(h.source).toContain('typedef ap_fixed<12, 4, AP_RND, AP_SAT> data_t;');
    expect(h.source).not.toMatch(/\b(double|float)\s+\w+\s*=/); // no floating-point datapath
  });

  it('checks configs and formats as the emulator does', () => {
    expect(() => generateVerilog('cordic', { iterations: 99 }, F)).toThrow(RangeError);
    expect(() => generateHlsCpp('lut', { entries: 10 }, F)).toThrow(/entries/);
    expect(() => generateVerilog('taylor', { order: 2.5 }, F)).toThrow(/integer/);
    expect(() => generateVerilog('plan', undefined, { ...F, width: 0 })).toThrow(/width/);
    expect(() => generateVerilog('plan', undefined, F, { ...F, overflow: 'NOPE' as 'SAT' })).toThrow(/overflow/);
    expect(() => generateVerilog('nope' as HdlMethod, undefined, F)).toThrow(/unknown method/);
    // A lesson-style Record is accepted; unknown keys fail at run time.
    const record: Record<string, number> = { bogus: 1 };
    expect(() => generateVerilog('hybrid', record, F)).toThrow(/unknown config parameter "bogus"/);
    // Object literals are checked per method at compile time.
    // @ts-expect-error: 'order' is not a CORDIC parameter
    expect(() => generateVerilog('cordic', { order: 3 }, F)).toThrow(RangeError);
  });
});
