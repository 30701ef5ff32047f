/** The generated files of one design, from the engine's generators (runs in hdl.worker.ts). */
import { generateHlsCpp, generateVerilog } from '../../engine';
import type { HdlBundle, HdlParams } from './hdl';

export function hdlBundle({ method, config, format }: HdlParams): HdlBundle {
  const v = generateVerilog(method, config, format);
  const c = generateHlsCpp(method, config, format);
  return {
    name: v.name,
    words: v.words,
    files: [
      { kind: 'module', filename: `${v.name}.v`, lang: 'verilog', text: v.module },
      { kind: 'testbench', filename: `${v.name}_tb.v`, lang: 'verilog', text: v.testbench },
      { kind: 'hls', filename: `${c.name}.cpp`, lang: 'cpp', text: c.source },
    ],
  };
}
