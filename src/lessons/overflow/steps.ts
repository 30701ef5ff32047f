import type { PresenterStep } from '../../components/presenter/types';
import './strings';

/** Overflow as a class walk-through: the formats' limits, exp leaving them, softmax breaking and the fixes. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'present.max16', notes: 'present.max16Notes', widgetId: 'float-format', patch: { x: 65520 } },
  { kind: 'state', caption: 'present.exp89', notes: 'present.exp89Notes', widgetId: 'exp-limits', patch: { x: 89 } },
  { kind: 'ask', caption: 'present.askNaive', exerciseId: 'naive-nan' },
  { kind: 'state', caption: 'present.naive16', notes: 'present.naive16Notes', widgetId: 'softmax-steps', patch: { z: [10, 2, 40, 4], p: 'float16' } },
  { kind: 'state', caption: 'present.big64', widgetId: 'softmax-steps', patch: { z: [10, 2, 10000, 4], p: 'float64' } },
  { kind: 'state', caption: 'present.sigmoid', notes: 'present.sigmoidNotes', widgetId: 'stable-sigmoid', patch: { x: -12, p: 'float16' } },
  { kind: 'state', caption: 'present.logSoftmax', notes: 'present.logSoftmaxNotes', widgetId: 'log-softmax', patch: { d: 20, p: 'float16' } },
];
