import { widget } from '../../components/widgets/widget';
import { shapesSchema, stepsSchema, symmetrySchema, xavierSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const shapesWidget = widget('forward-pass', 'shapes', shapesSchema, () => import('./ShapesWidget').then((m) => m.ShapesWidget));
export const forwardStepsWidget = widget('forward-pass', 'forward-steps', stepsSchema, () => import('./ForwardStepsWidget').then((m) => m.ForwardStepsWidget));
export const xavierWidget = widget('forward-pass', 'xavier', xavierSchema, () => import('./XavierWidget').then((m) => m.XavierWidget));
export const symmetryWidget = widget('forward-pass', 'symmetry', symmetrySchema, () => import('./SymmetryWidget').then((m) => m.SymmetryWidget));
