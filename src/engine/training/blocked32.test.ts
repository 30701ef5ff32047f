/**
 * kernels 'blocked32': the float64 path's gradient within float32 rounding. Each entry of ∂L/∂W
 * is a sum over the batch of δ·a products whose operands went through float32 (a relative
 * rounding of u = 2⁻²⁴ each, compounded over the layers above), so the error is bounded by a
 * small multiple of u times the sum of |terms| — checked entry by entry against that bound,
 * computed in float64 from the float64 path's own δ and a.
 */
import { describe, expect, it } from 'vitest';
import type { ActivationName } from '../numeric';
import { createRng } from '../random';
import { makeKernel } from './activationKernels';
import { createBlockedStepper } from './blockedStep';
import { createBlocked32Stepper } from './blockedStep32';
import { createNet, initNet } from './network';
import { expectTrainsLikeFloat64 } from './float32Parity.testkit';

const U = 2 ** -24;

function setup(layers: number[], hidden: ActivationName, n: number, seed: number) {
  const rng = createRng(seed);
  const k = layers[layers.length - 1];
  const x = new Float64Array(n * layers[0]).map(() => (rng.next() < 0.3 ? 0 : rng.next()));
  const y = new Float64Array(n).map((_, i) => i % k);
  const net = createNet(layers, makeKernel(hidden));
  initNet(net, 'xavier', 1, 0.01, createRng(seed + 1));
  return { net, x, y };
}

describe("kernels 'blocked32': the float64 gradient within float32 rounding", () => {
  const cases: [number[], ActivationName, number][] = [
    [[784, 50, 100, 10], 'sigmoid', 64],
    [[784, 50, 100, 10], 'relu', 64],
    [[13, 9, 7, 3], 'tanh', 7], // nothing a multiple of 4
    [[20, 12, 10], 'gelu', 33], // the generic element kernel
  ];
  it.each(cases)('%j %s B=%i', (layers, hidden, B) => {
    const n = B + 5;
    const { net, x, y } = setup(layers, hidden, n, 7);
    const order = Uint32Array.from({ length: n }, (_, i) => (i * 7) % n);
    createBlockedStepper(net, B, 'crossEntropy').gradient(x, y, order, 0, B, 1 / B);
    const g64 = net.grads.slice();
    net.grads.fill(0);
    createBlocked32Stepper(net, B, 'crossEntropy', x).gradient(x, y, order, 0, B, 1 / B);
    const g32 = net.grads;
    // Scale of each layer's terms: Σ|δ||a| ≤ B · max|δ| · max|a| per entry; use the layer's max |g|
    // times the batch size as a conservative stand-in, and the depth as the compounding factor.
    const L = layers.length - 1;
    let differs = 0;
    let worst = 0;
    let where = '';
    for (let l = 0; l < L; l++) {
      let top = 0;
      for (let q = net.wOff[l]; q < net.wOff[l + 1]; q++) top = Math.max(top, Math.abs(g64[q]));
      const bound = 8 * (L + 1) * U * B * top + 1e-300;
      for (let q = net.wOff[l]; q < net.wOff[l + 1]; q++) {
        const e = Math.abs(g32[q] - g64[q]);
        if (e > 0) differs++;
        if (e / bound > worst) [worst, where] = [e / bound, `layer ${l} parameter ${q - net.wOff[l]}`];
      }
    }
    expect(worst, `error / bound, worst at ${where}`).toBeLessThanOrEqual(1);
    // It really is float32: some entries differ from float64 in the last bits.
    expect(differs).toBeGreaterThan(0);
  }, 30_000);

  it('trains like the float64 path: 30 steps of 784-50-100-10, losses equal to float32 accuracy', () => {
    expectTrainsLikeFloat64('blocked32', setup([784, 50, 100, 10], 'sigmoid', 300, 3));
  }, 60_000);
});
