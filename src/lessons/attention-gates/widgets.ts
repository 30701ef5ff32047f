import type { WidgetEntry } from '../../components/widgets/types';

/** This lesson's embeddable widgets (indexed at build time for /embed/<id>). */
export const widgets: WidgetEntry[] = [
  { id: 'needles', lesson: 'attention-gates', load: () => import('./NeedlesWidget').then((m) => m.NeedlesWidget) },
  { id: 'sigmoid-bias', lesson: 'attention-gates', load: () => import('./BiasWidget').then((m) => m.BiasWidget) },
  { id: 'softmax-one', lesson: 'attention-gates', load: () => import('./SoftmaxOneWidget').then((m) => m.SoftmaxOneWidget) },
];
