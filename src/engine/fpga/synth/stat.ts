/**
 * Parsers for what Yosys prints about a synthesized design: `stat` (text), `stat -json` and
 * `ltp -noff`, into cell counts by family-neutral class. Pure text in, numbers out: the
 * lesson runs Yosys (WebAssembly, in a worker) and the unit tests run it in Node; both feed
 * the captured text here. The class patterns cover Yosys's generic cells and the iCE40,
 * ECP5 and Xilinx 7-series primitives that synth_ice40 / synth_ecp5 / synth_xilinx emit.
 */

/** Cells by type name, e.g. { SB_LUT4: 74, SB_CARRY: 40 }. */
export type CellsByType = Record<string, number>;

export interface CellCounts {
  /** Look-up tables: SB_LUT4, LUT4 (ECP5), LUT1–LUT6 (Xilinx), generic $lut. */
  luts: number;
  /** Flip-flops and latches of any family (SB_DFF*, TRELLIS_FF, FD*, $_DFF_*, $dff…). */
  ffs: number;
  /** Carry-chain cells: SB_CARRY, CCU2C, CARRY4/CARRY8. */
  carry: number;
  /** Block RAM: SB_RAM40_4K, DP16KD/PDPW16KD, RAMB18E1/RAMB36E1. */
  bram: number;
  /** Hard multipliers / DSP blocks: SB_MAC16, MULT18X18D/ALU54B, DSP48E1. */
  dsp: number;
  /** Yosys's single-bit generic gates ($_AND_, $_XOR_, $_MUX_, $_NOT_…), flip-flops excluded. */
  gates: number;
  /** Word-level multipliers ($mul) — present only before techmapping. */
  multipliers: number;
  /** Word-level memories ($mem, $mem_v2) — present only before memory mapping. */
  memories: number;
  /** Cells of any other type. */
  other: number;
  /** All cells. */
  total: number;
}

const CLASSES: readonly [Exclude<keyof CellCounts, 'other' | 'total'>, RegExp][] = [
  ['luts', /^(SB_LUT4|LUT[1-6]|\$lut)$/],
  ['ffs', /^(SB_DFF\w*|TRELLIS_FF|FD[CPRSE]E?|LD[CP]E?|\$_(S|AL)?DFF\w*|\$_DLATCH\w*|\$(a|s|al)?dffe?|\$dffsre?|\$dlatch)$/],
  ['carry', /^(SB_CARRY|CCU2[CD]|CARRY[48])$/],
  ['bram', /^(SB_RAM40_4K\w*|DP16KD|PDPW16KD|RAMB(18|36)E[12])$/],
  ['dsp', /^(SB_MAC16|MULT18X18D|MULT9X9D|ALU54B|ALU24B|DSP48E[12])$/],
  ['gates', /^\$_[A-Z0-9]+_$/],
  ['multipliers', /^\$mul$/],
  ['memories', /^\$mem(_v2)?$/],
];

/** Sorts cells into classes; the first matching class wins (flip-flops before gates). */
export function classifyCells(cells: CellsByType): CellCounts {
  const c: CellCounts = { luts: 0, ffs: 0, carry: 0, bram: 0, dsp: 0, gates: 0, multipliers: 0, memories: 0, other: 0, total: 0 };
  for (const [type, n] of Object.entries(cells)) {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`classifyCells: count of ${type} is ${n}`);
    const hit = CLASSES.find(([, re]) => re.test(type));
    c[hit ? hit[0] : 'other'] += n;
    c.total += n;
  }
  return c;
}

/** Yosys escapes public names with a backslash; callers name modules without it. */
const bare = (name: string) => name.replace(/^\\/, '');

function pickModule<T>(modules: [string, T][], top: string | undefined, what: string): T {
  if (modules.length === 0) throw new SyntaxError(`${what}: no module in the output`);
  if (top === undefined) {
    if (modules.length > 1) throw new SyntaxError(`${what}: ${modules.length} modules; name the top one`);
    return modules[0][1];
  }
  const hit = modules.find(([name]) => bare(name) === bare(top));
  if (!hit) throw new SyntaxError(`${what}: no module ${top} (found ${modules.map(([n]) => bare(n)).join(', ')})`);
  return hit[1];
}

/**
 * `stat -json`: the cells of module `top` (or of the only module). Yosys 0.55 writes
 * `num_cells_by_type`; older releases wrote `cells` — both are read.
 */
export function parseStatJson(text: string, top?: string): CellsByType {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new SyntaxError(`parseStatJson: not JSON (${(e as Error).message})`);
  }
  const modules = (doc as { modules?: Record<string, { num_cells_by_type?: CellsByType; cells?: CellsByType }> }).modules;
  if (!modules || typeof modules !== 'object') throw new SyntaxError('parseStatJson: no "modules" object');
  const m = pickModule(Object.entries(modules), top, 'parseStatJson');
  const cells = m.num_cells_by_type ?? m.cells ?? {};
  return { ...cells };
}

/**
 * `stat` as text: the indented "type count" rows under "Number of cells:" in the module's
 * "=== name ===" section (a section ends at the next "===" header or the end).
 */
export function parseStatText(text: string, top?: string): CellsByType {
  const sections: [string, string[]][] = [];
  for (const line of text.split(/\r?\n/)) {
    const head = /^===\s+(\S+)\s+===\s*$/.exec(line);
    if (head) sections.push([head[1], []]);
    else if (sections.length) sections[sections.length - 1][1].push(line);
  }
  // "design hierarchy" summaries are not modules.
  const lines = pickModule(sections.filter(([n]) => n !== 'design'), top, 'parseStatText');
  const start = lines.findIndex((l) => /^\s*Number of cells:\s+\d+\s*$/.test(l));
  if (start < 0) throw new SyntaxError('parseStatText: no "Number of cells" line');
  const declared = Number(/(\d+)\s*$/.exec(lines[start])![1]);
  const cells: CellsByType = {};
  for (const line of lines.slice(start + 1)) {
    const row = /^\s+(\S+)\s+(\d+)\s*$/.exec(line);
    if (!row) break;
    cells[row[1]] = (cells[row[1]] ?? 0) + Number(row[2]);
  }
  const sum = Object.values(cells).reduce((a, b) => a + b, 0);
  // A format change would silently drop rows: the rows must add up to the declared total.
  if (sum !== declared) throw new SyntaxError(`parseStatText: cell rows add up to ${sum}, not the declared ${declared}`);
  return cells;
}

/**
 * `ltp -noff`: the number of cells on the longest topological path from an input to an
 * output of module `top` (or the only one). Each cell counts one whatever it is (a LUT4, a
 * carry cell, a DSP), so this is logic depth in cells, not a delay.
 */
export function parseLtp(text: string, top?: string): number {
  const rows = [...text.matchAll(/Longest topological path in (\S+) \(length=(\d+)\)/g)].map((m): [string, number] => [m[1], Number(m[2])]);
  // A purely combinational wire-through module prints no path at all.
  if (rows.length === 0 && /Executing LTP pass/.test(text)) return 0;
  return pickModule(rows, top, 'parseLtp');
}

/**
 * The pass a line of Yosys's log announces ("2.3. Executing PROC_CLEAN pass (…)." →
 * "PROC_CLEAN"), or null: how a running synthesis shows where it is.
 */
export function yosysPass(line: string): string | null {
  const m = /^\d+(?:\.\d+)*\.\s+Executing\s+([A-Za-z0-9_]+)\b/.exec(line.trim());
  return m ? m[1] : null;
}
