/**
 * Every sentence of this lesson that says what the widgets show, run through the engine with
 * the widgets' own settings, grid and formats. The MDX names each case after the sentence it
 * checks ({/* claim: … *\/}); cases for string-table sentences name the key above them.
 */
import { describe, expect, it } from 'vitest';
import { fpgaSigmoidExact, formatRange, formatStep, generateVerilog, quantize, sigmoidApprox, TAYLOR_COEFFS } from '../../engine';
import { apFormat, defaultSettings, NARROW, narrowError, WRAP_X } from './figures';
import { costOf, evaluatorOf, METHOD_KEYS, type MethodKey, type MethodSettings } from './methods';
import { frontier, sweep } from './pareto';
import { methodStats, quantizationFloor } from './stats';
import { CORDIC_TRACE_MAX, DATASET_EXTENT, evaluateQuantNet, floatNetworkLogit, profileQuantNet, quantDecisionMap } from '../../engine';
import { accuracyByWidth, QNET_GRID, qnetNetwork, qnetSweep, smallestGoodWidth, SWEEP_WIDTHS, trainedQnet, type QnetState } from './qnetModel';
import { bitsBehindShift, CLAIM_XS, repeatedShifts, unevenGains } from './cordicClaims';
import { CORDIC_DEFAULT, CORDIC_FIXED } from './cordicFigures';
import { cordicView } from './cordicView';

const s = defaultSettings;
const with_ = (over: Partial<MethodSettings>): MethodSettings => ({ ...s, ...over });
/** float64 max |error| on the workbench's grid. */
const floatErr = (m: MethodKey, over: Partial<MethodSettings> = {}) => methodStats(m, with_(over), undefined).maxAbs;
const taylorErr = (order: number, x: number) => Math.abs(sigmoidApprox.taylor.evaluate(x, { order }) - fpgaSigmoidExact(x));
const ORDERS = [1, 3, 5, 7, 9];

const narrowFloor = quantizationFloor(NARROW) ?? NaN;
const narrowStep = formatStep(NARROW);
const WIDE = apFormat(16, 6); // hls4ml's default type, the presenter's and the Pareto plot's format
const wideFloor = quantizationFloor(WIDE) ?? NaN;

