import { create } from 'zustand';
import type { ActivationName } from '../../engine';

/** The gallery widget's state: which activations, their parameters, ε and the x range. */
export interface GalleryState {
  selected: ActivationName[];
  params: Partial<Record<ActivationName, Record<string, number>>>;
  epsilon: number;
  xMax: number;
  toggle: (name: ActivationName) => void;
  setParam: (name: ActivationName, param: string, value: number) => void;
  setEpsilon: (eps: number) => void;
  setXMax: (x: number) => void;
  reset: () => void;
}

export const MAX_SELECTED = 3;
const defaults = { selected: ['sigmoid', 'tanh'] as ActivationName[], params: {}, epsilon: 0.01, xMax: 8 };

export const useGalleryStore = create<GalleryState>((set) => ({
  ...defaults,
  toggle: (name) =>
    set((s) => {
      if (s.selected.includes(name)) return { selected: s.selected.filter((n) => n !== name) };
      if (s.selected.length >= MAX_SELECTED) return s;
      return { selected: [...s.selected, name] };
    }),
  setParam: (name, param, value) => set((s) => ({ params: { ...s.params, [name]: { ...s.params[name], [param]: value } } })),
  setEpsilon: (epsilon) => set({ epsilon }),
  setXMax: (xMax) => set({ xMax }),
  reset: () => set({ ...defaults, params: {} }),
}));
