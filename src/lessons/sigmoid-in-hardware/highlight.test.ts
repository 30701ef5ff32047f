import { describe, expect, it } from 'vitest';
import { apFixed, generateHlsCpp, generateVerilog } from '../../engine';
import { tokenize, type Token } from './highlight';

const join = (ts: Token[]) => ts.map((t) => t.text).join('');
const of = (ts: Token[], cls: Token['cls']) => ts.filter((t) => t.cls === cls).map((t) => t.text);

describe('tokenize', () => {
  it('gives back the generated code exactly, for every method in both languages', () => {
    for (const m of ['plan', 'sonf', 'lut', 'cordic', 'taylor', 'hybrid'] as const) {
      const v = generateVerilog(m, undefined, apFixed(8, 4));
      const c = generateHlsCpp(m, undefined, apFixed(8, 4));
      expect(join(tokenize(v.module, 'verilog'))).toBe(v.module);
      expect(join(tokenize(v.testbench, 'verilog'))).toBe(v.testbench);
      expect(join(tokenize(c.source, 'cpp'))).toBe(c.source);
    }
  });

  it('classes Verilog keywords, based literals, comments, strings and system tasks', () => {
    const ts = tokenize('module m; // hi\n  wire signed [9:0] s = t + 9\'sd216; initial $display("a %h", 4\'hF); endmodule', 'verilog');
    expect(of(ts, 'keyword')).toEqual(['module', 'wire', 'signed', 'initial', 'endmodule']);
    expect(of(ts, 'number')).toEqual(['9', '0', "9'sd216", "4'hF"]);
    expect(of(ts, 'comment')).toEqual(['// hi']);
    expect(of(ts, 'string')).toEqual(['"a %h"']);
    expect(of(ts, 'directive')).toEqual(['$display']);
  });

  it('does not split keywords out of identifiers, and reads C++ directives only at a line start', () => {
    expect(of(tokenize('endpoint_x = module2 + end_', 'verilog'), 'keyword')).toEqual([]);
    const ts = tokenize('#include "ap_fixed.h"\nint a = 0x1F + 2.5e-3f; // c # not\n', 'cpp');
    expect(of(ts, 'directive')).toEqual(['#include']);
    expect(of(ts, 'number')).toEqual(['0x1F', '2.5e-3f']);
    expect(of(ts, 'keyword')).toEqual(['int']);
    expect(of(ts, 'comment')).toEqual(['// c # not']);
  });
});
