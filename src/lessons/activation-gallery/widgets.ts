import { widget } from '../../components/widgets/widget';
import { gallerySchema, geluSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const gallery = widget('activation-gallery', 'gallery', gallerySchema, () => import('./GalleryWidget').then((m) => m.GalleryWidget));
export const geluApprox = widget('activation-gallery', 'gelu-approx', geluSchema, () => import('./GeluApproxWidget').then((m) => m.GeluApproxWidget));
