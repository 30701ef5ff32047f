/** What a dense forward pass costs, and the standard initialization scales. */
import { checkDim } from './matrix';

/** Multiply-adds of an (m×k)·(k×n) product: each of the m·n outputs is a k-term dot product. */
export function matmulMultiplyAdds(m: number, k: number, n: number): number {
  checkDim('m', m);
  checkDim('k', k);
  checkDim('n', n);
  return m * k * n;
}

export interface LayerCost {
  /** Shapes as [rows, cols]: input X (N×a), weights W (a×b), bias b (1×b), output (N×b). */
  input: [number, number];
  weights: [number, number];
  bias: [number, number];
  output: [number, number];
  multiplyAdds: number;
  /** Weights plus biases. */
  parameters: number;
}

export interface NetworkCost {
  layers: LayerCost[];
  multiplyAdds: number;
  parameters: number;
}

/**
 * Shapes and work of a dense network `widths` (e.g. [784, 50, 100, 10]) on a batch of N
 * rows, in the X·W convention (one example per row). Bias adds and activations are not
 * counted: they are O(N·b), dwarfed by the N·a·b of the product.
 */
export function mlpCost(widths: readonly number[], batch: number): NetworkCost {
  if (widths.length < 2) throw new RangeError(`widths must list at least 2 layer sizes, got ${widths.length}`);
  widths.forEach((w, i) => checkDim(`widths[${i}]`, w));
  checkDim('batch', batch);
  const layers: LayerCost[] = [];
  for (let l = 0; l + 1 < widths.length; l++) {
    const a = widths[l];
    const b = widths[l + 1];
    layers.push({
      input: [batch, a],
      weights: [a, b],
      bias: [1, b],
      output: [batch, b],
      multiplyAdds: matmulMultiplyAdds(batch, a, b),
      parameters: a * b + b,
    });
  }
  return {
    layers,
    multiplyAdds: layers.reduce((s, c) => s + c.multiplyAdds, 0),
    parameters: layers.reduce((s, c) => s + c.parameters, 0),
  };
}

/** Glorot/Xavier uniform: weights drawn from U(−B, B) with B = √(6 / (fanIn + fanOut)). */
export function xavierBound(fanIn: number, fanOut: number): number {
  checkDim('fanIn', fanIn);
  checkDim('fanOut', fanOut);
  return Math.sqrt(6 / (fanIn + fanOut));
}

/** The standard deviation that bound gives, √(2 / (fanIn + fanOut)) (a uniform's std is B/√3). */
export function xavierStd(fanIn: number, fanOut: number): number {
  checkDim('fanIn', fanIn);
  checkDim('fanOut', fanOut);
  return Math.sqrt(2 / (fanIn + fanOut));
}

/** He/Kaiming normal for ReLU layers: std √(2 / fanIn). */
export function heStd(fanIn: number): number {
  checkDim('fanIn', fanIn);
  return Math.sqrt(2 / fanIn);
}
