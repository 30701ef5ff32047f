import type { WidgetEntry } from '../../components/widgets/types';

/** This lesson's embeddable widgets (indexed at build time for /embed/<id>). */
export const widgets: WidgetEntry[] = [
  { id: 'hw-bench', lesson: 'sigmoid-in-hardware', load: () => import('./WorkbenchWidget').then((m) => m.WorkbenchWidget) },
  { id: 'hw-datapath', lesson: 'sigmoid-in-hardware', load: () => import('./DatapathWidget').then((m) => m.DatapathWidget) },
  { id: 'hw-pareto', lesson: 'sigmoid-in-hardware', load: () => import('./ParetoWidget').then((m) => m.ParetoWidget) },
];
