import { describe, expect, it } from 'vitest';
import { activations, crossEntropyWithLogitsGrad, type ActivationName } from '../numeric';
import { createRng } from '../random';
import { internalsOf } from './internals';
import { backwardTrace, createTrainer, gradientCheck, type TrainerConfig } from './index';

const rng = createRng(11);
const normals = (n: number) => new Float64Array(n).map(() => rng.normal());

function trainer(over: Partial<TrainerConfig> & Pick<TrainerConfig, 'layers'>, n = 12) {
  const k = over.layers[over.layers.length - 1];
  const softmax = k > 1;
  const data = { x: normals(n * over.layers[0]), y: new Float64Array(n).map((_, i) => (softmax ? i % k : i & 1)) };
  return createTrainer({ hidden: 'tanh', output: softmax ? 'softmax' : 'sigmoid', loss: softmax ? 'crossEntropy' : 'bce',
    init: 'normal', initScale: 0.7, biasInit: 0.1, learningRate: 0.5, batchSize: 4, seed: 3, data, ...over });
}

describe('backwardTrace is the trainer\'s own gradient', () => {
  const cases: [string, Partial<TrainerConfig> & Pick<TrainerConfig, 'layers'>][] = [
    ['sigmoid/bce relu', { layers: [3, 5, 4, 1], hidden: 'relu', init: 'he' }],
    ['sigmoid/mse gelu', { layers: [2, 6, 1], hidden: 'gelu', loss: 'mse' }],
    ['softmax tanh', { layers: [4, 6, 5, 3], hidden: 'tanh' }],
    ['softmax leakyRelu', { layers: [2, 8, 4], hidden: 'leakyRelu', init: 'he' }],
  ];
  it.each(cases)('%s: bit for bit equal to a one-example step', (_n, over) => {
    const base = trainer(over);
    const x = base.config.data.x.slice(0, over.layers[0]);
    const y = base.config.data.y[0];
    // A trainer on that single example: its step's gradient is exactly this example's (1/B = 1).
    const t = createTrainer({ ...base.config, data: { x, y: Float64Array.of(y) }, batchSize: 1 });
    const tr = backwardTrace(t, x, y);
    t.step();
    const grads = internalsOf(t).net.grads;
    const flat = tr.gradW.flatMap((w, l) => [...w, ...tr.gradB[l]]);
    expect(Array.from(grads)).toEqual(flat);
  });

  it('shapes, layout (W out×in row-major, as getWeights) and the chain rule, recomputed independently', () => {
    const t = trainer({ layers: [3, 5, 4, 3], hidden: 'sigmoid' });
    const x = Float64Array.of(0.3, -1.2, 0.8);
    const y = 2;
    const tr = backwardTrace(t, x, y);
    const sizes = [3, 5, 4, 3];
    const w = t.getWeights();
    let off = 0;
    const W: Float64Array[] = [];
    const B: Float64Array[] = [];
    for (let l = 0; l < 3; l++) {
      W.push(w.slice(off, (off += sizes[l] * sizes[l + 1])));
      B.push(w.slice(off, (off += sizes[l + 1])));
    }
    expect(tr.sizes).toEqual(sizes);
    let prev: Float64Array = x;
    for (let l = 0; l < 3; l++) {
      const [nin, nout] = [sizes[l], sizes[l + 1]];
      expect(tr.z[l]).toHaveLength(nout);
      expect(tr.gradW[l]).toHaveLength(nout * nin);
      for (let j = 0; j < nout; j++) {
        let s = B[l][j];
        for (let i = 0; i < nin; i++) s += W[l][j * nin + i] * prev[i];
        expect(tr.z[l][j]).toBeCloseTo(s, 14);
        for (let i = 0; i < nin; i++) expect(tr.gradW[l][j * nin + i]).toBe(tr.delta[l][j] * prev[i]); // δ aᵀ
      }
      expect(tr.gradB[l]).toEqual(tr.delta[l]);
      prev = tr.a[l];
    }
    // Output: probabilities, δ = softmax − one-hot against the engine's double-double reference.
    const ref = crossEntropyWithLogitsGrad(tr.z[2], y);
    tr.delta[2].forEach((d, j) => expect(Math.abs(d - ref[j])).toBeLessThan(1e-16));
    expect(tr.a[2].reduce((s, p) => s + p, 0)).toBeCloseTo(1, 15);
    // Hidden: δ_{l−1} = f′(z_{l−1}) ⊙ W_lᵀ δ_l with f′ from the registry.
    for (let l = 2; l >= 1; l--) {
      for (let i = 0; i < sizes[l]; i++) {
        let s = 0;
        for (let j = 0; j < sizes[l + 1]; j++) s += W[l][j * sizes[l] + i] * tr.delta[l][j];
        const slope = activations.sigmoid.df(tr.z[l - 1][i]);
        expect(tr.slopes[l - 1][i]).toBeCloseTo(slope, 15);
        expect(tr.delta[l - 1][i]).toBeCloseTo(slope * s, 15);
      }
    }
  });

  it('leaves the trainer untouched', () => {
    const t = trainer({ layers: [2, 6, 3] });
    t.step();
    const [w, g, loss] = [t.getWeights(), t.gradNorms(), t.loss()];
    backwardTrace(t, Float64Array.of(1, 2), 1);
    gradientCheck(t, Float64Array.of(1, 2), 1);
    expect(t.getWeights()).toEqual(w);
    expect(t.gradNorms()).toEqual(g);
    expect(t.loss()).toBe(loss);
  });

  it('validates trainer, x and y, naming them', () => {
    const t = trainer({ layers: [2, 4, 3] });
    const s = trainer({ layers: [2, 4, 1] });
    expect(() => backwardTrace({} as never, Float64Array.of(1, 2), 0)).toThrow(/trainer must be/);
    expect(() => backwardTrace(t, Float64Array.of(1), 0)).toThrow(/x must be a Float64Array of layers\[0\] = 2/);
    expect(() => backwardTrace(t, Float64Array.of(1, NaN), 0)).toThrow(/x\[1\]/);
    expect(() => backwardTrace(t, Float64Array.of(1, 2), 3)).toThrow(/y must be a class index.*\[0, 2\].*got 3/);
    expect(() => backwardTrace(t, Float64Array.of(1, 2), 0.5)).toThrow(RangeError);
    expect(() => backwardTrace(s, Float64Array.of(1, 2), 1.5)).toThrow(/y must be a label in \[0, 1\]/);
    expect(() => gradientCheck(s, Float64Array.of(1, 2), 1, { h: 0 })).toThrow(/h must/);
  });
});

