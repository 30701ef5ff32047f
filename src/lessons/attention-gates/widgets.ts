import { widget } from '../../components/widgets/widget';
import { biasSchema, needlesSchema, scalingSchema, softmaxOneSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const needles = widget('attention-gates', 'needles', needlesSchema, () => import('./NeedlesWidget').then((m) => m.NeedlesWidget));
export const sigmoidBias = widget('attention-gates', 'sigmoid-bias', biasSchema, () => import('./BiasWidget').then((m) => m.BiasWidget));
/** Named for the widget, not `softmaxOne`: that is the engine function its component calls. */
export const softmaxOneWidget = widget('attention-gates', 'softmax-one', softmaxOneSchema, () => import('./SoftmaxOneWidget').then((m) => m.SoftmaxOneWidget));
export const attnScale = widget('attention-gates', 'attn-scale', scalingSchema, () => import('./ScalingWidget').then((m) => m.ScalingWidget));
