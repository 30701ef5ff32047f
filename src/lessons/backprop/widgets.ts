import { widget } from '../../components/widgets/widget';
import { backwardSchema, digitsSchema, sgdSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const backwardWidget = widget('backprop', 'backward-steps', backwardSchema, () => import('./BackwardStepsWidget').then((m) => m.BackwardStepsWidget));
export const sgdWidget = widget('backprop', 'sgd-batch', sgdSchema, () => import('./SgdWidget').then((m) => m.SgdWidget));
export const digitsWidget = widget('backprop', 'digit-lab', digitsSchema, () => import('./DigitsWidget').then((m) => m.DigitsWidget));
