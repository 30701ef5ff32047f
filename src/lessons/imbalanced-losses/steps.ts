import type { PresenterStep } from '../../components/presenter/types';
import './strings';
import { GHM, IMB, IMB_RATE } from './figures';
import { focalCurve, ghm, imbalance } from './widgets';

// Each state step shows the built-in set its caption describes (own: [] puts a pasted set aside).
/** Imbalanced losses as a class walk-through: the focal curves, then the 1:100 set under each loss, then GHM with few and with many outliers. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.curves', notes: 'steps.curvesNotes', set: focalCurve.patch({ pt: 0.9 }) },
  { kind: 'state', caption: 'steps.border', set: focalCurve.patch({ pt: 0.5 }) },
  { kind: 'ask', caption: 'steps.askOwner', exerciseId: 'who-owns-ce' },
  { kind: 'state', caption: 'steps.gammaZero', set: imbalance.patch({ gamma: 0, alpha: IMB.alpha, seed: IMB.seed, own: [] }) },
  { kind: 'state', caption: 'steps.gammaTwo', notes: 'steps.gammaTwoNotes', set: imbalance.patch({ gamma: IMB.gamma, alpha: IMB.alpha, seed: IMB.seed, own: [] }) },
  { kind: 'ask', caption: 'steps.askSparse', exerciseId: 'ghm-sparse' },
  { kind: 'state', caption: 'steps.ghmSparse', notes: 'steps.ghmSparseNotes', set: ghm.patch({ bins: GHM.bins, outliers: IMB_RATE, seed: GHM.seed, own: [] }) },
  { kind: 'state', caption: 'steps.ghm', notes: 'steps.ghmNotes', set: ghm.patch({ bins: GHM.bins, outliers: GHM.outliers, seed: GHM.seed, own: [] }) },
];
