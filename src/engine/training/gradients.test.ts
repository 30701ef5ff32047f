import { describe, expect, it } from 'vitest';
import { activations, type ActivationName } from '../numeric';
import { makeKernel } from './activationKernels';
import { fullPass } from './diagnostics';
import { createNet } from './network';
import { createRng } from '../random';
import { createTrainer } from './trainer';
import type { LossName } from './types';

// Where each activation's derivative jumps; finite differences must stay clear of them.
const KINKS: Partial<Record<ActivationName, number[]>> = {
  relu: [0], leakyRelu: [0], prelu: [0], elu: [0], selu: [0],
  hardSigmoid: [-3, 3], hardTanh: [-1, 1], hardSwish: [-3, 3],
};
const SHAPES = [[2, 3, 1], [2, 4, 3, 1], [3, 2, 3, 2, 1]];
const names = (Object.keys(activations) as ActivationName[]).filter((a) => a !== 'step');

function data(inputs: number, n: number, seed: number) {
  const rng = createRng(seed);
  const x = new Float64Array(inputs * n).map(() => rng.normal());
  const y = new Float64Array(n).map((_, i) => (i % 3 === 2 ? 0.3 : i & 1)); // soft labels too
  return { x, y };
}

describe('analytic gradients match central finite differences', () => {
  for (const hidden of names) {
    for (const loss of ['bce', 'mse'] as LossName[]) {
      it(`${hidden} / ${loss}`, () => {
        SHAPES.forEach((layers, s) => {
          const d = data(layers[0], 8, 100 + s);
          const cfg = { layers, hidden, output: 'sigmoid' as const, loss, init: 'normal' as const, initScale: 0.8,
            biasInit: 0.1, learningRate: 1, batchSize: 8, seed: 7 + s, data: d };
          const t = createTrainer(cfg);
          const w0 = t.getWeights();
          // Keep every pre-activation ≥ 1e-4 away from a kink (10× any shift ±h causes), so ±h never crosses one.
          const net = createNet(layers, makeKernel(hidden));
          net.params.set(w0);
          const fp = fullPass(net, d.x, 8);
          for (const z of fp.pre) for (const k of KINKS[hidden] ?? []) expect(Math.abs(z - k)).toBeGreaterThan(1e-4);

          t.step(); // full batch, plain SGD with lr 1: Δw = −∇L
          const w1 = t.getWeights();
          const probe = createTrainer(cfg);
          const h = 1e-5;
          for (let k = 0; k < w0.length; k++) {
            const w = w0.slice();
            w[k] = w0[k] + h;
            probe.setWeights(w);
            const up = probe.loss();
            w[k] = w0[k] - h;
            probe.setWeights(w);
            const down = probe.loss();
            const fd = (up - down) / (2 * h);
            const an = w0[k] - w1[k];
            expect(Math.abs(an - fd), `${layers} param ${k}: ${an} vs ${fd}`).toBeLessThan(1e-7 + 1e-5 * Math.abs(fd));
          }
        });
      });
    }
  }
});
