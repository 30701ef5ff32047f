/**
 * Training throughput on the lessons' standard workload: 2-8-8-1 MLP, sigmoid output, BCE,
 * SGD lr 0.03, batch 10, 500 circles points, tanh and relu hidden layers.
 * Candidates: this engine, a plain hand-written flat-array loop (the best a straight
 * implementation does; the engine should be within 1.3× of it) and TensorFlow.js's CPU
 * backend (the engine should be ≥ 30× faster). tfjs gets every advantage we can give it:
 * batch tensors are built once, outside the timed loop.
 * Run: npx vitest run --config bench/vitest.config.ts bench/training.bench-run.ts
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
// tfjs-core alone registers no gradients; the full tfjs bundle would import this too.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { expect, it } from 'vitest';
import { createTrainer, createTrainingRng as createRng, makeDataset } from '../src/engine';
import { benchGroup, ratio } from './harness';

const N = 500;
const BATCH = 10;
const LR = 0.03;
const SIZES = [2, 8, 8, 1];
const data = makeDataset('circles', N, 1);
type Hidden = 'tanh' | 'relu';

/** Plain baseline: the same math written out for this one shape, flat arrays, no engine. */
function plainTrainer(hidden: Hidden, seed: number): () => void {
  const rng = createRng(seed);
  const [I, H1, H2] = SIZES;
  const w1 = new Float64Array(H1 * I).map(() => rng.uniform(-1, 1) * Math.sqrt(6 / (I + H1)));
  const b1 = new Float64Array(H1);
  const w2 = new Float64Array(H2 * H1).map(() => rng.uniform(-1, 1) * Math.sqrt(6 / (H1 + H2)));
  const b2 = new Float64Array(H2);
  const w3 = new Float64Array(H2).map(() => rng.uniform(-1, 1) * Math.sqrt(6 / (H2 + 1)));
  let b3 = 0;
  const g1 = new Float64Array(w1.length), gb1 = new Float64Array(H1);
  const g2 = new Float64Array(w2.length), gb2 = new Float64Array(H2);
  const g3 = new Float64Array(H2);
  const z1 = new Float64Array(H1), a1 = new Float64Array(H1), d1 = new Float64Array(H1);
  const z2 = new Float64Array(H2), a2 = new Float64Array(H2), d2 = new Float64Array(H2);
  const order = new Uint32Array(N).map((_, i) => i);
  let cursor = N;
  const { x, y } = data;
  const relu = hidden === 'relu';
  return () => {
    if (cursor >= N) {
      rng.shuffle(order);
      cursor = 0;
    }
    g1.fill(0); gb1.fill(0); g2.fill(0); gb2.fill(0); g3.fill(0);
    let gb3 = 0;
    const end = Math.min(cursor + BATCH, N);
    const inv = 1 / (end - cursor);
    for (; cursor < end; cursor++) {
      const p = order[cursor];
      const x0 = x[2 * p], x1 = x[2 * p + 1];
      for (let j = 0; j < H1; j++) {
        const s = b1[j] + w1[2 * j] * x0 + w1[2 * j + 1] * x1;
        z1[j] = s;
        a1[j] = relu ? (s > 0 ? s : 0) : Math.tanh(s);
      }
      let out = b3;
      for (let j = 0; j < H2; j++) {
        let s = b2[j];
        for (let i = 0; i < H1; i++) s += w2[j * H1 + i] * a1[i];
        z2[j] = s;
        a2[j] = relu ? (s > 0 ? s : 0) : Math.tanh(s);
        out += w3[j] * a2[j];
      }
      const prob = out >= 0 ? 1 / (1 + Math.exp(-out)) : Math.exp(out) / (1 + Math.exp(out));
      const d = (prob - y[p]) * inv;
      gb3 += d;
      for (let j = 0; j < H2; j++) {
        g3[j] += d * a2[j];
        d2[j] = d * w3[j] * (relu ? (z2[j] > 0 ? 1 : 0) : 1 - a2[j] * a2[j]);
        gb2[j] += d2[j];
        for (let i = 0; i < H1; i++) g2[j * H1 + i] += d2[j] * a1[i];
      }
      for (let i = 0; i < H1; i++) {
        let s = 0;
        for (let j = 0; j < H2; j++) s += w2[j * H1 + i] * d2[j];
        d1[i] = s * (relu ? (z1[i] > 0 ? 1 : 0) : 1 - a1[i] * a1[i]);
        gb1[i] += d1[i];
        g1[2 * i] += d1[i] * x0;
        g1[2 * i + 1] += d1[i] * x1;
      }
    }
    for (let k = 0; k < w1.length; k++) w1[k] -= LR * g1[k];
    for (let k = 0; k < H1; k++) b1[k] -= LR * gb1[k];
    for (let k = 0; k < w2.length; k++) w2[k] -= LR * g2[k];
    for (let k = 0; k < H2; k++) b2[k] -= LR * gb2[k];
    for (let k = 0; k < H2; k++) w3[k] -= LR * g3[k];
    b3 -= LR * gb3;
  };
}

