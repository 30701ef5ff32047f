/**
 * Every seeded random generator in the engine, each defined once (engine-internal barrel;
 * the public names createTrainingRng, TrainingRng, uniformStream, checkSeed and MAX_SEED
 * are re-exported by the training and sampling barrels).
 */
export { MAX_SEED, checkSeed, seedWord, splitmix32 } from './seed';
export { xoshiro128ss, createRng, uniformStream, type Rng } from './xoshiro';
export { mulberry32, mulberry32U32 } from './mulberry32';
export { polarNormal, normalSampler } from './normal';
