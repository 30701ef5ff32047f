import { widget } from '../../components/widgets/widget';
import { gallerySchema, geluGateSchema, geluSchema, maxoutSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const gallery = widget('activation-gallery', 'gallery', gallerySchema, () => import('./GalleryWidget').then((m) => m.GalleryWidget));
export const geluApprox = widget('activation-gallery', 'gelu-approx', geluSchema, () => import('./GeluApproxWidget').then((m) => m.GeluApproxWidget));
export const maxout = widget('activation-gallery', 'maxout', maxoutSchema, () => import('./MaxoutWidget').then((m) => m.MaxoutWidget));
export const geluGate = widget('activation-gallery', 'gelu-gate', geluGateSchema, () => import('./GeluGateWidget').then((m) => m.GeluGateWidget));
