/**
 * kernels 'simd32' against the float64 'blocked' path. The element functions are the same
 * code, so the difference comes only from the products: their operands are rounded to float32
 * (relative u = 2⁻²⁴ each, as in blocked32.test.ts) and, new here, their sums are accumulated
 * in float32, where a sum of K terms errs by at most about K·u·Σ|terms| (Higham's γ_K).
 * So each entry's error is checked against (8(L+1) + K)·u·Σ|terms|, K the longest sum of the
 * step (the widest layer or the batch), Σ|terms| stood in for by B·max|g| of the layer as in
 * blocked32.test.ts. The bound is loose (worst ratios seen: ~0.1 at B ≤ 7, ~5e-4 at B = 63) but
 * not vacuous: mutants of kernels.wat that skip the single-vector remainder or the single-row
 * band gave 150–45,000× the bound, one dropping the bias in the 1×1 tile 3–170×.
 */
import { describe, expect, it } from 'vitest';
import { activationNames, type ActivationName } from '../numeric';
import { createRng } from '../random';
import { makeKernel } from './activationKernels';
import { createBlockedStepper } from './blockedStep';
import { createNet, initNet } from './network';
import { simdKernelsAvailable } from './simd/kernels';
import { createSimd32Stepper } from './simdStep32';
import { createTrainer, type TrainerConfig } from './index';
import { expectTrainsLikeFloat64 } from './float32Parity.testkit';
import type { LossName } from './types';

const U = 2 ** -24;

function setup(layers: number[], hidden: ActivationName, n: number, seed: number, soft: boolean) {
  const rng = createRng(seed);
  const k = layers[layers.length - 1];
  const x = new Float64Array(n * layers[0]).map(() => (rng.next() < 0.3 ? 0 : rng.next()));
  const y = new Float64Array(n).map((_, i) => (soft ? i % k : rng.next() < 0.5 ? 0 : 1));
  const net = createNet(layers, makeKernel(hidden));
  initNet(net, 'xavier', 1, 0.01, createRng(seed + 1));
  return { net, x, y };
}

function compare(layers: number[], hidden: ActivationName, B: number, loss: LossName) {
  const n = B + 5;
  const { net, x, y } = setup(layers, hidden, n, 7, loss === 'crossEntropy');
  const order = Uint32Array.from({ length: n }, (_, i) => (i * 7) % n);
  createBlockedStepper(net, B, loss).gradient(x, y, order, 0, B, 1 / B);
  const g64 = net.grads.slice();
  net.grads.fill(1); // the stepper must overwrite every entry
  createSimd32Stepper(net, B, loss, x).gradient(x, y, order, 0, B, 1 / B);
  const g32 = net.grads;
  const L = layers.length - 1;
  const K = Math.max(B, ...layers);
  let worst = 0;
  let where = '';
  let differs = 0;
  for (let l = 0; l < L; l++) {
    let top = 0;
    for (let q = net.wOff[l]; q < net.wOff[l + 1]; q++) top = Math.max(top, Math.abs(g64[q]));
    const bound = (8 * (L + 1) + K) * U * B * top + 1e-300;
    for (let q = net.wOff[l]; q < net.wOff[l + 1]; q++) {
      const e = Math.abs(g32[q] - g64[q]);
      if (e > 0) differs++;
      if (!(e / bound <= worst)) [worst, where] = [e / bound, `layer ${l} parameter ${q - net.wOff[l]}`];
    }
  }
  return { worst, where, differs };
}

describe("kernels 'simd32': the float64 gradient within float32 rounding", () => {
  it('runs the WebAssembly kernels here (not the fallback)', () => expect(simdKernelsAvailable()).toBe(true));

  const wide: [number[], ActivationName, number][] = [
    [[784, 50, 100, 10], 'sigmoid', 64],
    [[784, 50, 100, 10], 'relu', 64],
    [[784, 50, 100, 10], 'tanh', 63],
  ];
  it.each(wide)('%j %s B=%i, softmax', (layers, hidden, B) => {
    const { worst, where, differs } = compare(layers, hidden, B, 'crossEntropy');
    expect(worst, `error / bound, worst at ${where}`).toBeLessThanOrEqual(1);
    expect(differs).toBeGreaterThan(0); // it really is float32
  }, 30_000);

  // Every hidden activation, both outputs, shapes off the 4×2 tile: nin = 1, B = 1, B = 63.
  const small: [number[], number, LossName][] = [
    [[13, 9, 7, 3], 7, 'crossEntropy'],
    [[1, 5, 4, 2], 1, 'crossEntropy'],
    [[6, 5, 1], 63, 'bce'],
    [[4, 8, 1], 16, 'mse'],
  ];
  it.each(activationNames)('%s: every small shape and loss', (hidden) => {
    for (const [layers, B, loss] of small) {
      const { worst, where } = compare(layers, hidden, B, loss);
      expect(worst, `${JSON.stringify(layers)} B=${B} ${loss}: error / bound, worst at ${where}`).toBeLessThanOrEqual(1);
    }
  });

  it('trains like the float64 path: 30 steps of 784-50-100-10, losses equal to float32 accuracy', () => {
    expectTrainsLikeFloat64('simd32', setup([784, 50, 100, 10], 'sigmoid', 300, 3, true));
  }, 60_000);

  it('trains a sigmoid-output net with Adam the same way (last batch of the epoch short)', () => {
    const { x, y } = setup([5, 7, 6, 1], 'tanh', 50, 11, false);
    const cfg: TrainerConfig = { layers: [5, 7, 6, 1], hidden: 'tanh', output: 'sigmoid', loss: 'bce', init: 'xavier', optimizer: 'adam', learningRate: 0.01, batchSize: 16, seed: 4, data: { x, y } };
    const a = createTrainer({ ...cfg, kernels: 'blocked' });
    const b = createTrainer({ ...cfg, kernels: 'simd32' });
    for (let e = 0; e < 5; e++) {
      a.epoch();
      b.epoch();
    }
    expect(b.stepCount()).toBe(a.stepCount());
    expect(Math.abs(b.loss() - a.loss()) / a.loss()).toBeLessThan(1e-4);
    expect(b.accuracy()).toBe(a.accuracy());
  });
});
