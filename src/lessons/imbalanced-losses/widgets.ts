import { widget } from '../../components/widgets/widget';
import { focalCurveSchema, ghmSchema, imbalanceSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const focalCurve = widget('imbalanced-losses', 'focalcurve', focalCurveSchema, () => import('./FocalCurveWidget').then((m) => m.FocalCurveWidget));
export const imbalance = widget('imbalanced-losses', 'imb', imbalanceSchema, () => import('./ImbalanceWidget').then((m) => m.ImbalanceWidget));
export const ghm = widget('imbalanced-losses', 'ghm', ghmSchema, () => import('./GhmWidget').then((m) => m.GhmWidget));
