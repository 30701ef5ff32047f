import { showWidgetState } from '../state/useWidget';
import type { PresenterStep } from './types';

/** Puts the page in the state a step describes: a widget state, or the exercise in view. */
export function applyStep(step: PresenterStep | undefined): void {
  if (!step) return;
  if (step.kind === 'state') {
    showWidgetState(step.set);
    return;
  }
  document.querySelector(`[data-exercise="${CSS.escape(step.exerciseId)}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
}