describe('the methods (float64)', () => {
  it('raising the Taylor order lowers the error inside |x| < π and raises it outside', () => {
    for (const x of [0.5, 1, 2, 2.5, 3]) {
      const e = ORDERS.map((o) => taylorErr(o, x));
      for (let k = 1; k < e.length; k++) expect(e[k], `x = ${x}, order ${ORDERS[k]}`).toBeLessThan(e[k - 1]);
    }
    for (const x of [3.5, 4, 5, 6, 8]) {
      const e = ORDERS.map((o) => taylorErr(o, x));
      for (let k = 1; k < e.length; k++) expect(e[k], `x = ${x}, order ${ORDERS[k]}`).toBeGreaterThan(e[k - 1]);
    }
  });

  // strings: ex.radius.explain, steps.taylor, steps.taylorNotes
  it('the order-9 Taylor error is tiny near 0 and blows up past ±π', () => {
    for (const x of [-1, -0.5, 0.5, 1]) expect(taylorErr(9, x)).toBeLessThan(1e-5);
    for (const x of [-4, 4]) expect(taylorErr(9, x)).toBeGreaterThan(1);
    for (let x = 3.2; x < 8; x += 0.2) expect(taylorErr(9, x + 0.2)).toBeGreaterThan(taylorErr(9, x));
  });

  it('doubling the LUT halves its error; with interpolation it quarters it', () => {
    for (const n of [256, 1024]) {
      const r = floatErr('lut', { lutEntries: 2 * n }) / floatErr('lut', { lutEntries: n });
      expect(r).toBeGreaterThan(0.4);
      expect(r).toBeLessThan(0.6);
    }
    const ri = floatErr('lut', { lutEntries: 512, lutInterp: true }) / floatErr('lut', { lutEntries: 256, lutInterp: true });
    expect(ri).toBeGreaterThan(0.2);
    expect(ri).toBeLessThan(0.3);
  });

  it('PLAN costs three comparators, one shift and two adders, no multiplier or table', () => {
    expect(costOf('plan', s, undefined)).toMatchObject({ multipliers: 0, tableBits: 0, comparators: 3, shifts: 1, adders: 2 });
  });

  it('PLAN errs most at |x| = 1 and steps down at |x| = 2.375', () => {
    expect(Math.abs(methodStats('plan', s, undefined).argMax)).toBe(1);
    const plan = (x: number) => sigmoidApprox.plan.evaluate(x);
    expect(plan(2.375)).toBeLessThan(plan(2.375 - 1e-9));
  });

  it('SONF errs about as much as PLAN, with one squarer, and never steps down', () => {
    const r = floatErr('sonf') / floatErr('plan');
    expect(r).toBeGreaterThan(0.8);
    expect(r).toBeLessThan(1.25);
    expect(costOf('sonf', s, undefined)).toMatchObject({ multipliers: 1, shifts: 2, adders: 2, tableBits: 0 });
    let prev = -Infinity;
    for (let x = -8; x <= 8; x += 1 / 512) {
      const y = sigmoidApprox.sonf.evaluate(x);
      expect(y).toBeGreaterThanOrEqual(prev);
      prev = y;
    }
  });

  it('SONF + dLUT at the workbench’s 32 entries errs ten times less than SONF', () => {
    expect(s.hybridEntries).toBe(32);
    expect(floatErr('hybrid')).toBeLessThan(floatErr('sonf') / 10);
  });

  it('each CORDIC iteration buys about one bit, and CORDIC has the longest latency', () => {
    const bitsPerIteration = Math.log2(floatErr('cordic', { cordicIter: 12 }) / floatErr('cordic', { cordicIter: 24 })) / 12;
    expect(bitsPerIteration).toBeGreaterThan(0.8);
    expect(bitsPerIteration).toBeLessThan(1.2);
    const latency = (m: MethodKey) => costOf(m, s, undefined).latencyCycles;
    for (const m of METHOD_KEYS) if (m !== 'cordic') expect(latency('cordic')).toBeGreaterThan(3 * latency(m));
    // Around the rotations: range reduction by constant multipliers, and the divide.
    expect(costOf('cordic', s, undefined)).toMatchObject({ multipliers: 2, dividers: 1 });
  });

  it('the hard sigmoid errs far more than every other method except Taylor far out', () => {
    for (const m of METHOD_KEYS) if (m !== 'hard' && m !== 'taylor') expect(floatErr('hard')).toBeGreaterThan(3 * floatErr(m));
  });

  // strings: ex.plan.explain, steps.noMul
  it('sorted by multipliers, PLAN comes first (tied with the LUT); the hard sigmoid needs one', () => {
    const mult = (m: MethodKey) => costOf(m, s, undefined).multipliers + (costOf(m, s, undefined).dividers ?? 0);
    expect(mult('plan')).toBe(0);
    expect(mult('lut')).toBe(0);
    expect(mult('hard')).toBe(1);
    for (const m of METHOD_KEYS) if (m !== 'plan' && m !== 'lut') expect(mult(m), m).toBeGreaterThanOrEqual(1);
    expect(METHOD_KEYS.indexOf('plan')).toBeLessThan(METHOD_KEYS.indexOf('lut')); // the table's tie-break
  });
});

