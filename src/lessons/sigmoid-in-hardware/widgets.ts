import { widget } from '../../components/widgets/widget';
import { cordicSchema, qnetSchema, datapathSchema, paretoSchema, workbenchSchema } from './schema';

/** This lesson's widgets: ids are URL prefixes and embed paths, unique across the site. */
export const hwBench = widget('sigmoid-in-hardware', 'hw-bench', workbenchSchema, () => import('./WorkbenchWidget').then((m) => m.WorkbenchWidget));
export const hwDatapath = widget('sigmoid-in-hardware', 'hw-datapath', datapathSchema, () => import('./DatapathWidget').then((m) => m.DatapathWidget));
export const hwPareto = widget('sigmoid-in-hardware', 'hw-pareto', paretoSchema, () => import('./ParetoWidget').then((m) => m.ParetoWidget));
export const hwCordic = widget('sigmoid-in-hardware', 'hw-cordic', cordicSchema, () => import('./CordicWidget').then((m) => m.CordicWidget));
export const hwQnet = widget('sigmoid-in-hardware', 'hw-qnet', qnetSchema, () => import('./QnetWidget').then((m) => m.QnetWidget));
