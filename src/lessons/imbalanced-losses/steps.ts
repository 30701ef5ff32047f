import type { PresenterStep } from '../../components/presenter/types';
import './strings';

/** Imbalanced losses as a class walk-through: the focal curves, then the 1:100 set under each loss, then GHM. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.curves', notes: 'steps.curvesNotes', widgetId: 'focalcurve', patch: { pt: 0.9 } },
  { kind: 'state', caption: 'steps.border', widgetId: 'focalcurve', patch: { pt: 0.5 } },
  { kind: 'ask', caption: 'steps.askOwner', exerciseId: 'who-owns-ce' },
  { kind: 'state', caption: 'steps.gammaZero', widgetId: 'imb', patch: { gamma: 0, alpha: 0.99, seed: 1 } },
  { kind: 'state', caption: 'steps.gammaTwo', notes: 'steps.gammaTwoNotes', widgetId: 'imb', patch: { gamma: 2, alpha: 0.99, seed: 1 } },
  { kind: 'state', caption: 'steps.ghm', notes: 'steps.ghmNotes', widgetId: 'ghm', patch: { bins: 10, outliers: 0.02, seed: 1 } },
];
