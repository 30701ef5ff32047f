import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { createTrainer, makeDataset } from '../training';
import { apFixed, formatStep, type FixedFormat } from './fixed/format';
import { floatNetworkLogit, hls4mlDefaultNetwork, prepareQuantNet, type QuantNetwork } from './quantizedNetwork';
import { evaluateQuantNet, profileQuantNet, quantDecisionMap } from './quantizedEval';

const SIZES = [2, 8, 8, 1];
function randomParams(seed: number, scale = 1): Float64Array {
  const rng = createRng(seed);
  let n = 0;
  for (let l = 0; l + 1 < SIZES.length; l++) n += SIZES[l] * SIZES[l + 1] + SIZES[l + 1];
  return Float64Array.from({ length: n }, () => scale * (2 * rng.next() - 1));
}
function uniform(net: QuantNetwork, f: FixedFormat): QuantNetwork {
  return { ...net, input: f, layers: net.layers.map(() => ({ weight: f, bias: f, accum: f, result: f })), sigmoid: { method: 'exact', format: f } };
}
const points = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Float64Array.from({ length: 2 * n }, () => 3 * rng.next() - 1.5);
};

/**
 * A bound on |quantized − float| for the logit, propagated layer by layer from the casts'
 * worst errors (one step each under AP_TRN), independent of the emulator's code path.
 */
function logitBound(params: Float64Array, f: FixedFormat, x: Float64Array, r: number): number {
  const lsb = formatStep(f);
  let a = [x[2 * r], x[2 * r + 1]];
  let e = [lsb, lsb];
  let off = 0;
  for (let l = 0; l + 1 < SIZES.length; l++) {
    const nin = SIZES[l];
    const nout = SIZES[l + 1];
    const na: number[] = [];
    const ne: number[] = [];
    for (let o = 0; o < nout; o++) {
      let z = params[off + nin * nout + o];
      let err = 2 * lsb; // bias cast, then its cast to the accumulator
      for (let i = 0; i < nin; i++) {
        const w = params[off + o * nin + i];
        z += a[i] * w;
        err += Math.abs(w) * e[i] + (Math.abs(a[i]) + e[i]) * lsb + 2 * lsb; // input error, weight cast, product cast, sum cast
      }
      err += lsb; // result cast
      na.push(l + 2 < SIZES.length ? Math.max(0, z) : z);
      ne.push(err);
    }
    off += nin * nout + nout;
    a = na;
    e = ne;
  }
  return e[0];
}

describe('quantized network (hls4ml-style inference)', { timeout: 30_000 }, () => {
  it('at a wide format the logit equals float64 within the casts’ propagated steps, and narrows as W grows', () => {
    const params = randomParams(7);
    const x = points(11, 300);
    const worstAbs: number[] = [];
    for (const w of [18, 22, 26]) {
      const f = apFixed(w, 8);
      const p = prepareQuantNet(uniform(hls4mlDefaultNetwork(SIZES, params), f));
      let worst = 0;
      for (let r = 0; r < 300; r++) {
        const d = Math.abs(p.logit(x, r) - floatNetworkLogit(SIZES, params, x, r));
        expect(d, `W = ${w}, row ${r}`).toBeLessThanOrEqual(logitBound(params, f, x, r));
        worst = Math.max(worst, d / formatStep(f));
      }
      expect(worst).toBeGreaterThan(0); // it does quantize
      worstAbs.push(worst * formatStep(f));
    }
    expect(worstAbs[1]).toBeLessThan(worstAbs[0]);
    expect(worstAbs[2]).toBeLessThan(worstAbs[1]);
  });

  it('float64 reference equals the trainer’s own prediction', () => {
    const data = makeDataset('moons', 200, 3);
    const tr = createTrainer({ layers: SIZES, hidden: 'relu', output: 'sigmoid', loss: 'bce', init: 'he', learningRate: 0.05, batchSize: 20, seed: 5, data, optimizer: 'adam' });
    for (let k = 0; k < 20; k++) tr.epoch();
    const p = tr.predict(data.x);
    const w = tr.getWeights();
    for (let r = 0; r < 200; r++) expect(1 / (1 + Math.exp(-floatNetworkLogit(SIZES, w, data.x, r)))).toBeCloseTo(p[r], 12);
  });

  it('narrow formats flip classes; the default ap_fixed<16,6> keeps a trained net’s accuracy', () => {
    const data = makeDataset('moons', 300, 4);
    const tr = createTrainer({ layers: SIZES, hidden: 'relu', output: 'sigmoid', loss: 'bce', init: 'he', learningRate: 0.05, batchSize: 20, seed: 6, data, optimizer: 'adam' });
    for (let k = 0; k < 60; k++) tr.epoch();
    const w = tr.getWeights();
    const def = evaluateQuantNet(hls4mlDefaultNetwork(SIZES, w), data.x, data.y, 300);
    expect(def.accuracyFloat).toBeGreaterThan(0.9);
    expect(Math.abs(def.accuracyQuant - def.accuracyFloat)).toBeLessThan(0.02);
    const narrow = evaluateQuantNet(hls4mlDefaultNetwork(SIZES, w, 5, 2), data.x, data.y, 300);
    expect(narrow.flipRate).toBeGreaterThan(def.flipRate);
    const map = quantDecisionMap(hls4mlDefaultNetwork(SIZES, w, 5, 2), 24, 1.25);
    expect(map.flips).toBeGreaterThan(0);
    // Counting flips by hand from the two maps gives the same number.
    let flips = 0;
    for (let k = 0; k < map.float.length; k++) if (map.float[k] > 0.5 !== map.quant[k] > 0.5) flips++;
    expect(flips).toBe(map.flips);
  });

  it('the profile finds overflow where the range is too small and lost values where the step is too big', () => {
    const params = randomParams(9, 3);
    const x = points(12, 100);
    const tight = profileQuantNet(uniform(hls4mlDefaultNetwork(SIZES, params), apFixed(8, 2)), x, 100);
    const acc = tight.filter((r) => r.kind === 'accum');
    expect(Math.max(...acc.map((r) => r.overflow))).toBeGreaterThan(0.05);
    const coarse = profileQuantNet(uniform(hls4mlDefaultNetwork(SIZES, randomParams(9, 0.01)), apFixed(8, 6)), x, 100);
    expect(coarse.find((r) => r.kind === 'weight')?.underflow).toBe(1); // every |w| < 2^−2
    const roomy = profileQuantNet(uniform(hls4mlDefaultNetwork(SIZES, params), apFixed(24, 10)), x, 100);
    for (const r of roomy) expect(r.overflow, `${r.kind} ${r.layer}`).toBe(0);
    for (const r of roomy) expect(r.counts.reduce((s, c) => s + c, 0)).toBeLessThanOrEqual(r.count);
  });

  it('rejects malformed networks by name', () => {
    const params = randomParams(1);
    expect(() => prepareQuantNet({ ...hls4mlDefaultNetwork(SIZES, params), params: params.slice(1) })).toThrow(/params must hold/);
    expect(() => prepareQuantNet(hls4mlDefaultNetwork([2, 4, 2], new Float64Array(22)))).toThrow(/one \(sigmoid\) unit/);
    expect(() => prepareQuantNet(uniform(hls4mlDefaultNetwork(SIZES, params), apFixed(32, 8)))).toThrow(/widths above/);
  });
});
