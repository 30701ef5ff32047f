import type { PresenterStep } from '../../components/presenter/types';
import './strings';
import { hwBench, hwDatapath, hwPareto } from './widgets';

/** Sigmoid in hardware as a class walk-through: compare the methods, count multipliers, break Taylor, go fixed-point. */
export const steps: readonly PresenterStep[] = [
  { kind: 'state', caption: 'steps.bench', notes: 'steps.benchNotes', set: hwBench.patch({ pick: ['plan', 'sonf', 'lut'], fixed: false, sort: 'max', dir: 'asc' }) },
  { kind: 'state', caption: 'steps.noMul', set: hwBench.patch({ pick: ['plan', 'hard', 'lut', 'taylor'], sort: 'multipliers', dir: 'asc' }) },
  { kind: 'ask', caption: 'steps.askTerms', exerciseId: 'taylor-more-terms' },
  { kind: 'state', caption: 'steps.taylor', notes: 'steps.taylorNotes', set: hwBench.patch({ pick: ['taylor'], order: 9, scale: 'log', fixed: false }) },
  { kind: 'state', caption: 'steps.fixed', notes: 'steps.fixedNotes', set: hwBench.patch({ pick: ['plan', 'sonf', 'lut'], fixed: true, w: 16, i: 6, q: 'TRN', o: 'WRAP' }) },
  { kind: 'state', caption: 'steps.datapath', set: hwDatapath.patch({ x: 3, step: 2 }) },
  { kind: 'state', caption: 'steps.pareto', set: hwPareto.patch({ cost: 'area', fixed: true }) },
];
