/**
 * Messages between the training worker and the UI. Shared by the loop, the worker and
 * the client so both sides agree on shapes at compile time.
 */
import type { DatasetName, TrainerConfig, TrainingDataset } from '../engine';

/** A trainer config whose data is either given or generated in the worker (cheaper to send). */
export type RunConfig = Omit<TrainerConfig, 'data'> &
  (
    | { data: TrainingDataset; dataset?: undefined }
    | { data?: undefined; dataset: { name: DatasetName; n: number; seed?: number; noise?: number } }
  );

export interface LoopOptions {
  /** Decision-grid resolution (gridSize²); default 64. */
  gridSize: number;
  /** Half-width of the plane the grids cover; default DEFAULT_EXTENT. */
  extent: number;
  /** Per-unit grids at this resolution in each snapshot; 0 (default) leaves them out. */
  neuronGridSize: number;
  /** Length of one uninterrupted training slice; default 10 ms. */
  sliceMs: number;
  /** Minimum interval between streamed snapshots while running; default 40 ms (25/s). */
  snapshotMs: number;
}

export interface TrainingSnapshot {
  kind: 'snapshot';
  runId: number; // increases with every reset; stale snapshots can be dropped
  running: boolean;
  step: number;
  epoch: number;
  learningRate: number;
  loss: number;
  accuracy: number;
  deadUnits: number[]; // per hidden layer
  saturatedFraction: number[]; // per hidden layer
  gradNorms: number[]; // per weight layer, from the last step
  /** Loss went non-finite; the run was paused. */
  diverged: boolean;
  stepsPerSecond: number;
  gridSize: number;
  extent: number;
  /** σ output (softmax: the top class probability), gridSize², row 0 = top; empty when the input is not 2-D. */
  decision: Float32Array;
  neuronGridSize: number;
  /** Per hidden layer, units × neuronGridSize² (unit-major), when neuronGridSize > 0 and the input is 2-D. */
  neuronGrids?: Float32Array[];
  /** Softmax nets on 2-D input: the k class probabilities per cell, gridSize²·k, cell-major (Trainer.classGrid). */
  classGrid?: Float32Array;
  /** 2-D input: per class, the share of its training points the net classifies right (NaN: no points of that class). */
  classAccuracy?: number[];
}

export interface TrainingError {
  kind: 'error';
  runId: number;
  message: string;
}

export type TrainingEvent = TrainingSnapshot | TrainingError;

/** The control surface the worker exposes (through comlink) and the loop implements. */
export interface TrainingControls {
  reset(cfg: RunConfig, options?: Partial<LoopOptions>): void;
  /** Runs until pause(); with maxSteps, pauses by itself once the trainer reaches that step count. */
  start(maxSteps?: number): void;
  pause(): void;
  resume(): void;
  stepN(n: number): void;
  setLearningRate(lr: number): void;
  setOptions(options: Partial<LoopOptions>): void;
  cancel(): void;
}

/** The trainer-config part of a RunConfig (what createTrainer takes, minus data). */
export function withoutDataset(cfg: RunConfig): Omit<TrainerConfig, 'data'> {
  const { dataset: _d, data: _x, ...rest } = cfg;
  return rest;
}
