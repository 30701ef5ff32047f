import type { PresenterStep } from '../../components/presenter/types';
import { PRESETS } from './schema';
import './strings';

/** The lab as a class walk-through: a healthy net, two ways to kill it, two ways to fix it. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.start', notes: 'steps.startNotes', widgetId: 'lab', patch: PRESETS.heInit },
  { kind: 'state', caption: 'steps.lrHigh', notes: 'steps.lrHighNotes', widgetId: 'lab', patch: PRESETS.lrHigh },
  { kind: 'ask', caption: 'steps.ask', exerciseId: 'leaky-dies' },
  { kind: 'state', caption: 'steps.leaky', notes: 'steps.leakyNotes', widgetId: 'lab', patch: PRESETS.leaky },
  { kind: 'state', caption: 'steps.negBias', notes: 'steps.negBiasNotes', widgetId: 'lab', patch: PRESETS.negBias },
  { kind: 'state', caption: 'steps.heInit', widgetId: 'lab', patch: PRESETS.heInit },
];
