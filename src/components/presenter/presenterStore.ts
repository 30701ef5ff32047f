import { create } from 'zustand';

/** Presenter mode for the current lesson: on/off, the step, and whether the answer is shown. */
interface PresenterState {
  active: boolean;
  index: number;
  revealed: boolean;
  start: () => void;
  stop: () => void;
  go: (index: number) => void;
  reveal: () => void;
}

export const usePresenterStore = create<PresenterState>((set) => ({
  active: false,
  index: 0,
  revealed: false,
  start: () => set({ active: true, index: 0, revealed: false }),
  stop: () => set({ active: false }),
  go: (index) => set({ index, revealed: false }),
  reveal: () => set({ revealed: true }),
}));

export const PRESENTER_CHANNEL = 'logit-lab-presenter';
