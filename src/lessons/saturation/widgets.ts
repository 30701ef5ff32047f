import type { WidgetEntry } from '../../components/widgets/types';

export const widgets: WidgetEntry[] = [
  { id: 'slopes', lesson: 'saturation', load: () => import('./SlopeWidget').then((m) => m.SlopeWidget) },
  { id: 'depth', lesson: 'saturation', load: () => import('./DepthWidget').then((m) => m.DepthWidget) },
  { id: 'zigzag', lesson: 'saturation', load: () => import('./ZigzagWidget').then((m) => m.ZigzagWidget) },
];
