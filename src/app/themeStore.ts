import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'logitlab.theme';

function readStored(): ThemeChoice {
  try {
    const v = window.localStorage.getItem(KEY);
    if (v === 'light' || v === 'dark' || v === 'system') return v;
  } catch {
    // storage blocked: follow the system
  }
  return 'system';
}

interface ThemeState {
  choice: ThemeChoice;
  setChoice: (c: ThemeChoice) => void;
}

/** The theme choice only; the CSS follows `prefers-color-scheme` unless data-theme is set. */
export const useThemeStore = create<ThemeState>((set) => ({
  choice: typeof window === 'undefined' ? 'system' : readStored(),
  setChoice: (choice) => {
    try {
      window.localStorage.setItem(KEY, choice);
    } catch {
      // not remembered, still applied
    }
    set({ choice });
  },
}));

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}
