/**
 * Numeric core benchmarks: applyActivation('sigmoid') on 1e6 float32s against a plain
 * typed-array loop and TensorFlow.js's CPU backend; softmaxRows / logSoftmaxRows on
 * 10,000×10 against tfjs-cpu softmax / logSoftmax. Run:
 *   npx vitest run --config bench/vitest.config.ts bench/numeric.bench-run.ts
 */
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { expect, it } from 'vitest';
import { applyActivation, logSoftmaxRows, softmaxRows } from '../src/engine/numeric';
import { benchGroup, ratio } from './harness';

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function filled(n: number, scale: number, seed: number): Float32Array {
  const r = lcg(seed);
  const a = new Float32Array(n);
  for (let i = 0; i < n; i++) a[i] = (r() * 2 - 1) * scale;
  return a;
}

/** The baseline everyone writes: the textbook formula in a bare loop. */
function plainSigmoid(x: Float32Array, out: Float32Array): Float32Array {
  for (let i = 0; i < x.length; i++) out[i] = 1 / (1 + Math.exp(-x[i]));
  return out;
}

it('numeric benchmarks', async () => {
  await tf.setBackend('cpu');
  await tf.ready();

  const N = 1_000_000;
  const x = filled(N, 8, 1);
  const out = new Float32Array(N);
  const outPlain = new Float32Array(N);
  const xt = tf.tensor1d(x, 'float32');
  const act = benchGroup(
    'sigmoid over 1,000,000 float32',
    [
      { name: 'applyActivation(sigmoid)', run: () => applyActivation('sigmoid', x, out), units: N },
      { name: 'plain typed-array loop', run: () => plainSigmoid(x, outPlain), units: N },
      {
        name: 'tfjs-cpu sigmoid + dataSync',
        run: () => tf.tidy(() => tf.sigmoid(xt).dataSync()),
        units: N,
      },
    ],
  );
  ratio('engine vs plain loop', act[0], act[1]);
  ratio('engine vs tfjs-cpu', act[0], act[2]);

  const rows = 10_000;
  const cols = 10;
  const m = filled(rows * cols, 20, 2);
  const sOut = new Float32Array(rows * cols);
  const lOut = new Float32Array(rows * cols);
  const mt = tf.tensor2d(m, [rows, cols], 'float32');
  const sm = benchGroup(
    'softmax over 10,000×10 float32',
    [
      { name: 'softmaxRows', run: () => softmaxRows(sOut, m, rows, cols), units: rows },
      { name: 'tfjs-cpu softmax + dataSync', run: () => tf.tidy(() => tf.softmax(mt).dataSync()), units: rows },
      { name: 'logSoftmaxRows', run: () => logSoftmaxRows(lOut, m, rows, cols), units: rows },
      { name: 'tfjs-cpu logSoftmax + dataSync', run: () => tf.tidy(() => tf.logSoftmax(mt).dataSync()), units: rows },
    ],
  );
  ratio('softmaxRows vs tfjs-cpu', sm[0], sm[1]);
  ratio('logSoftmaxRows vs tfjs-cpu', sm[2], sm[3]);

  xt.dispose();
  mt.dispose();
  expect(act.length + sm.length).toBe(7);
});
