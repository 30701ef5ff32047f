import type { PresenterStep } from '../../components/presenter/types';
import { BP_STEP_COUNT } from './schema';
import { SATURATING_SCALE } from './exercises';
import { backwardWidget, digitsWidget, sgdWidget } from './widgets';
import { DIGIT_LR } from './schema';
import './strings';

const base = { x1: 1, x2: -0.5, cls: '0', act: 'sigmoid', scale: 1, seed: 3 } as const;

/** Backprop for a class: one example back through the layers, saturation, then SGD's batch size and rate. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'present.forward', notes: 'present.forwardNotes', set: backwardWidget.patch({ ...base, step: 0 }) },
  { kind: 'ask', caption: 'present.askOutput', exerciseId: 'output-delta' },
  { kind: 'state', caption: 'present.output', set: backwardWidget.patch({ step: 1 }) },
  { kind: 'state', caption: 'present.grad', set: backwardWidget.patch({ step: 2 }) },
  { kind: 'state', caption: 'present.first', notes: 'present.firstNotes', set: backwardWidget.patch({ step: BP_STEP_COUNT - 1 }) },
  { kind: 'ask', caption: 'present.askSaturate', exerciseId: 'saturate' },
  { kind: 'state', caption: 'present.saturated', set: backwardWidget.patch({ scale: SATURATING_SCALE, step: BP_STEP_COUNT - 1 }) },
  { kind: 'state', caption: 'present.relu', set: backwardWidget.patch({ act: 'relu', scale: 1, step: BP_STEP_COUNT - 1 }) },
  { kind: 'ask', caption: 'present.askSpread', exerciseId: 'spread' },
  { kind: 'state', caption: 'present.sgd', notes: 'present.sgdNotes', set: sgdWidget.patch({ batch: '8', lr: 0.3 }) },
  { kind: 'state', caption: 'present.high', notes: 'present.highNotes', set: sgdWidget.patch({ batch: '8', lr: 3 }) },
  { kind: 'ask', caption: 'present.askParams', exerciseId: 'digit-params' },
  { kind: 'state', caption: 'present.digits', notes: 'present.digitsNotes', set: digitsWidget.patch({ act: 'sigmoid', opt: 'adam', lr: DIGIT_LR.adam, batch: '64', epochs: 10 }) },
  { kind: 'state', caption: 'present.digitsRelu', notes: 'present.digitsReluNotes', set: digitsWidget.patch({ act: 'relu', opt: 'adam', lr: DIGIT_LR.adam, batch: '64', epochs: 10 }) },
];
