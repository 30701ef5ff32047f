import type { WidgetEntry } from '../../components/widgets/types';

export const widgets: WidgetEntry[] = [
  { id: 'shapes', lesson: 'forward-pass', load: () => import('./ShapesWidget').then((m) => m.ShapesWidget) },
  { id: 'forward-steps', lesson: 'forward-pass', load: () => import('./ForwardStepsWidget').then((m) => m.ForwardStepsWidget) },
  { id: 'xavier', lesson: 'forward-pass', load: () => import('./XavierWidget').then((m) => m.XavierWidget) },
  { id: 'symmetry', lesson: 'forward-pass', load: () => import('./SymmetryWidget').then((m) => m.SymmetryWidget) },
];
