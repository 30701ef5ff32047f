/**
 * Training speed on the backprop lesson's digit network: 784-50-100-10, sigmoid hidden layers,
 * softmax + cross-entropy, plain SGD, batch 64, on the real digits of public/digits.
 * Candidates: this engine (float64 'blocked' kernels, the float32 'blocked32' kernels, and the
 * WebAssembly SIMD 'simd32' kernels, f32x4 in simd/kernels.wat) and
 * TensorFlow.js with its CPU and WASM backends (tfjs gets every advantage: the batches are
 * tensors built once, outside the timed loop; WASM uses its SIMD build when Node supports it).
 * Reported as steps/s, ratios and GFLOP/s, where one step is 2·(forward + weight-gradient +
 * back-propagated δ) multiply-adds. Goal (issue 19): the engine ≥ 2× tfjs-wasm.
 * Run: npm run bench -- digits
 */
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { expect, it } from 'vitest';
import { createTrainer, createTrainingRng, mlpCost, simdKernelsAvailable, type TrainerKernels } from '../src/engine';
import { parseDigits, DIGIT_NET } from '../src/lessons/backprop/digits';
import { loadDigitFile } from '../src/lessons/backprop/loadDigitFile';
import { benchGroup, ratio, type BenchResult } from './harness';

const BATCH = 64;
const LR = 0.2;
const set = parseDigits(loadDigitFile());
const cost = mlpCost([...DIGIT_NET], BATCH);
/** Multiply-adds per step: forward, ∂L/∂W for every layer, Wᵀδ for every layer but the first. */
const MACS = 2 * cost.multiplyAdds + (cost.multiplyAdds - cost.layers[0].multiplyAdds);
const gflops = (r: BenchResult, steps: number) => (2 * MACS * steps) / (r.medianMs * 1e6);

function engineStep(kernels: TrainerKernels): () => void {
  const t = createTrainer({ layers: [...DIGIT_NET], hidden: 'sigmoid', output: 'softmax', loss: 'crossEntropy', optimizer: 'sgd', init: 'xavier', learningRate: LR, batchSize: BATCH, seed: 1, data: set.train, kernels });
  return () => t.step();
}

function tfjsStep(): () => void {
  const glorot = (fin: number, fout: number) => tf.variable(tf.mul(tf.randomUniform([fin, fout], -1, 1, 'float32', 1), Math.sqrt(6 / (fin + fout))));
  const ws = DIGIT_NET.slice(1).map((o, l) => glorot(DIGIT_NET[l], o));
  const bs = DIGIT_NET.slice(1).map((o) => tf.variable(tf.zeros([o])));
  const opt = tf.train.sgd(LR);
  const n = set.train.y.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  createTrainingRng(3).shuffle(order);
  const batches: { xb: tf.Tensor2D; yb: tf.Tensor2D }[] = [];
  for (let c = 0; c + BATCH <= n && batches.length < 20; c += BATCH) {
    const xb = new Float32Array(BATCH * 784);
    const yb = new Float32Array(BATCH * 10);
    for (let r = 0; r < BATCH; r++) {
      const i = order[c + r];
      xb.set(set.train.x.subarray(i * 784, (i + 1) * 784), r * 784);
      yb[r * 10 + set.train.y[i]] = 1;
    }
    batches.push({ xb: tf.tensor2d(xb, [BATCH, 784]), yb: tf.tensor2d(yb, [BATCH, 10]) });
  }
  let k = 0;
  return () => {
    const { xb, yb } = batches[k++ % batches.length];
    tf.tidy(() => {
      opt.minimize(() => {
        let a: tf.Tensor2D = xb;
        for (let l = 0; l < 3; l++) {
          const z = tf.add(tf.matMul(a, ws[l]), bs[l]) as tf.Tensor2D;
          a = l < 2 ? tf.sigmoid(z) : z;
        }
        return tf.losses.softmaxCrossEntropy(yb, a) as tf.Scalar;
      });
    });
  };
}

it('784-50-100-10 training steps: engine float64 / float32 / simd32 vs tfjs-cpu vs tfjs-wasm', async () => {
  setWasmPaths(fileURLToPath(new URL('../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
  const STEPS = 40;
  const loop = (f: () => void, n: number) => () => {
    for (let i = 0; i < n; i++) f();
  };
  await tf.setBackend('cpu');
  await tf.ready();
  const cpuStep = tfjsStep();
  const [cpu] = benchGroup(`tfjs-cpu, 784-50-100-10, batch ${BATCH} (${STEPS} steps per round)`, [{ name: 'tfjs-core + backend-cpu', run: loop(cpuStep, STEPS), units: STEPS }], 5, 1);
  expect(await tf.setBackend('wasm')).toBe(true);
  await tf.ready();
  const wasmStep = tfjsStep();
  const f64 = engineStep('blocked');
  const f32 = engineStep('blocked32');
  expect(simdKernelsAvailable(), 'WebAssembly SIMD in this Node').toBe(true);
  const simd = engineStep('simd32');
  const [e64, e32, esimd, wasm] = benchGroup(`784-50-100-10 sigmoid, softmax + CE, SGD, batch ${BATCH} (${STEPS} steps per round)`, [
    { name: "engine kernels 'blocked' (float64)", run: loop(f64, STEPS), units: STEPS },
    { name: "engine kernels 'blocked32' (float32)", run: loop(f32, STEPS), units: STEPS },
    { name: "engine kernels 'simd32' (wasm f32x4)", run: loop(simd, STEPS), units: STEPS },
    { name: 'tfjs-core + backend-wasm', run: loop(wasmStep, STEPS), units: STEPS },
  ]);
  const lines = [`\n## per step (${(2 * MACS / 1e6).toFixed(1)} MFLOP each)`];
  for (const [name, r] of [['engine float64', e64], ['engine float32', e32], ['engine simd32', esimd], ['tfjs-wasm', wasm], ['tfjs-cpu', cpu]] as const) {
    lines.push(`  ${name.padEnd(16)} ${(r.medianMs / STEPS).toFixed(2).padStart(7)} ms/step  ${r.perSecond.toFixed(0).padStart(6)} steps/s  ${gflops(r, STEPS).toFixed(2)} GFLOP/s`);
  }
  console.log(lines.join('\n'));
  const vsWasm64 = 1 / ratio('engine float64 / tfjs-wasm (time)', e64, wasm);
  const vsWasm32 = 1 / ratio('engine float32 / tfjs-wasm (time)', e32, wasm);
  const vsWasmSimd = 1 / ratio('engine simd32 / tfjs-wasm (time; goal ≤ 0.5)', esimd, wasm);
  const vsCpu = 1 / ratio('engine simd32 / tfjs-cpu (time)', esimd, cpu);
  console.log(`\nspeed-ups: float64 ${vsWasm64.toFixed(2)}×, float32 ${vsWasm32.toFixed(2)}×, simd32 ${vsWasmSimd.toFixed(2)}× tfjs-wasm; simd32 ${vsCpu.toFixed(2)}× tfjs-cpu (goal: ≥ 2× tfjs-wasm)`);
  expect(vsWasmSimd).toBeGreaterThan(0);
});
