/**
 * The Yosys script the lesson (in a Web Worker) and the unit tests (in Node) run on a
 * generated module, and the report read back from the files it writes. One script, three
 * views of the same Verilog:
 *  - word level (`proc; opt; wreduce; memory -nomap`): the operators the design asks for,
 *    e.g. how many multipliers ($mul) before any mapping;
 *  - generic (`synth`): Yosys's single-bit gate library after ABC;
 *  - iCE40 (`synth_ice40 -dsp`): LUT4s, carry cells, block RAM and SB_MAC16 DSPs of a real
 *    FPGA family (the UltraPlus parts have the DSPs; -dsp lets Yosys use them).
 * Logic depth is `ltp -noff`: cells on the longest input-to-output path, each cell one.
 */
import { classifyCells, parseLtp, parseStatJson, type CellCounts } from './stat';

export type SynthFlow = 'word' | 'generic' | 'ice40';
export const SYNTH_FLOWS: readonly SynthFlow[] = ['word', 'generic', 'ice40'];

export interface FlowReport extends CellCounts {
  /** Cells on the longest input-to-output path (`ltp -noff`); null where not measured (word level). */
  depth: number | null;
}

export interface SynthReport {
  top: string;
  word: FlowReport;
  generic: FlowReport;
  ice40: FlowReport;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_$]*$/;

/** The output file Yosys writes for one flow and one kind of report. */
export const synthFile = (flow: SynthFlow, kind: 'stat' | 'ltp') => `${flow}.${kind}.${kind === 'stat' ? 'json' : 'txt'}`;

/**
 * The Yosys script (for `yosys -p`) that synthesizes module `top` read from `file` in all
 * three flows, writing the files synthFile names. `tee -q -o` keeps each report out of the
 * log, so the log can stay quiet (-q) while the reports are complete.
 */
export function synthScript(top: string, file = 'top.v'): string {
  if (!IDENT.test(top)) throw new RangeError(`synthScript: module name ${JSON.stringify(top)} is not a Verilog identifier`);
  if (!/^[\w.-]+$/.test(file)) throw new RangeError(`synthScript: file name ${JSON.stringify(file)} has unsafe characters`);
  const read = `design -reset; read_verilog ${file}`;
  const report = (flow: SynthFlow, depth: boolean) =>
    `tee -q -o ${synthFile(flow, 'stat')} stat -json${depth ? `; tee -q -o ${synthFile(flow, 'ltp')} ltp -noff` : ''}`;
  return [
    `${read}; hierarchy -top ${top}; proc; opt; wreduce; memory -nomap; ${report('word', false)}`,
    `synth -top ${top}; ${report('generic', true)}`,
    `${read}; synth_ice40 -dsp -top ${top}; ${report('ice40', true)}`,
  ].join('; ');
}

/** Reads the files synthScript wrote (name → text) into the three flows' counts and depths. */
export function synthReport(top: string, files: Readonly<Record<string, string>>): SynthReport {
  const read = (name: string) => {
    const text = files[name];
    if (typeof text !== 'string') throw new Error(`synthReport: Yosys wrote no ${name}`);
    return text;
  };
  const flow = (f: SynthFlow): FlowReport => ({
    ...classifyCells(parseStatJson(read(synthFile(f, 'stat')), top)),
    depth: f === 'word' ? null : parseLtp(read(synthFile(f, 'ltp')), top),
  });
  return { top, word: flow('word'), generic: flow('generic'), ice40: flow('ice40') };
}
