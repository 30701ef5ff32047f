/**
 * Every lesson's widgets, by lesson: the one list the build (embed index, deep-link pages),
 * the unit tests (unique ids, schemas) and the e2e sweeps (routes, hostile URLs) all import.
 * Static imports, not import.meta.glob, so Playwright's loader can read it too; `satisfies`
 * makes a lesson missing here a compile error. widgets.ts files import only schemas and
 * engine constants (no strings, CSS or components), so this stays small and loads in Node.
 */
import type { LessonSlug } from './slugs';
import type { Widget } from '../components/widgets/widget';
import * as whyNonlinear from './why-nonlinear/widgets';
import * as activationGallery from './activation-gallery/widgets';
import * as saturation from './saturation/widgets';
import * as deadRelu from './dead-relu/widgets';
import * as forwardPass from './forward-pass/widgets';
import * as backprop from './backprop/widgets';
import * as softmaxTemperature from './softmax-temperature/widgets';
import * as overflow from './overflow/widgets';
import * as sigmoidVsSoftmax from './sigmoid-vs-softmax/widgets';
import * as crossEntropy from './cross-entropy/widgets';
import * as whereSigmoid from './where-sigmoid-comes-from/widgets';
import * as imbalancedLosses from './imbalanced-losses/widgets';
import * as attentionGates from './attention-gates/widgets';
import * as sigmoidInHardware from './sigmoid-in-hardware/widgets';

const modules = {
  'why-nonlinear': whyNonlinear,
  'activation-gallery': activationGallery,
  saturation,
  'dead-relu': deadRelu,
  'forward-pass': forwardPass,
  backprop,
  'softmax-temperature': softmaxTemperature,
  overflow,
  'sigmoid-vs-softmax': sigmoidVsSoftmax,
  'cross-entropy': crossEntropy,
  'where-sigmoid-comes-from': whereSigmoid,
  'imbalanced-losses': imbalancedLosses,
  'attention-gates': attentionGates,
  'sigmoid-in-hardware': sigmoidInHardware,
} satisfies Record<LessonSlug, object>;

const isWidget = (v: unknown): v is Widget =>
  typeof v === 'object' && v !== null && typeof (v as Widget).id === 'string' && typeof (v as Widget).load === 'function' && typeof (v as Widget).patch === 'function';

/** Every widget of every lesson, in lesson order (each module's exports in declaration order). */
export const widgetCatalog: readonly Widget[] = Object.values(modules).flatMap((mod) => Object.values(mod).filter(isWidget));
