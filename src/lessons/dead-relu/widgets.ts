import { widget } from '../../components/widgets/widget';
import { labSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const lab = widget('dead-relu', 'lab', labSchema, () => import('./LabWidget').then((m) => m.LabWidget));
