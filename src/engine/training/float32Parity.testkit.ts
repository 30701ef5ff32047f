/**
 * Shared by the float32 kernels' tests (blocked32.test.ts, simd32.test.ts): 30 SGD steps of
 * the digit-sized 784-50-100-10 net on the given data, once with the float64 'blocked'
 * kernels and once with `kernels`; the losses and weights must agree to float32 accuracy,
 * and must differ somewhere (else the float32 path was not taken).
 */
import { expect } from 'vitest';
import { createTrainer, type TrainerConfig, type TrainerKernels } from './index';

export function expectTrainsLikeFloat64(kernels: TrainerKernels, data: { x: Float64Array; y: Float64Array }): void {
  const cfg: TrainerConfig = { layers: [784, 50, 100, 10], hidden: 'sigmoid', output: 'softmax', loss: 'crossEntropy', init: 'xavier', optimizer: 'sgd', learningRate: 0.1, batchSize: 64, seed: 2, data };
  const a = createTrainer({ ...cfg, kernels: 'blocked' });
  const b = createTrainer({ ...cfg, kernels });
  const l0 = a.loss();
  for (let s = 0; s < 30; s++) {
    a.step();
    b.step();
  }
  expect(a.loss()).toBeLessThan(l0);
  expect(Math.abs(b.loss() - a.loss()) / a.loss()).toBeLessThan(1e-4);
  const wa = a.getWeights();
  const wb = b.getWeights();
  let worst = 0;
  for (let i = 0; i < wa.length; i++) worst = Math.max(worst, Math.abs(wa[i] - wb[i]));
  expect(worst).toBeLessThan(1e-4);
  expect(worst).toBeGreaterThan(0);
}
