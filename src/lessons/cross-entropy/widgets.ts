import type { WidgetEntry } from '../../components/widgets/types';

/** This lesson's embeddable widgets (indexed at build time for /embed/<id>). */
export const widgets: WidgetEntry[] = [
  { id: 'logloss', lesson: 'cross-entropy', load: () => import('./LogLossWidget').then((m) => m.LogLossWidget) },
  { id: 'hkl', lesson: 'cross-entropy', load: () => import('./EntropyKLWidget').then((m) => m.EntropyKLWidget) },
  { id: 'bingrad', lesson: 'cross-entropy', load: () => import('./BinaryGradientWidget').then((m) => m.BinaryGradientWidget) },
  { id: 'smgrad', lesson: 'cross-entropy', load: () => import('./SoftmaxGradientWidget').then((m) => m.SoftmaxGradientWidget) },
];
