import type { WidgetEntry } from '../../components/widgets/types';

export const widgets: WidgetEntry[] = [
  { id: 'float-format', lesson: 'overflow', load: () => import('./FloatFormatWidget').then((m) => m.FloatFormatWidget) },
  { id: 'exp-limits', lesson: 'overflow', load: () => import('./ExpLimitsWidget').then((m) => m.ExpLimitsWidget) },
  { id: 'softmax-steps', lesson: 'overflow', load: () => import('./SoftmaxStepsWidget').then((m) => m.SoftmaxStepsWidget) },
  { id: 'stable-sigmoid', lesson: 'overflow', load: () => import('./SigmoidTanhWidget').then((m) => m.SigmoidTanhWidget) },
  { id: 'log-softmax', lesson: 'overflow', load: () => import('./LogSoftmaxWidget').then((m) => m.LogSoftmaxWidget) },
  { id: 'fixed-softmax', lesson: 'overflow', load: () => import('./FixedSoftmaxWidget').then((m) => m.FixedSoftmaxWidget) },
];
