import type { PresenterStep } from '../../components/presenter/types';
import { SYM_STEPS_PER_PRESS } from './schema';
import './strings';

/** The forward pass for a class: shapes and cost, one step at a time, Xavier, then symmetry. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'present.batch', notes: 'present.batchNotes', widgetId: 'shapes', patch: { batch: 100 } },
  { kind: 'state', caption: 'present.one', widgetId: 'shapes', patch: { batch: 1 } },
  { kind: 'ask', caption: 'present.askMadds', exerciseId: 'batch-madds' },
  { kind: 'state', caption: 'present.linear', notes: 'present.linearNotes', widgetId: 'forward-steps', patch: { step: 1, x1: 1, x2: -0.5, act: 'sigmoid', seed: 3 } },
  { kind: 'state', caption: 'present.softmax', widgetId: 'forward-steps', patch: { step: 6 } },
  { kind: 'state', caption: 'present.xavier', notes: 'present.xavierNotes', widgetId: 'xavier', patch: { layer: '0' } },
  { kind: 'state', caption: 'present.clones', notes: 'present.clonesNotes', widgetId: 'symmetry', patch: { init: 'equal', c: 0.5, steps: SYM_STEPS_PER_PRESS } },
  { kind: 'state', caption: 'present.broken', widgetId: 'symmetry', patch: { init: 'random', steps: SYM_STEPS_PER_PRESS } },
];
