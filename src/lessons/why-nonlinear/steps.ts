import type { PresenterStep } from '../../components/presenter/types';
import { collapse, descent, universal, xor } from './widgets';
import { figures } from './figures';
import './strings';

/** Why nonlinear, for a class: linear stacks collapse, a bend breaks that, steps cannot train, XOR. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.two', notes: 'steps.twoNotes', set: collapse.patch({ layers: 2, bend: 'none', seed: 9 }) },
  { kind: 'state', caption: 'steps.six', notes: 'steps.sixNotes', set: collapse.patch({ layers: 6, bend: 'none' }) },
  { kind: 'ask', caption: 'steps.askFour', exerciseId: 'four-layers' },
  { kind: 'state', caption: 'steps.bend', notes: 'steps.bendNotes', set: collapse.patch({ layers: 3, bend: 'tanh' }) },
  { kind: 'state', caption: 'steps.stuck', notes: 'steps.stuckNotes', set: descent.patch({ w0: -3, lr: 2, steps: 10 }) },
  { kind: 'state', caption: 'steps.xor', set: xor.patch({ width: '8', seed: 1, steps: 1200 }) },
  { kind: 'state', caption: 'steps.uaFew', notes: 'steps.uaFewNotes', set: universal.patch({ target: 'sine', unit: 'sigmoid', n: 4 }) },
  { kind: 'state', caption: 'steps.uaMany', notes: 'steps.uaManyNotes', set: universal.patch({ target: 'sine', unit: 'sigmoid', n: 40 }), values: figures },
  { kind: 'ask', caption: 'steps.askKink', exerciseId: 'kink-units' },
  { kind: 'state', caption: 'steps.uaStep', notes: 'steps.uaStepNotes', set: universal.patch({ target: 'step', unit: 'relu', n: 40 }), values: figures },
];