describe('fixed point, ap_fixed<8,2>', () => {
  it('in ap_fixed<8,2> no method gets below the quantization floor', () => {
    for (const m of METHOD_KEYS) expect(narrowError(m), m).toBeGreaterThanOrEqual(narrowFloor);
  });

  it('in ap_fixed<8,2> the 1024-entry table barely beats PLAN, and a bigger table does no better', () => {
    expect(s.lutEntries).toBe(1024);
    expect(narrowError('lut')).toBeLessThan(narrowError('plan'));
    expect(narrowError('lut')).toBeGreaterThan(0.75 * narrowError('plan'));
    expect(floatErr('lut')).toBeLessThan(floatErr('plan') / 4); // in float64 the table was far ahead
    expect(narrowError('lut', with_({ lutEntries: 4096 }))).toBe(narrowError('lut'));
    // SONF too sits within a step of the floor; its correction table no longer helps, since
    // the corrections σ − SONF are barely larger than one step.
    expect(narrowError('sonf')).toBeLessThan(narrowFloor + narrowStep);
    expect(narrowError('hybrid')).toBeGreaterThanOrEqual(narrowError('sonf'));
    expect(floatErr('sonf')).toBeLessThan(1.5 * narrowStep);
  });

  it('in ap_fixed<8,2> CORDIC, Taylor and the hard sigmoid stay several steps above the floor', () => {
    for (const m of ['cordic', 'taylor', 'hard'] as const) expect(narrowError(m), m).toBeGreaterThan(narrowFloor + 3 * narrowStep);
    for (const m of ['plan', 'sonf', 'lut', 'hybrid'] as const) expect(narrowError(m), m).toBeLessThan(narrowFloor + narrowStep);
  });

  it('in ap_fixed<8,2> with AP_TRN more CORDIC iterations make it worse', () => {
    const e = (n: number) => narrowError('cordic', with_({ cordicIter: n }));
    expect(e(16)).toBeGreaterThan(e(8));
    expect(e(24)).toBeGreaterThan(e(16));
    // Rounding instead of truncating: the errors no longer pile up.
    const rnd = apFormat(8, 2, 'RND');
    const er = (n: number) => methodStats('cordic', with_({ cordicIter: n }), rnd).maxAbs;
    expect(er(24)).toBeLessThanOrEqual(er(8));
  });

  it('in ap_fixed<8,2> the x⁵ coefficient is stored as 0, so order 5 is no better than order 3', () => {
    expect(TAYLOR_COEFFS[2]).toBe(1 / 480);
    expect(TAYLOR_COEFFS[2]).toBeLessThan(narrowStep);
    expect(quantize(TAYLOR_COEFFS[2], NARROW)).toBe(0);
    expect(narrowError('taylor', with_({ taylorOrder: 5 }))).toBe(narrowError('taylor', with_({ taylorOrder: 3 })));
  });

  it('the floor is almost a whole step with AP_TRN and half a step with AP_RND', () => {
    expect(narrowFloor).toBeGreaterThan(0.99 * narrowStep);
    expect(narrowFloor).toBeLessThanOrEqual(narrowStep);
    const rnd = quantizationFloor(apFormat(8, 2, 'RND')) ?? NaN;
    expect(rnd).toBeGreaterThan(0.49 * narrowStep);
    expect(rnd).toBeLessThanOrEqual(0.5 * narrowStep);
  });

  it('in ap_fixed<8,2> an input of 3 wraps to −1 under AP_WRAP, flipping every output, and clamps under AP_SAT', () => {
    const { min, max } = formatRange(NARROW);
    expect(WRAP_X).toBeGreaterThan(max);
    expect(quantize(WRAP_X, NARROW)).toBe(-1);
    expect(quantize(max + narrowStep, NARROW)).toBe(min); // one step past the top: the bottom
    const sat = apFormat(8, 2, 'TRN', 'SAT');
    expect(quantize(WRAP_X, sat)).toBe(max);
    for (const m of METHOD_KEYS) {
      expect(evaluatorOf(m, s, NARROW)(WRAP_X), m).toBe(evaluatorOf(m, s, NARROW)(-1));
      expect(evaluatorOf(m, s, NARROW)(WRAP_X), m).toBeLessThan(0.5);
      expect(evaluatorOf(m, s, sat)(WRAP_X), m).toBe(evaluatorOf(m, s, sat)(max));
      expect(evaluatorOf(m, s, sat)(WRAP_X), m).toBeGreaterThan(0.5);
    }
  });
});

