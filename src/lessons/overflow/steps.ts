import type { PresenterStep } from '../../components/presenter/types';
import { BIG_LOGIT, DEFAULT_LOGITS } from './schema';
import { F16_ROUNDS_TO_INF } from './figures';
import { expLimitsWidget, floatFormatWidget, logSoftmaxWidget, softmaxStepsWidget, stableSigmoidWidget } from './widgets';
import './strings';

const withBig = DEFAULT_LOGITS.map((v) => (v === Math.max(...DEFAULT_LOGITS) ? BIG_LOGIT : v));

/** Overflow as a class walk-through, in the page's order: softmax breaking first, then why (the formats' limits), then the fixes. */
export const steps: readonly PresenterStep[] = [
  { kind: 'ask', caption: 'present.askNaive', exerciseId: 'naive-nan' },
  { kind: 'state', caption: 'present.naive16', notes: 'present.naive16Notes', set: softmaxStepsWidget.patch({ z: [...DEFAULT_LOGITS], p: 'float16' }) },
  { kind: 'state', caption: 'present.max16', notes: 'present.max16Notes', set: floatFormatWidget.patch({ x: F16_ROUNDS_TO_INF }) },
  { kind: 'state', caption: 'present.exp89', notes: 'present.exp89Notes', set: expLimitsWidget.patch({ x: 89 }) },
  { kind: 'state', caption: 'present.big64', notes: 'present.big64Notes', set: softmaxStepsWidget.patch({ z: withBig, p: 'float64' }) },
  { kind: 'state', caption: 'present.sigmoid', notes: 'present.sigmoidNotes', set: stableSigmoidWidget.patch({ x: -12, p: 'float16' }) },
  { kind: 'state', caption: 'present.logSoftmax', notes: 'present.logSoftmaxNotes', set: logSoftmaxWidget.patch({ d: 20, p: 'float16' }) },
];
