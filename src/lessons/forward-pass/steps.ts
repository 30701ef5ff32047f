import type { PresenterStep } from '../../components/presenter/types';
import { SYM_STEPS_PER_PRESS } from './schema';
import { forwardStepsWidget, shapesWidget, symmetryWidget, xavierWidget } from './widgets';
import './strings';

/** The forward pass for a class: shapes and cost, one step at a time, Xavier, then symmetry. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'present.batch', notes: 'present.batchNotes', set: shapesWidget.patch({ batch: 100 }) },
  { kind: 'state', caption: 'present.one', set: shapesWidget.patch({ batch: 1 }) },
  { kind: 'ask', caption: 'present.askMadds', exerciseId: 'batch-madds' },
  { kind: 'state', caption: 'present.linear', notes: 'present.linearNotes', set: forwardStepsWidget.patch({ step: 1, x1: 1, x2: -0.5, act: 'sigmoid', seed: 3 }) },
  { kind: 'state', caption: 'present.softmax', set: forwardStepsWidget.patch({ step: 6 }) },
  { kind: 'state', caption: 'present.xavier', notes: 'present.xavierNotes', set: xavierWidget.patch({ layer: '0' }) },
  { kind: 'state', caption: 'present.clones', notes: 'present.clonesNotes', set: symmetryWidget.patch({ init: 'equal', c: 0.5, steps: SYM_STEPS_PER_PRESS }) },
  { kind: 'state', caption: 'present.broken', set: symmetryWidget.patch({ init: 'random', steps: SYM_STEPS_PER_PRESS }) },
];
