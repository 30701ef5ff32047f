import type { PresenterStep } from '../../components/presenter/types';
import { MISTAKE_LOGITS } from './schema';
import './strings';

/** Sigmoid vs softmax as a class walk-through: the identity, two equal heads, the mistake, the task. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.identity', notes: 'steps.identityNotes', widgetId: 'identity', patch: { z: 2 } },
  { kind: 'state', caption: 'steps.even', notes: 'steps.evenNotes', widgetId: 'heads', patch: { z0: 1, z1: 1, y: '0' } },
  { kind: 'state', caption: 'steps.heads', widgetId: 'heads', patch: { z0: MISTAKE_LOGITS[0], z1: MISTAKE_LOGITS[1], y: '1' } },
  { kind: 'ask', caption: 'steps.askSum', exerciseId: 'sigmoid-sum' },
  { kind: 'state', caption: 'steps.mistake', notes: 'steps.mistakeNotes', widgetId: 'mistake', patch: { z: MISTAKE_LOGITS } },
  { kind: 'state', caption: 'steps.xray', widgetId: 'task', patch: { task: 'xray', head: 'sigmoid' } },
  { kind: 'state', caption: 'steps.digit', notes: 'steps.digitNotes', widgetId: 'task', patch: { task: 'digit', head: 'softmax' } },
];
