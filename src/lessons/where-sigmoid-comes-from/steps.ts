import type { PresenterStep } from '../../components/presenter/types';
import { bernoulli, gaussians, plane } from './widgets';
import './strings';

/** Where σ comes from, as a class walk-through: Bayes with equal spreads, a prior, unequal spreads, then Bernoulli. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'present.equal', notes: 'present.equalNotes', set: gaussians.patch({ mu1: 1, s1: 1, mu2: -1.5, s2: 1, prior: 0.5 }) },
  { kind: 'state', caption: 'present.prior', notes: 'present.priorNotes', set: gaussians.patch({ prior: 0.9 }) },
  { kind: 'ask', caption: 'present.askUnequal', exerciseId: 'unequal-linear' },
  { kind: 'state', caption: 'present.unequal', notes: 'present.unequalNotes', set: gaussians.patch({ mu1: 1, s1: 1, mu2: -1.5, s2: 2, prior: 0.5 }) },
  { kind: 'state', caption: 'present.nested', set: gaussians.patch({ mu1: 0, s1: 0.5, mu2: 0, s2: 2, prior: 0.5 }) },
  { kind: 'state', caption: 'present.planeShared', notes: 'present.planeSharedNotes', set: plane.patch({ m1x: 1.2, m1y: 0.8, m2x: -1, m2y: -0.8, sx1: 1, sy1: 0.8, r1: 0.5, shared: true, prior: 0.5 }) },
  { kind: 'ask', caption: 'present.askTilt', exerciseId: 'plane-tilt' },
  { kind: 'state', caption: 'present.planeUnequal', notes: 'present.planeUnequalNotes', set: plane.patch({ shared: false, sx2: 1.8, sy2: 0.6, r2: -0.3 }) },
  { kind: 'state', caption: 'present.bernoulli', notes: 'present.bernoulliNotes', set: bernoulli.patch({ eta: 0 }) },
  { kind: 'state', caption: 'present.bernoulliFar', set: bernoulli.patch({ eta: 4 }) },
];
