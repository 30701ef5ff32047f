import type { PresenterStep } from '../../components/presenter/types';
import './strings';

/** Where σ comes from, as a class walk-through: Bayes with equal spreads, a prior, unequal spreads, then Bernoulli. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'present.equal', notes: 'present.equalNotes', widgetId: 'gaussians', patch: { mu1: 1, s1: 1, mu2: -1.5, s2: 1, prior: 0.5 } },
  { kind: 'state', caption: 'present.prior', notes: 'present.priorNotes', widgetId: 'gaussians', patch: { prior: 0.9 } },
  { kind: 'ask', caption: 'present.askUnequal', exerciseId: 'unequal-linear' },
  { kind: 'state', caption: 'present.unequal', notes: 'present.unequalNotes', widgetId: 'gaussians', patch: { mu1: 1, s1: 1, mu2: -1.5, s2: 2, prior: 0.5 } },
  { kind: 'state', caption: 'present.nested', widgetId: 'gaussians', patch: { mu1: 0, s1: 0.5, mu2: 0, s2: 2, prior: 0.5 } },
  { kind: 'state', caption: 'present.bernoulli', notes: 'present.bernoulliNotes', widgetId: 'bernoulli', patch: { eta: 0 } },
  { kind: 'state', caption: 'present.bernoulliFar', widgetId: 'bernoulli', patch: { eta: 4 } },
];
