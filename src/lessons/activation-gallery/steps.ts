import type { PresenterStep } from '../../components/presenter/types';
import { gallery, geluGate, maxout } from './widgets';
import './strings';
import { figures } from './figures';

/** The gallery as a class walk-through: from the classic saturating pair to the cheap hard forms. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.classic', notes: 'steps.classicNotes', set: gallery.patch({ pick: ['sigmoid', 'tanh'], eps: 0.01, xmax: 8 }) },
  { kind: 'state', caption: 'steps.tinyEps', notes: 'steps.tinyEpsNotes', set: gallery.patch({ pick: ['sigmoid'], eps: 1e-6, xmax: 20 }), values: figures },
  { kind: 'ask', caption: 'steps.askSlope', exerciseId: 'max-slope' },
  { kind: 'state', caption: 'steps.relu', notes: 'steps.reluNotes', set: gallery.patch({ pick: ['relu', 'leakyRelu', 'elu'], eps: 0.01, xmax: 4 }) },
  { kind: 'state', caption: 'steps.gelu', set: gallery.patch({ pick: ['gelu', 'geluTanh', 'geluSigmoid'], xmax: 4 }) },
  { kind: 'state', caption: 'steps.hard', notes: 'steps.hardNotes', set: gallery.patch({ pick: ['hardSigmoid', 'hardTanh', 'hardSwish'], xmax: 5 }) },
  { kind: 'state', caption: 'steps.gate', notes: 'steps.gateNotes', set: geluGate.patch({ x: -0.5, n: 10, seed: 1 }) },
  { kind: 'ask', caption: 'steps.askGate', exerciseId: 'gelu-gate' },
  { kind: 'state', caption: 'steps.maxout', notes: 'steps.maxoutNotes', set: maxout.patch({ target: 'exp', k: 2 }) },
  { kind: 'ask', caption: 'steps.askMaxout', exerciseId: 'maxout-halving' },
];
