import type { PresenterStep } from '../../components/presenter/types';
import { MISTAKE_LOGITS } from './schema';
import { heads, identity, mistake, task } from './widgets';
import './strings';

/** Sigmoid vs softmax as a class walk-through: the identity, two equal heads, the mistake, the task. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.identity', notes: 'steps.identityNotes', set: identity.patch({ z: 2 }) },
  { kind: 'state', caption: 'steps.even', notes: 'steps.evenNotes', set: heads.patch({ z0: 1, z1: 1, y: '0' }) },
  { kind: 'state', caption: 'steps.heads', set: heads.patch({ z0: MISTAKE_LOGITS[0], z1: MISTAKE_LOGITS[1], y: '1' }) },
  { kind: 'ask', caption: 'steps.askSum', exerciseId: 'sigmoid-sum' },
  { kind: 'state', caption: 'steps.mistake', notes: 'steps.mistakeNotes', set: mistake.patch({ z: MISTAKE_LOGITS }) },
  { kind: 'state', caption: 'steps.xray', set: task.patch({ task: 'xray', head: 'sigmoid' }) },
  { kind: 'state', caption: 'steps.digit', notes: 'steps.digitNotes', set: task.patch({ task: 'digit', head: 'softmax' }) },
];
