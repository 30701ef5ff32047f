import type { WidgetEntry } from '../../components/widgets/types';

export const widgets: WidgetEntry[] = [
  { id: 'temperature', lesson: 'softmax-temperature', load: () => import('./TemperatureWidget').then((m) => m.TemperatureWidget) },
  { id: 'sampling', lesson: 'softmax-temperature', load: () => import('./SamplingWidget').then((m) => m.SamplingWidget) },
];
