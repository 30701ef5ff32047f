import { create } from 'zustand';

/** Presenter mode for the current lesson: on/off, the step, and whether the answer is shown. */
interface PresenterState {
  active: boolean;
  index: number;
  revealed: boolean;
  /** The exercise of the current "ask the class" step, once its answer has been revealed. */
  revealedExercise: string | null;
  start: () => void;
  stop: () => void;
  go: (index: number) => void;
  reveal: (exerciseId?: string) => void;
}

export const usePresenterStore = create<PresenterState>((set) => ({
  active: false,
  index: 0,
  revealed: false,
  revealedExercise: null,
  start: () => set({ active: true, index: 0, revealed: false, revealedExercise: null }),
  stop: () => set({ active: false }),
  go: (index) => set({ index, revealed: false, revealedExercise: null }),
  reveal: (exerciseId) => set({ revealed: true, revealedExercise: exerciseId ?? null }),
}));

export const PRESENTER_CHANNEL = 'logit-lab-presenter';