describe('gradientCheck: backprop against central differences (float64)', () => {
  const smooth: ActivationName[] = ['sigmoid', 'tanh', 'softplus', 'gelu', 'silu'];
  const shapes = [[3, 4, 1], [3, 5, 4, 1], [2, 4, 3], [3, 5, 4, 4]];
  for (const hidden of smooth) {
    it(`${hidden}: every layer agrees to ≤ 1e-6 relative`, () => {
      for (const layers of shapes) {
        for (const loss of layers.at(-1) === 1 ? (['bce', 'mse'] as const) : (['crossEntropy'] as const)) {
          const t = trainer({ layers, hidden, loss });
          for (let e = 0; e < 3; e++) {
            const x = normals(layers[0]);
            const y = layers.at(-1) === 1 ? e % 2 : e % layers.at(-1)!;
            const c = gradientCheck(t, x, y);
            expect(c.layers).toHaveLength(layers.length - 1);
            expect(c.maxRelError, `${layers} ${loss}: ${c.layers.map((r) => r.maxRelError)}`).toBeLessThan(1e-6);
          }
        }
      }
    });
  }

  it('ReLU passes away from its kink and fails at it, for the reason the docs give', () => {
    const t = trainer({ layers: [2, 3, 1], hidden: 'relu', init: 'he' });
    const x = Float64Array.of(0.7, -0.4);
    const tr = backwardTrace(t, x, 1);
    const j = tr.z[0].findIndex((z) => z > 0.05);
    expect(j).toBeGreaterThanOrEqual(0);
    expect(tr.delta[0][j]).not.toBe(0);
    expect(gradientCheck(t, x, 1).maxRelError).toBeLessThan(1e-6);
    // Move unit j's pre-activation to +1e-7: b_j ± h straddles the kink.
    const w = t.getWeights();
    w[6 + j] -= tr.z[0][j] - 1e-7; // b of layer 0 follows its 3×2 W
    t.setWeights(w);
    const c = gradientCheck(t, x, 1, { h: 1e-5 });
    const an = c.gradB[0][j];
    const fd = c.layers[0].numericB[j];
    // Backprop takes the right-hand slope (z > 0); the quotient mixes the two pieces: ≈ (1e-5 + 1e-7)/2e-5 of it.
    expect(Math.abs(fd / an - 0.505)).toBeLessThan(1e-3);
    expect(c.layers[0].maxRelError).toBeGreaterThan(0.4);
    expect(c.layers[1].maxRelError).toBeLessThan(1e-6); // the output layer has no kink between it and the loss
  });
});
