import type { PresenterStep } from '../../components/presenter/types';
import { binaryGrad, entropyKL, logLoss, softmaxGrad } from './widgets';
import './strings';

/** Cross-entropy as a class walk-through: score two models, split CE into H + KL, then follow the gradient. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.logloss', notes: 'steps.loglossNotes', set: logLoss.patch({ model: 'm1', sample: 0 }) },
  { kind: 'state', caption: 'steps.klEqual', set: entropyKL.patch({ p: [0.7, 0.2, 0.1], q: [0.7, 0.2, 0.1] }) },
  { kind: 'state', caption: 'steps.klGap', notes: 'steps.klGapNotes', set: entropyKL.patch({ p: [0.7, 0.2, 0.1], q: [0.2, 0.3, 0.5] }) },
  { kind: 'state', caption: 'steps.bceWrong', set: binaryGrad.patch({ z: -6, y: '1', log: false }) },
  { kind: 'state', caption: 'steps.mseLog', notes: 'steps.mseLogNotes', set: binaryGrad.patch({ z: -10, y: '1', log: true }) },
  { kind: 'ask', caption: 'steps.askGrad', exerciseId: 'softmax-grad' },
  { kind: 'state', caption: 'steps.softmaxGrad', set: softmaxGrad.patch({ z: [2, 1, -1], target: 'dog' }) },
];
