import type { PresenterStep } from '../../components/presenter/types';
import './strings';
import { presetScores } from './scores';
import { INIT_N } from './figures';
import { attnScale, needles, sigmoidBias, softmaxOneWidget } from './widgets';
import { EX_DK } from './scalingFigures';

/** Attention and gates as a class walk-through: needles, an empty row, the init bias, softmax₁. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.one', notes: 'steps.oneNotes', set: needles.patch({ z: presetScores('one') }) },
  { kind: 'state', caption: 'steps.low', notes: 'steps.lowNotes', set: needles.patch({ z: presetScores('low') }) },
  { kind: 'ask', caption: 'steps.askTwo', exerciseId: 'two-needles' },
  { kind: 'state', caption: 'steps.two', set: needles.patch({ z: presetScores('two') }) },
  { kind: 'state', caption: 'steps.three', set: needles.patch({ z: presetScores('three') }) },
  { kind: 'ask', caption: 'steps.askInit', exerciseId: 'init-sum' },
  { kind: 'state', caption: 'steps.bias', notes: 'steps.biasNotes', set: sigmoidBias.patch({ n: INIT_N, s: 0 }) },
  { kind: 'state', caption: 'steps.softmaxOne', set: softmaxOneWidget.patch({ z: [2, 1, 0.5, 0, -1], shift: -10 }) },
  // Why √d_k: predict the spread, see the unscaled row saturate, then scale it.
  { kind: 'ask', caption: 'scale.steps.ask', exerciseId: 'sqrt-dk' },
  { kind: 'state', caption: 'scale.steps.unscaled', notes: 'scale.steps.unscaledNotes', set: attnScale.patch({ dk: EX_DK, scaled: false }) },
  { kind: 'state', caption: 'scale.steps.scaled', notes: 'scale.steps.scaledNotes', set: attnScale.patch({ dk: EX_DK, scaled: true }) },
];
