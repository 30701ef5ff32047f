import type { PresenterStep } from '../../components/presenter/types';
import { PRESETS } from './schema';
import { lab } from './widgets';
import './strings';

/** The lab as a class walk-through: the default net, two ways to kill it, and the one-change fix for each. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.start', notes: 'steps.startNotes', set: lab.patch(PRESETS.heInit) },
  { kind: 'state', caption: 'steps.lrHigh', notes: 'steps.lrHighNotes', set: lab.patch(PRESETS.lrHigh) },
  { kind: 'ask', caption: 'steps.ask', exerciseId: 'leaky-dies' },
  { kind: 'state', caption: 'steps.leaky', notes: 'steps.leakyNotes', set: lab.patch(PRESETS.leaky) },
  { kind: 'state', caption: 'steps.lowLr', notes: 'steps.lowLrNotes', set: lab.patch(PRESETS.lowLr) },
  { kind: 'state', caption: 'steps.negBias', notes: 'steps.negBiasNotes', set: lab.patch(PRESETS.negBias) },
  { kind: 'state', caption: 'steps.zeroBias', notes: 'steps.zeroBiasNotes', set: lab.patch(PRESETS.zeroBias) },
];
