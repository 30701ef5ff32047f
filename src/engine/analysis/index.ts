export { sampleFunction, intervalsWhere, totalLength } from './sampling';
export type { Sampled, Interval } from './sampling';
