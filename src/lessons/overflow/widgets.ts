import { widget } from '../../components/widgets/widget';
import { fixedSchema, floatSchema, limitsSchema, logSchema, sigmoidSchema, stepsSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const floatFormatWidget = widget('overflow', 'float-format', floatSchema, () => import('./FloatFormatWidget').then((m) => m.FloatFormatWidget));
export const expLimitsWidget = widget('overflow', 'exp-limits', limitsSchema, () => import('./ExpLimitsWidget').then((m) => m.ExpLimitsWidget));
export const softmaxStepsWidget = widget('overflow', 'softmax-steps', stepsSchema, () => import('./SoftmaxStepsWidget').then((m) => m.SoftmaxStepsWidget));
export const stableSigmoidWidget = widget('overflow', 'stable-sigmoid', sigmoidSchema, () => import('./SigmoidTanhWidget').then((m) => m.SigmoidTanhWidget));
export const logSoftmaxWidget = widget('overflow', 'log-softmax', logSchema, () => import('./LogSoftmaxWidget').then((m) => m.LogSoftmaxWidget));
export const fixedSoftmaxWidget = widget('overflow', 'fixed-softmax', fixedSchema, () => import('./FixedSoftmaxWidget').then((m) => m.FixedSoftmaxWidget));
