import { describe, expect, it } from 'vitest';
import { bce, bceWithLogits, crossEntropyWithLogits, logSoftmax, softmax } from '../index';
import {
  bceLossFloat32, bceWithLogitsFloat32, doubleSoftmaxCE, doubleSoftmaxLossRange, doubleSoftmaxSweep,
  multiLabelSoftMarginLoss, nllLoss, sigmoidBceFloat32, sigmoidFloat32,
} from './index';

/**
 * Reference: the same PyTorch formulas run in real float32 arithmetic by NumPy 2.4 (np.float32
 * scalars, NumPy's own float32 exp/log/log1p), script in the report of issue 19:
 *   p = 1/(1 + exp(−z)); BCELoss = (y−1)·max(log1p(−p), −100) − y·max(log p, −100);
 *   grad = (p − y)/max((1 − p)p, 1e−12)·(1 − p)·p; BCEWithLogits = (1 − y)z − (min(z,0) − log1p(exp(−|z|))).
 * [z, y, p, BCELoss, its grad, BCEWithLogits, its grad]
 */
const NUMPY_F32: [number, number, number, number, number, number, number][] = [
  [-100, 1, 0, 100, -0, 100, -1],
  [-88, 1, 6.054601485195952e-39, 88, -6.054601432952552e-27, 88, -1],
  [-89, 1, 0, 100, -0, 89, -1],
  [-30, 1, 9.357623589846195e-14, 30, -0.09357623755931854, 30, -1],
  [-20, 1, 2.061153470123145e-9, 20, -0.9999999403953552, 20, -1],
  [-5, 1, 0.006692850962281227, 5.006715297698975, -0.9933071732521057, 5.006715297698975, -0.9933071732521057],
  [0.3, 0, 0.5744425058364868, 0.8543552160263062, 0.5744425058364868, 0.8543552756309509, 0.5744425058364868],
  [10, 0, 0.9999545812606812, 9.99958610534668, 0.9999545812606812, 10.000045776367188, 0.9999545812606812],
  [16, 0, 0.9999998807907104, 15.942384719848633, 0.9999998807907104, 16, 0.9999998807907104],
  [17, 0, 1, 100, 0, 17, 1],
  [120, 0, 1, 100, 0, 120, 1],
  [-120, 0, 0, 0, 0, 0, 0],
  [5, 1, 0.9933071732521057, 0.006715324241667986, -0.006692827213555574, 0.006715347990393639, -0.006692826747894287],
];

/** Within k float32 ulps of a reference (libm and NumPy's float32 exp/log may differ in the last bit). */
const near = (a: number, b: number, k = 2) => expect(Math.abs(a - b)).toBeLessThanOrEqual(k * 2 ** -23 * Math.max(Math.abs(b), 2 ** -126));

describe('float32 sigmoid + BCELoss vs BCEWithLogitsLoss (PyTorch formulas)', () => {
  it('matches NumPy float32 on every reference point', () => {
    for (const [z, y, p, l, g, lw, gw] of NUMPY_F32) {
      const a = sigmoidBceFloat32(z, y);
      const b = bceWithLogitsFloat32(z, y);
      near(a.p, p);
      near(a.loss, l);
      near(a.grad, g, 4);
      near(b.loss, lw);
      near(b.grad, gw);
    }
  });

  it('BCELoss reads 100 with a zero gradient once σ(z) rounds to 1 or 0; BCEWithLogits stays exact', () => {
    for (const z of [17, 30, 60, 500]) {
      const a = sigmoidBceFloat32(z, 0);
      expect(a.p).toBe(1);
      expect(a.loss).toBe(100);
      expect(a.grad).toBe(0);
      const b = bceWithLogitsFloat32(z, 0);
      expect(Math.abs(b.loss - bceWithLogits(z, 0)) / bceWithLogits(z, 0)).toBeLessThan(1e-6);
      expect(b.grad).toBe(1);
    }
    // y = 1 on the far negative side: exp(−z) overflows float32 below z ≈ −88.72, σ = 0, ln 0 → clamp.
    expect(sigmoidFloat32(-88.5)).toBeGreaterThan(0);
    expect(sigmoidFloat32(-88.8)).toBe(0);
    expect(sigmoidBceFloat32(-95, 1).loss).toBe(100);
    expect(bceWithLogitsFloat32(-95, 1).loss).toBe(95);
  });

  it("the BCELoss gradient w.r.t. the logit fades once σ(z)(1 − σ(z)) < 1e−12 (z < −27.6), then is 0", () => {
    expect(sigmoidBceFloat32(-25, 1).grad).toBeLessThan(-0.99);
    const g30 = sigmoidBceFloat32(-30, 1).grad;
    expect(g30).toBeGreaterThan(-0.1);
    expect(Math.abs(g30 - -sigmoidFloat32(-30) * 1e12)).toBeLessThan(1e-3);
    expect(Math.abs(sigmoidBceFloat32(-60, 1).grad)).toBeLessThan(1e-13);
  });

  it('bceLossFloat32 agrees with the float64 bce where neither clamps', () => {
    for (const p of [0.01, 0.3, 0.5, 0.9]) for (const y of [0, 0.25, 1]) expect(Math.abs(bceLossFloat32(p, y) - bce(p, y))).toBeLessThan(1e-6);
    expect(bceLossFloat32(0, 1)).toBe(100);
    expect(bceLossFloat32(0, 0)).toBe(0);
    expect(() => bceLossFloat32(1.5, 0)).toThrow(/p must/);
    expect(() => sigmoidBceFloat32(NaN, 0)).toThrow(/z must/);
  });
});

