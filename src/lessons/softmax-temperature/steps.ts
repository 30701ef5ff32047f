import type { PresenterStep } from '../../components/presenter/types';
import { DEFAULT_LOGITS } from './candidates';
import './strings';

/** The temperature dial as a class walk-through: T = 1, cold, the argmax question, hot, then sampling. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.t1', notes: 'steps.t1Notes', widgetId: 'temperature', patch: { z: DEFAULT_LOGITS, t: 1, focus: 'went' } },
  { kind: 'state', caption: 'steps.cold', notes: 'steps.coldNotes', widgetId: 'temperature', patch: { t: 0.1 } },
  { kind: 'ask', caption: 'steps.askCold', exerciseId: 'cold-limit' },
  { kind: 'state', caption: 'steps.hot', widgetId: 'temperature', patch: { t: 10 } },
  { kind: 'state', caption: 'steps.hottest', notes: 'steps.hottestNotes', widgetId: 'temperature', patch: { t: 100 } },
  { kind: 'state', caption: 'steps.sample', notes: 'steps.sampleNotes', widgetId: 'sampling', patch: { z: DEFAULT_LOGITS, t: 3, n: '10000' } },
];
