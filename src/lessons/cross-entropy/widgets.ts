import { widget } from '../../components/widgets/widget';
import { bceFloat32Schema, binaryGradSchema, doubleSoftmaxSchema, klSchema, logLossSchema, softmaxGradSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths (/embed/<id>), unique across the site. */
export const logLoss = widget('cross-entropy', 'logloss', logLossSchema, () => import('./LogLossWidget').then((m) => m.LogLossWidget));
export const entropyKL = widget('cross-entropy', 'hkl', klSchema, () => import('./EntropyKLWidget').then((m) => m.EntropyKLWidget));
export const binaryGrad = widget('cross-entropy', 'bingrad', binaryGradSchema, () => import('./BinaryGradientWidget').then((m) => m.BinaryGradientWidget));
export const softmaxGrad = widget('cross-entropy', 'smgrad', softmaxGradSchema, () => import('./SoftmaxGradientWidget').then((m) => m.SoftmaxGradientWidget));
export const doubleSoftmax = widget('cross-entropy', 'double-softmax', doubleSoftmaxSchema, () => import('./DoubleSoftmaxWidget').then((m) => m.DoubleSoftmaxWidget));
export const bceFloat32 = widget('cross-entropy', 'bce-float32', bceFloat32Schema, () => import('./BceFloat32Widget').then((m) => m.BceFloat32Widget));
