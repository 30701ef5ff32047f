/**
 * A dense network as a list of matrices, for showing a forward pass number by number.
 * Convention (same as the trainer): layer l maps a column vector, z = W a + b, with W of
 * shape out×in. Flat parameter layout (the trainer's getWeights/setWeights): per layer W
 * row-major, then b.
 */
import { activationNames, activations, softmax, type ActivationName } from '../numeric';
import { checkFinite, checkIndex, checkInteger, checkName } from '../numeric/errors';
import { createMatrix, matvec, type Matrix } from './matrix';
import { randomMatrix, type RandomMatrixOptions } from './random';

export interface DenseNetwork {
  weights: Matrix[]; // weights[l]: sizes[l+1] × sizes[l]
  biases: Float64Array[]; // biases[l]: sizes[l+1]
}

function checkSizes(sizes: readonly number[]): void {
  if (sizes.length < 2) throw new RangeError(`sizes must list at least 2 layer widths, got ${sizes.length}`);
  sizes.forEach((s, i) => {
    checkInteger(`sizes[${i}]`, s, 1);
  });
}

export function networkSizes(net: DenseNetwork): number[] {
  return [net.weights[0].cols, ...net.weights.map((w) => w.rows)];
}

/** Random weights and biases from one seed (layer l uses seed·1009 + 2l and + 2l + 1). */
export function randomNetwork(sizes: readonly number[], seed: number, options: RandomMatrixOptions = {}): DenseNetwork {
  checkSizes(sizes);
  const weights: Matrix[] = [];
  const biases: Float64Array[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    weights.push(randomMatrix(sizes[l + 1], sizes[l], seed * 1009 + 2 * l, options));
    biases.push(randomMatrix(sizes[l + 1], 1, seed * 1009 + 2 * l + 1, options).data);
  }
  return { weights, biases };
}

export function packNetwork(net: DenseNetwork): Float64Array {
  const out: number[] = [];
  net.weights.forEach((w, l) => out.push(...w.data, ...net.biases[l]));
  return Float64Array.from(out);
}

export function unpackNetwork(flat: ArrayLike<number>, sizes: readonly number[]): DenseNetwork {
  checkSizes(sizes);
  let need = 0;
  for (let l = 0; l + 1 < sizes.length; l++) need += sizes[l] * sizes[l + 1] + sizes[l + 1];
  if (flat.length !== need) throw new RangeError(`flat must hold ${need} parameters for sizes [${sizes.join(', ')}], got ${flat.length}`);
  const weights: Matrix[] = [];
  const biases: Float64Array[] = [];
  let off = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const nin = sizes[l];
    const nout = sizes[l + 1];
    weights.push(createMatrix(nout, nin, Array.prototype.slice.call(flat, off, off + nin * nout) as number[]));
    off += nin * nout;
    biases.push(Float64Array.from(Array.prototype.slice.call(flat, off, off + nout) as number[]));
    off += nout;
  }
  return { weights, biases };
}

/** Every weight equal to `value`, every bias 0: the perfectly symmetric start. */
export function constantNetwork(sizes: readonly number[], value: number): DenseNetwork {
  checkSizes(sizes);
  checkFinite('value', value);
  const weights: Matrix[] = [];
  const biases: Float64Array[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const w = createMatrix(sizes[l + 1], sizes[l]);
    w.data.fill(value);
    weights.push(w);
    biases.push(new Float64Array(sizes[l + 1]));
  }
  return { weights, biases };
}

/**
 * How different the units of hidden layer `layer` are: the largest, over every parameter
 * a unit owns (incoming weights, bias, outgoing weights), of max − min across the units.
 * Exactly 0 means the units are clones and gradient descent will keep them so.
 */
export function hiddenUnitSpread(net: DenseNetwork, layer: number): number {
  const H = net.weights.length - 1;
  checkIndex('layer', layer, H); // a hidden layer
  const win = net.weights[layer];
  const wout = net.weights[layer + 1];
  const columns: number[][] = [];
  for (let c = 0; c < win.cols; c++) columns.push(Array.from({ length: win.rows }, (_, u) => win.data[u * win.cols + c]));
  columns.push(Array.from(net.biases[layer]));
  for (let r = 0; r < wout.rows; r++) columns.push(Array.from({ length: wout.cols }, (_, u) => wout.data[r * wout.cols + u]));
  return Math.max(...columns.map((col) => Math.max(...col) - Math.min(...col)));
}

export type OutputName = ActivationName | 'softmax';
const OUTPUT_NAMES: readonly OutputName[] = [...activationNames, 'softmax'];

export interface ForwardStep {
  /** Weight layer, 0-based. */
  layer: number;
  /** 'linear': values = W·input + b. 'activation': values = f(input), elementwise or softmax. */
  kind: 'linear' | 'activation';
  input: Float64Array;
  values: Float64Array;
  /** For 'activation' steps: which function. */
  fn?: OutputName;
}

/**
 * The forward pass as a list of steps: z¹ = W¹x + b¹, a¹ = f(z¹), …, then the output
 * function on the last z. Every intermediate vector is kept, for display.
 */
export function forwardSteps(net: DenseNetwork, x: ArrayLike<number>, hidden: ActivationName, output: OutputName): ForwardStep[] {
  checkName('hidden', hidden, activationNames);
  checkName('output', output, OUTPUT_NAMES);
  for (let i = 0; i < x.length; i++) checkFinite(`x[${i}]`, x[i]);
  const steps: ForwardStep[] = [];
  let a: Float64Array = Float64Array.from(x);
  net.weights.forEach((W, l) => {
    const z = matvec(W, a);
    const b = net.biases[l];
    for (let i = 0; i < z.length; i++) z[i] += b[i];
    steps.push({ layer: l, kind: 'linear', input: a, values: z });
    const fn: OutputName = l === net.weights.length - 1 ? output : hidden;
    const out: Float64Array = fn === 'softmax' ? softmax(z) : z.map((v) => activations[fn].f(v));
    steps.push({ layer: l, kind: 'activation', input: z, values: out, fn });
    a = out;
  });
  return steps;
}
