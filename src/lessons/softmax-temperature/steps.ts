import type { PresenterStep } from '../../components/presenter/types';
import { DEFAULT_LOGITS, PRESENTER_T, T_MAX } from './candidates';
import { ownLogits, sampling, temperature } from './widgets';
import './strings';

/** The temperature dial as a class walk-through: T = 1, the argmax question, then cold (its answer), hot, and sampling. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.t1', notes: 'steps.t1Notes', set: temperature.patch({ z: DEFAULT_LOGITS, t: 1, focus: 'went' }) },
  { kind: 'ask', caption: 'steps.askCold', exerciseId: 'cold-limit' },
  { kind: 'state', caption: 'steps.cold', notes: 'steps.coldNotes', set: temperature.patch({ t: PRESENTER_T.cold }) },
  { kind: 'state', caption: 'steps.hot', set: temperature.patch({ t: PRESENTER_T.hot }) },
  { kind: 'state', caption: 'steps.hottest', notes: 'steps.hottestNotes', set: temperature.patch({ t: T_MAX }) },
  { kind: 'state', caption: 'steps.sample', notes: 'steps.sampleNotes', set: sampling.patch({ z: DEFAULT_LOGITS, t: PRESENTER_T.sample, n: '10000' }) },
  { kind: 'state', caption: 'steps.own', notes: 'steps.ownNotes', set: ownLogits.patch({ t: 1 }) },
];
