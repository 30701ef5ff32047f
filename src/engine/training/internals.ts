/**
 * The trainer's network, reachable from the Trainer object for engine code that must run
 * exactly the trainer's arithmetic on it (backwardTrace, gradientCheck) without putting the
 * internals on the public interface. A WeakMap, so a dropped trainer is still collected.
 */
import { show } from '../numeric/errors';
import type { Net } from './network';
import type { Trainer, TrainerConfig } from './types';

export interface TrainerInternals {
  net: Net;
  config: Readonly<TrainerConfig>;
}

const registry = new WeakMap<Trainer, TrainerInternals>();

export function registerTrainer(t: Trainer, internals: TrainerInternals): Trainer {
  registry.set(t, internals);
  return t;
}

export function internalsOf(t: unknown): TrainerInternals {
  const found = typeof t === 'object' && t !== null ? registry.get(t as Trainer) : undefined;
  if (!found) throw new RangeError(`trainer must be a Trainer made by createTrainer, got ${show(t)}`);
  return found;
}
