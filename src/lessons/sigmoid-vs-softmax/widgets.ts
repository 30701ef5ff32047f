import { widget } from '../../components/widgets/widget';
import { headsSchema, identitySchema, mistakeSchema, taskSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const identity = widget('sigmoid-vs-softmax', 'identity', identitySchema, () => import('./IdentityWidget').then((m) => m.IdentityWidget));
export const heads = widget('sigmoid-vs-softmax', 'heads', headsSchema, () => import('./HeadsWidget').then((m) => m.HeadsWidget));
export const mistake = widget('sigmoid-vs-softmax', 'mistake', mistakeSchema, () => import('./MistakeWidget').then((m) => m.MistakeWidget));
export const task = widget('sigmoid-vs-softmax', 'task', taskSchema, () => import('./TaskWidget').then((m) => m.TaskWidget));
