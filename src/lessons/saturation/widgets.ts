import { widget } from '../../components/widgets/widget';
import { depthSchema, slopeSchema, zigzagSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const slopes = widget('saturation', 'slopes', slopeSchema, () => import('./SlopeWidget').then((m) => m.SlopeWidget));
export const depth = widget('saturation', 'depth', depthSchema, () => import('./DepthWidget').then((m) => m.DepthWidget));
export const zigzag = widget('saturation', 'zigzag', zigzagSchema, () => import('./ZigzagWidget').then((m) => m.ZigzagWidget));