function tfjsTrainer(hidden: Hidden): () => void {
  const glorot = (fin: number, fout: number) => tf.variable(tf.mul(tf.randomUniform([fin, fout], -1, 1, 'float32', 1), Math.sqrt(6 / (fin + fout))));
  const w1 = glorot(2, 8), b1 = tf.variable(tf.zeros([8]));
  const w2 = glorot(8, 8), b2 = tf.variable(tf.zeros([8]));
  const w3 = glorot(8, 1), b3 = tf.variable(tf.zeros([1]));
  const opt = tf.train.sgd(LR);
  const act = hidden === 'relu' ? tf.relu : tf.tanh;
  // One fixed shuffle's batches, built once: tfjs pays nothing for batching.
  const order = new Uint32Array(N).map((_, i) => i);
  createRng(3).shuffle(order);
  const batches: { xb: tf.Tensor2D; yb: tf.Tensor2D }[] = [];
  for (let c = 0; c < N; c += BATCH) {
    const idx = Array.from(order.subarray(c, c + BATCH));
    batches.push({
      xb: tf.tensor2d(idx.flatMap((i) => [data.x[2 * i], data.x[2 * i + 1]]), [idx.length, 2]),
      yb: tf.tensor2d(idx.map((i) => data.y[i]), [idx.length, 1]),
    });
  }
  let k = 0;
  return () => {
    const { xb, yb } = batches[k++ % batches.length];
    tf.tidy(() => {
      opt.minimize(() => {
        // Functional ops: tfjs-core alone doesn't register the chained tensor methods.
        const h1 = act(tf.add(tf.matMul(xb, w1), b1));
        const h2 = act(tf.add(tf.matMul(h1, w2), b2));
        return tf.losses.sigmoidCrossEntropy(yb, tf.add(tf.matMul(h2, w3), b3)) as tf.Scalar;
      });
    });
  };
}

it('training throughput: engine vs plain loop vs tfjs-cpu', async () => {
  await tf.setBackend('cpu');
  await tf.ready();
  const STEPS = 4000;
  const TF_STEPS = 100;
  const ratios: Record<string, number> = {};
  for (const hidden of ['tanh', 'relu'] as const) {
    const engine = createTrainer({ layers: SIZES, hidden, output: 'sigmoid', loss: 'bce', optimizer: 'sgd',
      init: 'xavier', learningRate: LR, batchSize: BATCH, seed: 1, data });
    const plain = plainTrainer(hidden, 1);
    const tfStep = tfjsTrainer(hidden);
    const loop = (f: () => void, n: number) => () => {
      for (let i = 0; i < n; i++) f();
    };
    const [e, p, t] = benchGroup(`2-8-8-1 ${hidden}, SGD batch ${BATCH}, ${N} circles points (steps)`, [
      { name: 'engine createTrainer().step()', run: loop(() => engine.step(), STEPS), units: STEPS },
      { name: 'plain flat-array baseline', run: loop(plain, STEPS), units: STEPS },
      { name: 'tfjs-core + backend-cpu', run: loop(tfStep, TF_STEPS), units: TF_STEPS },
    ]);
    // Per-step time ratios (time per step, so the different step counts compare).
    const perStep = (r: typeof e, n: number) => ({ ...r, medianMs: r.medianMs / n });
    ratios[`${hidden} engine/plain`] = ratio(`${hidden}: engine / plain (goal ≤ 1.3)`, perStep(e, STEPS), perStep(p, STEPS));
    const vsTf = 1 / ratio(`${hidden}: engine / tfjs-cpu`, perStep(e, STEPS), perStep(t, TF_STEPS));
    console.log(`  ${hidden}: engine is ${vsTf.toFixed(1)}× faster than tfjs-cpu (goal ≥ 30)`);
    ratios[`${hidden} tfjs/engine`] = vsTf;
    expect(e.perSecond).toBeGreaterThan(0);
  }
  console.log('\nsummary', ratios);
  expect(Object.values(ratios).every(Number.isFinite)).toBe(true);
});
