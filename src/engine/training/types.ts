/** Public types of the training engine (names fixed: docs/engine.md "Training"). */
import type { ActivationName } from '../numeric';
import type { Dataset } from './datasets';

export type InitName = 'zeros' | 'uniform' | 'normal' | 'xavier' | 'he';
export type OptimizerName = 'sgd' | 'momentum' | 'adam';
/** 'bce' and 'mse' go with output 'sigmoid'; 'crossEntropy' with output 'softmax'. */
export type LossName = 'bce' | 'mse' | 'crossEntropy';
/** 'sigmoid': one output unit, labels in [0, 1]; 'softmax': k ≥ 2 units, labels are class indices 0 … k−1. */
export type TrainerOutputName = 'sigmoid' | 'softmax';
export type TrainerKernels = 'perExample' | 'blocked' | 'blocked32' | 'simd32';

export interface TrainerConfig {
  layers: number[]; // e.g. [2, 8, 8, 1]; first = input dim, last = 1 (sigmoid) or k ≥ 2 (softmax)
  hidden: ActivationName;
  output: TrainerOutputName;
  loss: LossName;
  optimizer?: OptimizerName; // default 'sgd'
  init: InitName;
  initScale?: number; // default 1; multiplies every init's spread
  biasInit?: number; // default 0
  learningRate: number;
  batchSize: number; // clamped to the dataset size
  seed: number;
  data: Dataset;
  /**
   * How step() computes the batch gradient: 'perExample' (default) one example at a time, or
   * 'blocked', whole-batch register-blocked matrix products — bit-identical results for finite
   * values, ~1.5× faster on wide nets such as 784-50-100-10. 'blocked32': the same products on
   * float32 operands. 'simd32': the products in WebAssembly SIMD (f32x4, float32 accumulation),
   * equal to 'blocked' within float32 rounding and several times faster on wide nets; falls
   * back to 'blocked32' where WebAssembly SIMD is missing (simdKernelsAvailable()).
   */
  kernels?: TrainerKernels;
  /** Extra: parameters of the hidden activation (e.g. { alpha: 0.1 } for leakyRelu). */
  activationParams?: Record<string, number>;
}

export interface Histogram {
  lo: number;
  hi: number;
  counts: Uint32Array; // bins equal-width bins over [lo, hi]; out-of-range values clamp in
}

export interface Trainer {
  /** One mini-batch update. */
  step(): void;
  /** Steps until the current shuffled pass over the data ends (a full pass from a fresh epoch). */
  epoch(): void;
  /** Mean training loss over all points, of the configured loss (BCE from the logit, MSE on σ, or cross-entropy from the k logits). */
  loss(): number;
  /** Fraction of points classified right: σ > ½ against y > ½, or argmax of the k logits against the class index. */
  accuracy(): number;
  /** Per hidden layer: units whose activation derivative is 0 on every training point. */
  deadUnits(): number[];
  /** Per weight layer (L−1 of them): L2 norm of that layer's weight+bias gradient at the last step. */
  gradNorms(): number[];
  /** Sigmoid output for each row of x (m×inputDim, row-major): m values; softmax: m×k probabilities, row-major. */
  predict(x: Float64Array): Float64Array;

  // ---- extras for the lessons ----
  setLearningRate(lr: number): void;
  learningRate(): number;
  stepCount(): number;
  epochCount(): number;
  /** A copy of all parameters, flat: per layer W (out×in, row-major) then b. */
  getWeights(): Float64Array;
  setWeights(w: Float64Array): void;
  /** Per hidden layer: fraction of units with |f′(z)| < 1e-3 on more than half the points. */
  saturatedFraction(): number[];
  /** Pre-activations of hidden layer `layer` (0-based) over all training points. */
  preActivationHistogram(layer: number, bins: number, range?: [number, number]): Histogram;
  /** One hidden unit's output over a gridSize² grid of the plane (row 0 = top, y = +extent). */
  unitOutputsGrid(layer: number, unit: number, gridSize: number, extent?: number): Float32Array;
  /** Per hidden layer, every unit's grid: unit-major, units × gridSize². */
  neuronGrids(gridSize: number, extent?: number): Float32Array[];
  /** σ output over a gridSize² grid of the plane (row 0 = top); softmax: the largest class probability. */
  decisionGrid(gridSize: number, extent?: number): Float32Array;
  /** Class probabilities over the grid, cell-major: cell q = r·gridSize + c holds [q·K, q·K + K); K = k for softmax, 2 for sigmoid ([1 − σ, σ]). */
  classGrid(gridSize: number, extent?: number): Float32Array;
  readonly layers: readonly number[];
  readonly config: Readonly<TrainerConfig>;
}
