import type { WidgetEntry } from '../../components/widgets/types';

export const widgets: WidgetEntry[] = [{ id: 'lab', lesson: 'dead-relu', load: () => import('./LabWidget').then((m) => m.LabWidget) }];
