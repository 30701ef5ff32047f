/**
 * The figures in the backprop lesson's words, from the engine's backward trace and gradient
 * check at the widget's defaults. Cheap (one small network, one example); what training shows
 * (the SGD widget) is pinned in claims.test.ts instead, so loading the lesson trains nothing.
 */
import { formatNumber, formatPercent } from '../../format/number';
import { backwardRun, defaultBackward } from './model';

/** ‖δ⁽¹⁾‖ / ‖δ⁽³⁾‖ at the defaults (sigmoid, weight scale 1): how much of the error signal reaches the first layer. */
export function firstLayerShare(): number {
  const d = defaultBackward();
  const r = backwardRun(d.setup, d.x, d.cls);
  return r.deltaNorms[0] / r.deltaNorms[r.deltaNorms.length - 1];
}

/** The gradient check's largest relative error at the defaults. */
export function defaultCheckError(): number {
  const d = defaultBackward();
  return backwardRun(d.setup, d.x, d.cls).check.maxRelError;
}

export const figures = {
  firstShare: formatPercent(firstLayerShare()),
  checkError: formatNumber(defaultCheckError(), 1),
};
