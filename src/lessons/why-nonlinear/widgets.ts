import type { WidgetEntry } from '../../components/widgets/types';

export const widgets: WidgetEntry[] = [
  { id: 'collapse', lesson: 'why-nonlinear', load: () => import('./CollapseWidget').then((m) => m.CollapseWidget) },
  { id: 'descent', lesson: 'why-nonlinear', load: () => import('./StepDescentWidget').then((m) => m.StepDescentWidget) },
  { id: 'xor', lesson: 'why-nonlinear', load: () => import('./XorWidget').then((m) => m.XorWidget) },
];