describe('ap_fixed<16,6> and the Pareto front', () => {
  // strings: steps.fixedNotes (the presenter's ap_fixed<16,6> step, AP_TRN)
  it('in ap_fixed<16,6> no method gets below the floor, almost a whole step with AP_TRN', () => {
    for (const m of METHOD_KEYS) expect(methodStats(m, s, WIDE).maxAbs, m).toBeGreaterThanOrEqual(wideFloor);
    expect(wideFloor).toBeGreaterThan(0.99 * formatStep(WIDE));
    expect(quantizationFloor(apFormat(16, 6, 'RND'))).toBeLessThanOrEqual(0.5 * formatStep(WIDE));
  });

  it('in ap_fixed<16,6> only PLAN and SONF + dLUT make the area front, ending near the floor', () => {
    const pts = sweep(WIDE);
    const front = frontier(pts, (p) => p.area);
    expect(new Set(front.map((p) => p.group))).toEqual(new Set(['plan', 'hybrid']));
    for (const p of pts) expect(p.error, p.id).toBeGreaterThanOrEqual(wideFloor);
    expect(front[front.length - 1].error).toBeLessThan(1.5 * wideFloor);
  });

  it('in float64 longer CORDIC runs and interpolated tables extend the area front', () => {
    const front = frontier(sweep(undefined), (p) => p.area);
    const groups = new Set(front.map((p) => p.group));
    expect(groups.has('cordic')).toBe(true);
    expect(groups.has('lutInterp')).toBe(true);
    const best = front[front.length - 1];
    expect(best.group).toBe('cordic');
    const cheap = front.filter((p) => p.group === 'plan' || p.group === 'hybrid');
    for (const p of cheap) expect(best.error).toBeLessThan(p.error / 100);
  });
});

describe('the CORDIC step-through', () => {
  it('after the rotation with shift i the residual is below about 2^−i, one bit per iteration', () => {
    for (const x of CLAIM_XS) expect(bitsBehindShift(x, CORDIC_TRACE_MAX), `x = ${x}`).toBeGreaterThan(-1);
    const v = cordicView(CORDIC_DEFAULT);
    const last = v.trace.steps[v.trace.steps.length - 1];
    expect((last.bits - v.trace.startBits) / v.trace.steps.length).toBeGreaterThan(0.75);
  });

  it('a CORDIC rotation can gain several bits and the next give them back', () => {
    const g = unevenGains(CORDIC_DEFAULT);
    expect(g.maxGain).toBeGreaterThan(3);
    expect(g.lossAfterJump).toBe(true);
  });

  it('the step-through repeats shifts 4, 13 and 40', () => {
    expect(repeatedShifts(CORDIC_TRACE_MAX)).toEqual([4, 13, 40]);
    expect(repeatedShifts(CORDIC_DEFAULT.n)).toEqual([4, 13]);
  });

  it('in ap_fixed<16,4> the stored angles are 0 from shift 13 on, so the residual stops changing and more iterations do not help', () => {
    const st = cordicView(CORDIC_FIXED).trace.steps;
    const first = st.findIndex((s) => s.angle === 0);
    expect(st[first].shift).toBe(13);
    for (const s of st.slice(first)) {
      expect(s.angle).toBe(0);
      expect(s.z).toBe(st[first - 1].z);
    }
    // σ̂'s error, over a grid of inputs, at the last useful iteration and at 24.
    const err = (n: number) => Math.max(...CLAIM_XS.map((x) => cordicView({ ...CORDIC_FIXED, x, n, step: n }).error));
    expect(err(CORDIC_FIXED.n)).toBeGreaterThanOrEqual(err(first));
  });
});

