import type { WidgetEntry } from '../../components/widgets/types';

export const widgets: WidgetEntry[] = [
  { id: 'identity', lesson: 'sigmoid-vs-softmax', load: () => import('./IdentityWidget').then((m) => m.IdentityWidget) },
  { id: 'heads', lesson: 'sigmoid-vs-softmax', load: () => import('./HeadsWidget').then((m) => m.HeadsWidget) },
  { id: 'mistake', lesson: 'sigmoid-vs-softmax', load: () => import('./MistakeWidget').then((m) => m.MistakeWidget) },
  { id: 'task', lesson: 'sigmoid-vs-softmax', load: () => import('./TaskWidget').then((m) => m.TaskWidget) },
];
