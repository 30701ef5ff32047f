import type { WidgetEntry } from '../../components/widgets/types';

/** This lesson's embeddable widgets (indexed at build time for /embed/<id>). */
export const widgets: WidgetEntry[] = [
  { id: 'focalcurve', lesson: 'imbalanced-losses', load: () => import('./FocalCurveWidget').then((m) => m.FocalCurveWidget) },
  { id: 'imb', lesson: 'imbalanced-losses', load: () => import('./ImbalanceWidget').then((m) => m.ImbalanceWidget) },
  { id: 'ghm', lesson: 'imbalanced-losses', load: () => import('./GhmWidget').then((m) => m.GhmWidget) },
];
