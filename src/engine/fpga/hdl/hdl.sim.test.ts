/**
 * The generated hardware against the emulator, bit for bit, in real tools nobody here wrote:
 * every case's Verilog is simulated by Icarus Verilog over every input word (a stated
 * sample above 16 bits) and its HLS C++ is compiled with g++ against Xilinx's ap_fixed
 * headers (vendor/ap_types) and run over the same words. Each output word must equal
 * quantizeRaw(sigmoidApprox[method].evaluate(x, config, format), outFormat).
 *
 * iverilog/vvp and g++ are required (CI installs them): without them this test fails,
 * unless SKIP_HDL_SIM=1 opts out explicitly. Everything runs in a fresh temp dir.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sigmoidApprox } from '../approx';
import { apFixed, apUfixed, type FixedFormat } from '../fixed/format';
import { quantizeRaw } from '../fixed/quantize';
import { fromRaw } from '../fixed/raw';
import { generateHlsCpp, generateVerilog, inputWords, type HdlMethod } from '.';
import { exec, hasTool, hlsDriver, pool, type HlsCase } from './simHarness';

const SKIP = process.env.SKIP_HDL_SIM === '1';
const HERE = fileURLToPath(new URL('.', import.meta.url));
const AP_TYPES = join(HERE, '../../../../vendor/ap_types');
const CXXFLAGS = ['-std=c++14', '-O0', '-pipe', '-fno-exceptions', '-fno-rtti', '-w'];
/** Processes at once (the machine has two cores). */
const PARALLEL = 2;
/** Translation units the HLS cases are split into (compile time is the whole cost). */
const UNITS = 2;

interface Case {
  method: HdlMethod;
  config?: Record<string, number>;
  format: FixedFormat;
  out?: FixedFormat;
  /** Also compile and run the HLS C++ (g++ time is most of the cost, so the mode sweep skips it). */
  hls: boolean;
}

const METHODS: HdlMethod[] = ['plan', 'sonf', 'lut', 'cordic', 'taylor', 'hybrid'];
const each = (format: FixedFormat, hls = true): Case[] => METHODS.map((method) => ({ method, format, hls }));

const ALL_CASES: Case[] = [
  // Every method at the three formats with the lesson's default settings (RND/SAT
  // at 16 bits, the workbench's other common choice)…
  ...each(apFixed(8, 4)),
  ...each(apFixed(12, 4)),
  ...each(apFixed(16, 6, 'RND', 'SAT')),
  // …non-default settings…
  { method: 'lut', config: { entries: 64, interpolate: 1 }, format: apFixed(16, 6, 'RND_CONV', 'WRAP'), hls: true },
  { method: 'lut', config: { entries: 256, interpolate: 1 }, format: apFixed(12, 4, 'RND', 'SAT'), hls: true },
  { method: 'lut', config: { entries: 100, range: 6 }, format: apFixed(12, 4, 'RND_ZERO', 'SAT_SYM'), hls: true },
  { method: 'lut', config: { entries: 48, range: 6, interpolate: 1 }, format: apFixed(12, 4, 'RND_INF', 'SAT'), hls: true },
  { method: 'cordic', config: { iterations: 4 }, format: apFixed(12, 4, 'RND', 'SAT'), hls: true },
  { method: 'cordic', config: { iterations: 24 }, format: apFixed(12, 4, 'RND_MIN_INF', 'SAT_ZERO'), hls: true },
  { method: 'taylor', config: { order: 1 }, format: apFixed(12, 4, 'TRN_ZERO', 'SAT'), hls: true },
  { method: 'taylor', config: { order: 9 }, format: apFixed(12, 4, 'RND_CONV', 'SAT_SYM'), hls: true },
  { method: 'hybrid', config: { entries: 256 }, format: apFixed(12, 3, 'RND', 'SAT'), hls: true },
  { method: 'hybrid', config: { entries: 8 }, format: apFixed(12, 4, 'RND_INF', 'WRAP'), hls: true },
  // …every quantization mode with the overflow modes in turn (narrow widths the lesson offers)…
  ...(['TRN_ZERO', 'RND', 'RND_ZERO', 'RND_MIN_INF', 'RND_INF', 'RND_CONV'] as const).flatMap((q, k) =>
    each(apFixed(8, 2 + (k % 3), q, (['SAT', 'SAT_ZERO', 'SAT_SYM', 'WRAP'] as const)[k % 4]), false)),
  // …odd shapes: the lesson's narrowest, I > W, I < 0, unsigned, a datapath that wraps…
  ...each(apFixed(4, 2, 'RND', 'SAT')),
  ...each(apFixed(6, 8, 'RND', 'SAT')),
  ...each(apFixed(8, -1, 'RND_CONV', 'SAT')),
  ...each(apUfixed(8, 3, 'RND', 'WRAP')),
  ...each(apFixed(8, 1, 'TRN', 'WRAP')),
  // …an output format unlike the datapath's, and a width above 16 (the stated sample).
  { method: 'sonf', format: apFixed(12, 4), out: apUfixed(8, 0, 'RND', 'SAT'), hls: true },
  { method: 'cordic', format: apFixed(20, 6, 'RND', 'SAT'), hls: true },
];

/** HDL_SIM_ONLY=text keeps the cases whose method or format tag contains it (for debugging). */
const ONLY = process.env.HDL_SIM_ONLY;
const CASES = ONLY ? ALL_CASES.filter((c) => generateHlsCpp(c.method, c.config, c.format, c.out).name.includes(ONLY)) : ALL_CASES;

