import type { PresenterStep } from '../../components/presenter/types';
import { bceFloat32, binaryGrad, doubleSoftmax, entropyKL, logLoss, softmaxGrad } from './widgets';
import { BCE_EX_Z, DS_EX_SCALE } from './lossMapFigures';
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
  // The loss map: softmax twice, then sigmoid + BCELoss in float32.
  { kind: 'ask', caption: 'lm.steps.askDs', exerciseId: 'double-softmax' },
  { kind: 'state', caption: 'lm.steps.ds', notes: 'lm.steps.dsNotes', set: doubleSoftmax.patch({ s: DS_EX_SCALE, target: 'dog' }) },
  { kind: 'ask', caption: 'lm.steps.askClamp', exerciseId: 'bce-clamp' },
  { kind: 'state', caption: 'lm.steps.clamp', notes: 'lm.steps.clampNotes', set: bceFloat32.patch({ z: BCE_EX_Z, y: '0' }) },
];
