/**
 * Every method's generated Verilog through real Yosys 0.55 (@yowasp/yosys, WebAssembly, the
 * same build the lesson runs in its worker) at ap_fixed<12,4>, the script synthScript
 * writes: word level, generic gates and iCE40. The counts must be present and plausible for
 * what each datapath is: PLAN is shifts and adds (no multiplier anywhere), a 1024-entry table
 * is a memory and hundreds of LUTs, Taylor's Horner steps are multipliers (DSPs on iCE40),
 * nothing is clocked (no flip-flops).
 *
 * About a minute on one core (Yosys is single-threaded; methods run one after another in one
 * Node process, the wasm compiled once). SKIP_YOSYS=1 skips it.
 */
import { describe, expect, it } from 'vitest';
import { apFixed } from '../fixed/format';
import { generateVerilog, type HdlMethod } from '../hdl';
import { sigmoidApprox } from '../approx';
import { synthReport, synthScript, type SynthReport } from './flow';

const SKIP = process.env.SKIP_YOSYS === '1';
const METHODS: HdlMethod[] = ['plan', 'sonf', 'lut', 'cordic', 'taylor', 'hybrid'];
const FORMAT = apFixed(12, 4);

async function synthesize(method: HdlMethod): Promise<SynthReport> {
  const { runYosys } = await import('@yowasp/yosys');
  const design = generateVerilog(method, undefined, FORMAT);
  const files = await runYosys(['-q', '-p', synthScript(design.name)], { 'top.v': design.module });
  if (!files) throw new Error('runYosys returned no files');
  const text: Record<string, string> = {};
  for (const [name, v] of Object.entries(files)) if (typeof v === 'string' || v instanceof Uint8Array) text[name] = typeof v === 'string' ? v : new TextDecoder().decode(v);
  return synthReport(design.name, text);
}

describe.skipIf(SKIP)('Yosys 0.55 on the generated Verilog, ap_fixed<12,4>', () => {
  const reports = new Map<HdlMethod, SynthReport>();
  const report = (m: HdlMethod) => {
    const r = reports.get(m);
    if (!r) throw new Error(`${m} was not synthesized`);
    return r;
  };

  it('synthesizes every method in all three flows', async () => {
    for (const m of METHODS) {
      const t0 = performance.now();
      reports.set(m, await synthesize(m));
      const r = report(m);
      // The figures the README quotes; printed so a run shows them.
      console.log(`${m}: iCE40 ${r.ice40.luts} LUT4, ${r.ice40.carry} carry, ${r.ice40.bram} BRAM, ${r.ice40.dsp} DSP, depth ${r.ice40.depth}; generic ${r.generic.gates} gates, depth ${r.generic.depth}; ${r.word.multipliers} $mul (model: ${sigmoidApprox[m].cost(undefined, FORMAT).multipliers}); ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    expect(reports.size).toBe(METHODS.length);
  }, 600_000);

  it('finds cells, a depth and no flip-flops in every flow of every method', () => {
    for (const m of METHODS) {
      const r = report(m);
      expect(r.ice40.luts, m).toBeGreaterThan(0);
      expect(r.ice40.depth, m).toBeGreaterThan(0);
      expect(r.generic.gates, m).toBeGreaterThan(0);
      expect(r.generic.depth, m).toBeGreaterThanOrEqual(r.ice40.depth! > 0 ? 1 : 0);
      expect(r.ice40.ffs + r.generic.ffs, m).toBe(0);
      // iCE40 has no cell types outside LUT/carry/BRAM/DSP for a combinational design.
      expect(r.ice40.other, m).toBe(0);
    }
  });

  it('PLAN has no multiplier at any level, and no DSP on iCE40', () => {
    expect(report('plan').word.multipliers).toBe(0);
    expect(report('plan').ice40.dsp).toBe(0);
  });

  it('the 1024-entry table is a memory at word level and hundreds of LUTs on iCE40', () => {
    const lut = report('lut');
    expect(lut.word.memories).toBeGreaterThanOrEqual(1);
    expect(lut.ice40.luts + 16 * lut.ice40.bram).toBeGreaterThan(200);
    expect(lut.ice40.luts).toBeGreaterThan(report('plan').ice40.luts);
  });

  it('Taylor multiplies (word-level $mul), and the multipliers land in DSPs on iCE40', () => {
    expect(report('taylor').word.multipliers).toBeGreaterThanOrEqual(2);
    expect(report('taylor').ice40.dsp).toBeGreaterThanOrEqual(1);
  });

  it('CORDIC, 16 unrolled shift-and-add iterations, is the largest in gates', () => {
    const gates = METHODS.map((m) => report(m).generic.gates);
    expect(report('cordic').generic.gates).toBe(Math.max(...gates));
  });
});