describe('double softmax before CrossEntropyLoss', () => {
  const z = [2, 1, -1];
  it('both gradients match central differences of their losses', () => {
    const h = 1e-6;
    for (const t of [0, 1, 2]) {
      const r = doubleSoftmaxCE(z, t);
      for (let i = 0; i < 3; i++) {
        const up = z.map((v, j) => (j === i ? v + h : v));
        const dn = z.map((v, j) => (j === i ? v - h : v));
        const numeric = (crossEntropyWithLogits(softmax(up), t) - crossEntropyWithLogits(softmax(dn), t)) / (2 * h);
        expect(Math.abs(r.doubleGrad[i] - numeric)).toBeLessThan(1e-8);
        const numeric1 = (crossEntropyWithLogits(up, t) - crossEntropyWithLogits(dn, t)) / (2 * h);
        expect(Math.abs(r.grad[i] - numeric1)).toBeLessThan(1e-8);
      }
    }
  });

  it('at zero logits the ratio is 1/K; growing logits squash the doubled gradient towards 0', () => {
    for (const K of [2, 3, 5]) {
      const r = doubleSoftmaxCE(new Array<number>(K).fill(0), 0);
      expect(r.ratio).toBeCloseTo(1 / K, 14);
    }
    const s = doubleSoftmaxSweep(z, 1, [0, 1, 2, 4, 8, 16]);
    for (let k = 2; k < 6; k++) expect(s.ratio[k]).toBeLessThan(s.ratio[k - 1]);
    expect(s.ratio[5]).toBeLessThan(1e-6);
    expect(s.gradNorm[5]).toBeGreaterThan(1.4); // p − y → (1, −1, 0): the correct gradient keeps pushing
  });

  it('the doubled loss is trapped in [ln(1 + (K−1)/e), ln(e + K − 1)]', () => {
    const { min, max } = doubleSoftmaxLossRange(3);
    const s = doubleSoftmaxSweep(z, 0, [0, 1, 5, 50]);
    const w = doubleSoftmaxSweep(z, 2, [0, 1, 5, 50]);
    for (let k = 0; k < 4; k++) {
      expect(s.doubleLoss[k]).toBeGreaterThanOrEqual(min - 1e-15);
      expect(w.doubleLoss[k]).toBeLessThanOrEqual(max + 1e-15);
    }
    expect(Math.abs(s.doubleLoss[3] - min)).toBeLessThan(1e-12);
    expect(Math.abs(w.doubleLoss[3] - max)).toBeLessThan(1e-12);
    expect(() => doubleSoftmaxLossRange(1)).toThrow(/k must/);
    expect(() => doubleSoftmaxCE([1], 0)).toThrow(/at least 2/);
    expect(() => doubleSoftmaxSweep(z, 0, [-1])).toThrow(/scales\[0\]/);
  });
});

describe('NLLLoss and MultiLabelSoftMarginLoss', () => {
  it('CrossEntropyLoss = NLLLoss ∘ LogSoftmax; NLLLoss does no log itself', () => {
    const z = [2, 1, -1];
    for (const t of [0, 1, 2]) expect(nllLoss(logSoftmax(z), t)).toBeCloseTo(crossEntropyWithLogits(z, t), 14);
    expect(nllLoss(softmax(z), 0)).toBeLessThan(0); // probabilities instead of log-probabilities: a negative "loss"
    expect(() => nllLoss(z, 3)).toThrow(/target/);
  });

  it('MultiLabelSoftMarginLoss is the mean BCE-with-logits over the classes (and −mean of y ln σ + (1−y) ln σ(−z))', () => {
    const z = [2, 1, -1];
    const y = [1, 1, 0];
    const direct = -y.reduce((s, yi, i) => s + yi * Math.log(1 / (1 + Math.exp(-z[i]))) + (1 - yi) * Math.log(1 / (1 + Math.exp(z[i]))), 0) / 3;
    expect(multiLabelSoftMarginLoss(z, y)).toBeCloseTo(direct, 14);
    expect(multiLabelSoftMarginLoss(z, y)).toBeCloseTo((bceWithLogits(2, 1) + bceWithLogits(1, 1) + bceWithLogits(-1, 0)) / 3, 15);
    expect(() => multiLabelSoftMarginLoss(z, [1, 0])).toThrow(/y must have the length/);
  });
});
