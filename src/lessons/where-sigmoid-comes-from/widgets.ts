import { widget } from '../../components/widgets/widget';
import { bernoulliSchema, gaussSchema, planeSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const gaussians = widget('where-sigmoid-comes-from', 'gaussians', gaussSchema, () => import('./GaussianPosteriorWidget').then((m) => m.GaussianPosteriorWidget));
export const bernoulli = widget('where-sigmoid-comes-from', 'bernoulli', bernoulliSchema, () => import('./BernoulliWidget').then((m) => m.BernoulliWidget));
export const plane = widget('where-sigmoid-comes-from', 'gaussians2d', planeSchema, () => import('./PlaneWidget').then((m) => m.PlaneWidget));
