import type { PresenterStep } from '../../components/presenter/types';
import './strings';

/** Why nonlinear, for a class: linear stacks collapse, a bend breaks that, steps cannot train, XOR. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.two', notes: 'steps.twoNotes', widgetId: 'collapse', patch: { layers: 2, bend: 'none', seed: 9 } },
  { kind: 'state', caption: 'steps.six', notes: 'steps.sixNotes', widgetId: 'collapse', patch: { layers: 6, bend: 'none' } },
  { kind: 'ask', caption: 'steps.askFour', exerciseId: 'four-layers' },
  { kind: 'state', caption: 'steps.bend', notes: 'steps.bendNotes', widgetId: 'collapse', patch: { layers: 3, bend: 'tanh' } },
  { kind: 'state', caption: 'steps.stuck', notes: 'steps.stuckNotes', widgetId: 'descent', patch: { w0: -3, lr: 2, steps: 10 } },
  { kind: 'state', caption: 'steps.xor', widgetId: 'xor', patch: { width: '8', seed: 1, steps: 1200 } },
];
