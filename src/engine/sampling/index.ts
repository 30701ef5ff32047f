// Public names of this part of the engine (re-exported by src/engine/index.ts).
export { uniformStream, checkSeed, MAX_SEED } from '../random';
export { sampleCategorical, sampleCounts, countCategories, totalVariation, checkDistribution, MAX_SAMPLES } from './categorical';
export { temperatureTerms, logSpace } from './temperature';
export type { TemperatureTerms } from './temperature';
