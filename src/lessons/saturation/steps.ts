import type { PresenterStep } from '../../components/presenter/types';
import { DEPTH_PRESETS, depthSchema } from './schema';
import { depth, slopes, zigzag } from './widgets';
import './strings';

/** Saturation as a class walk-through: σ′'s peak, its far tail, the depth chain, the zig-zag. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.peak', notes: 'steps.peakNotes', set: slopes.patch({ x: 0, xmax: 10 }) },
  { kind: 'state', caption: 'steps.far', notes: 'steps.farNotes', set: slopes.patch({ x: 40, xmax: 50 }) },
  { kind: 'ask', caption: 'steps.ask', exerciseId: 'depth-bound' },
  { kind: 'state', caption: 'steps.depth', notes: 'steps.depthNotes', set: depth.patch({ ...DEPTH_PRESETS.sigmoidXavier, depth: 30, width: depthSchema.width.default, seed: depthSchema.seed.default }) },
  { kind: 'state', caption: 'steps.relu', set: depth.patch({ ...DEPTH_PRESETS.reluHe, depth: 30 }) },
  { kind: 'state', caption: 'steps.zigzag', set: zigzag.patch({ lr: 3, steps: 30 }) },
];
