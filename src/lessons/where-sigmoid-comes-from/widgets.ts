import type { WidgetEntry } from '../../components/widgets/types';

export const widgets: WidgetEntry[] = [
  { id: 'gaussians', lesson: 'where-sigmoid-comes-from', load: () => import('./GaussianPosteriorWidget').then((m) => m.GaussianPosteriorWidget) },
  { id: 'bernoulli', lesson: 'where-sigmoid-comes-from', load: () => import('./BernoulliWidget').then((m) => m.BernoulliWidget) },
];
