import { widget } from '../../components/widgets/widget';
import { ownLogitsSchema, samplingSchema, temperatureSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const temperature = widget('softmax-temperature', 'temperature', temperatureSchema, () => import('./TemperatureWidget').then((m) => m.TemperatureWidget));
export const sampling = widget('softmax-temperature', 'sampling', samplingSchema, () => import('./SamplingWidget').then((m) => m.SamplingWidget));
export const ownLogits = widget('softmax-temperature', 'own-logits', ownLogitsSchema, () => import('./OwnLogitsWidget').then((m) => m.OwnLogitsWidget));
