/**
 * Training engine: datasets, the MLP trainer and its diagnostics (docs/engine.md "Training").
 * Generic helper names get a training-specific public name so the engine barrel's
 * `export *` can't collide with other modules.
 */
export { makeDataset, DATASET_NAMES, DEFAULT_EXTENT as DATASET_EXTENT, DEFAULT_NOISE as DATASET_DEFAULT_NOISE } from './datasets';
export type { DatasetName, Dataset as TrainingDataset } from './datasets';
export { createTrainer } from './trainer';
export type { Trainer, TrainerConfig, InitName, OptimizerName, LossName, Histogram as PreActivationHistogram } from './types';
export { backwardThroughDepth, MAX_PROBE_DEPTH } from './depth';
export type { DepthProbeOptions } from './depth';
export { createRng as createTrainingRng } from '../random';
export type { Rng as TrainingRng } from '../random';
export { INIT_NAMES, OPTIMIZER_NAMES, LOSS_NAMES as TRAINING_LOSS_NAMES } from './validate';
export { SATURATION_THRESHOLD } from './diagnostics';
export type { TrainerOutputName, TrainerKernels } from './types';
export { TRAINER_OUTPUT_NAMES, TRAINER_KERNELS } from './validate';
export { simdKernelsAvailable } from './simd/kernels';
export { makeMulticlassDataset, MULTICLASS_DATASET_NAMES, MAX_CLASSES } from './multiclassData';
export type { MulticlassDatasetName, MulticlassOptions } from './multiclassData';
export { backwardTrace, type BackwardTrace } from './trace';
export { gradientCheck, type GradientCheck, type GradientCheckLayer, type GradientCheckOptions } from './gradCheck';
export { perClassAccuracy } from './perClass';
