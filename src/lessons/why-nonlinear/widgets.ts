import { widget } from '../../components/widgets/widget';
import { collapseSchema, descentSchema, universalSchema, xorSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const collapse = widget('why-nonlinear', 'collapse', collapseSchema, () => import('./CollapseWidget').then((m) => m.CollapseWidget));
export const descent = widget('why-nonlinear', 'descent', descentSchema, () => import('./StepDescentWidget').then((m) => m.StepDescentWidget));
export const xor = widget('why-nonlinear', 'xor', xorSchema, () => import('./XorWidget').then((m) => m.XorWidget));
export const universal = widget('why-nonlinear', 'universal', universalSchema, () => import('./UniversalWidget').then((m) => m.UniversalWidget));
