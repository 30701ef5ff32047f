import type { WidgetEntry } from '../../components/widgets/types';

export const widgets: WidgetEntry[] = [
  { id: 'gallery', lesson: 'activation-gallery', load: () => import('./GalleryWidget').then((m) => m.GalleryWidget) },
  { id: 'gelu-approx', lesson: 'activation-gallery', load: () => import('./GeluApproxWidget').then((m) => m.GeluApproxWidget) },
];