/** The emulator's word for each input word. */
function expected(c: Case, words: readonly bigint[]): bigint[] {
  const out = c.out ?? c.format;
  return words.map((w) => {
    const raw = c.format.signed ? BigInt.asIntN(c.format.width, w) : w;
    const y = sigmoidApprox[c.method].evaluate(fromRaw(raw, c.format), c.config, c.format);
    return BigInt.asUintN(out.width, quantizeRaw(y, out));
  });
}

function mismatches(label: string, words: readonly bigint[], got: readonly bigint[], want: readonly bigint[]): string[] {
  const bad: string[] = [];
  if (got.length !== words.length) return [`${label}: ${got.length} outputs for ${words.length} words`];
  words.forEach((w, i) => {
    if (got[i] !== want[i] && bad.length < 8) bad.push(`${label}: x=0x${w.toString(16)} got 0x${got[i].toString(16)} want 0x${want[i].toString(16)}`);
  });
  return bad;
}

interface Run {
  c: Case;
  name: string;
  words: readonly bigint[];
  /** Words printed by the testbench, the outputs, and its PASS/FAIL line. */
  driven: bigint[];
  rtl: bigint[];
  verdict: string;
  hls?: bigint[];
}

describe.skipIf(SKIP)('generated Verilog and HLS C++ match the emulator bit for bit', () => {
  let dir = '';
  const runs: Run[] = [];
  let timing = '';

  beforeAll(async () => {
    const missing = [];
    if (!(await hasTool('iverilog', ['-V']))) missing.push('iverilog and vvp (Debian package iverilog)');
    if (!(await hasTool('g++', ['--version']))) missing.push('g++');
    if (missing.length > 0) {
      throw new Error(`${missing.join(' and ')} not found: this test simulates the generated hardware. Install them (CI does), or set SKIP_HDL_SIM=1 to skip it explicitly.`);
    }
    dir = mkdtempSync(join(tmpdir(), 'hdl-sim-'));
    const t0 = Date.now();
    for (const c of CASES) {
      const v = generateVerilog(c.method, c.config, c.format, c.out);
      writeFileSync(join(dir, `${v.name}.v`), v.module);
      writeFileSync(join(dir, `${v.name}_tb.v`), v.testbench);
      runs.push({ c, name: v.name, words: inputWords(c.format), driven: [], rtl: [], verdict: '' });
    }
    const withHls = runs.filter((r) => r.c.hls);
    const units = Array.from({ length: UNITS }, (_, u) => withHls.filter((_, i) => i % UNITS === u)).filter((u) => u.length > 0);
    const hlsJob = async (unit: Run[], u: number): Promise<void> => {
      const { cpp, stdin } = hlsDriver(unit.map((r): HlsCase => ({
        ...generateHlsCpp(r.c.method, r.c.config, r.c.format, r.c.out), inFmt: r.c.format, outFmt: r.c.out ?? r.c.format, words: r.words,
      })));
      writeFileSync(join(dir, `hls${u}.cpp`), cpp);
      await exec('g++', [...CXXFLAGS, `-I${AP_TYPES}`, `hls${u}.cpp`, '-o', `hls${u}`], { cwd: dir });
      const lines = (await exec(join(dir, `hls${u}`), [], { stdin })).split('\n');
      let at = 0;
      for (const r of unit) {
        r.hls = lines.slice(at, at + r.words.length).map((l) => BigInt(`0x${l}`));
        at += r.words.length;
      }
    };
    const simJob = async (r: Run): Promise<void> => {
      await exec('iverilog', ['-g2005', '-o', `${r.name}.vvp`, `${r.name}.v`, `${r.name}_tb.v`], { cwd: dir });
      const lines = (await exec('vvp', ['-n', `${r.name}.vvp`], { cwd: dir })).split('\n').filter((l) => l !== '');
      r.verdict = lines.filter((l) => l.startsWith('#')).join(' ');
      for (const l of lines) {
        if (l.startsWith('#')) continue;
        const [x, y] = l.split(' ');
        r.driven.push(BigInt(`0x${x}`));
        r.rtl.push(BigInt(`0x${y}`));
      }
    };
    // The g++ units are the longest jobs: start them first; PARALLEL processes at a time.
    const jobs: (() => Promise<void>)[] = [...units.map((u, k) => () => hlsJob(u, k)), ...runs.map((r) => () => simJob(r))];
    await pool(jobs, PARALLEL, (job) => job());
    timing = `${((Date.now() - t0) / 1000).toFixed(1)} s`;
  }, 900_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('Icarus simulates every module over every input word: each output is the emulator\'s word', () => {
    const problems: string[] = [];
    let compared = 0;
    let hlsCompared = 0;
    for (const r of runs) {
      const want = expected(r.c, r.words);
      if (r.driven.length !== r.words.length || r.driven.some((w, i) => w !== r.words[i])) problems.push(`${r.name}: the testbench drove other words`);
      problems.push(...mismatches(r.name, r.words, r.rtl, want));
      if (r.verdict !== `# PASS ${r.words.length} words`) problems.push(`${r.name}: testbench said "${r.verdict}"`);
      compared += r.words.length;
      if (r.hls) {
        problems.push(...mismatches(`${r.name} (HLS)`, r.words, r.hls, want));
        hlsCompared += r.words.length;
      }
    }
    console.info(`HDL: ${runs.length} Verilog modules, ${compared} words in Icarus; ${runs.filter((r) => r.hls).length} HLS functions, ${hlsCompared} words with g++; ${timing}`);
    expect(problems, problems.join('\n')).toEqual([]);
  }, 120_000);
});