describe('the network on the chip', { timeout: 30_000 }, () => {
  const m = trainedQnet();
  const at = (w: number, i: number, sig: QnetState['sig'] = 'hls4ml') => qnetNetwork({ w: [w, w, w], i: [i, i, i], sig, tab: 10 }, m.params);
  const evalAt = (w: number, i: number, sig: QnetState['sig'] = 'hls4ml') => evaluateQuantNet(at(w, i, sig), m.test.x, m.test.y, m.test.n);

  it('in ap_fixed<16,6> no test point changes class', () => {
    const e = evalAt(16, 6);
    expect(e.accuracyFloat).toBeGreaterThan(0.95);
    expect(e.flipRate).toBe(0);
  });

  it('with six integer bits and no fraction bits the network answers one class everywhere', () => {
    const map = quantDecisionMap(at(6, 6), QNET_GRID, DATASET_EXTENT);
    const ones = Array.from(map.quant).filter((p) => p > 0.5).length;
    expect(ones === 0 || ones === map.quant.length).toBe(true);
    expect(Math.abs(evalAt(6, 6).accuracyQuant - 0.5)).toBeLessThan(0.02);
  });

  it('with three integer bits the later accumulators overflow and accuracy stays far below float64 at every W', () => {
    const prof = profileQuantNet(at(16, 3), m.test.x, m.test.n);
    for (const layer of [1, 2]) expect(prof.find((r) => r.kind === 'accum' && r.layer === layer)?.overflow ?? 0).toBeGreaterThan(0);
    const { float, acc } = accuracyByWidth(3);
    expect(Math.max(...acc)).toBeLessThan(float - 0.2);
  });

  it('PLAN and hls4ml’s table reach float64’s accuracy at about the same W', () => {
    const first = (sig: QnetState['sig']) => {
      const s = qnetSweep({ w: [16, 16, 16], i: [6, 6, 6], sig, tab: 10 }, m).find((x) => x.sig === sig);
      const float = evalAt(16, 6).accuracyFloat;
      return SWEEP_WIDTHS[s?.accuracy.findIndex((a) => a >= float - 0.01) ?? -1];
    };
    expect(Math.abs(first('plan') - first('hls4ml'))).toBeLessThanOrEqual(1);
  });

  it('the exercise key: the smallest W within 2 points of float64 sits between the all-wrong and the exact widths', () => {
    const w = smallestGoodWidth();
    expect(w).toBeGreaterThan(7);
    expect(w).toBeLessThan(16);
    expect(evalAt(w, 6).accuracyQuant).toBeGreaterThanOrEqual(evalAt(16, 6).accuracyFloat - 0.02);
    expect(evalAt(w - 1, 6).accuracyQuant).toBeLessThan(evalAt(16, 6).accuracyFloat - 0.02);
  });
});

describe('the hardware panel', () => {
  it('the testbench checks every input word up to 16 bits and a sample above', () => {
    for (const w of [6, 10, 16]) expect(generateVerilog('plan', {}, apFormat(w, 4)).words, `W = ${w}`).toBe(2 ** w);
    const wide = generateVerilog('plan', {}, apFormat(20, 6)).words;
    expect(wide).toBeLessThan(2 ** 20);
    expect(wide).toBeGreaterThan(2 ** 16);
  });
});

describe('the network on the chip: the decision map', { timeout: 30_000 }, () => {
  it('in ap_fixed<16,6> the map flips a region far from the data, where the logit passes the top of the type and wraps', () => {
    const m = trainedQnet();
    const net = qnetNetwork({ w: [16, 16, 16], i: [6, 6, 6], sig: 'hls4ml', tab: 10 }, m.params);
    const map = quantDecisionMap(net, QNET_GRID, DATASET_EXTENT);
    expect(map.flips).toBeGreaterThan(QNET_GRID); // a region, not a few boundary cells
    const top = formatRange(net.layers[2].accum).max;
    const step = (2 * DATASET_EXTENT) / QNET_GRID;
    for (let k = 0; k < map.float.length; k++) {
      if (map.float[k] > 0.5 === map.quant[k] > 0.5) continue;
      const pt = [-DATASET_EXTENT + ((k % QNET_GRID) + 0.5) * step, DATASET_EXTENT - (Math.floor(k / QNET_GRID) + 0.5) * step];
      expect(Math.abs(floatNetworkLogit(net.sizes, m.params, pt, 0))).toBeGreaterThan(top);
    }
  });
});
