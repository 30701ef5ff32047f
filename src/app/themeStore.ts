import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { rawFieldStorage } from '../components/state/rawStorage';

export type ThemeChoice = 'system' | 'light' | 'dark';
interface ThemeState {
  choice: ThemeChoice;
  setChoice: (c: ThemeChoice) => void;
}

const isChoice = (v: string): v is ThemeChoice => v === 'light' || v === 'dark' || v === 'system';

/** The theme choice only; the CSS follows `prefers-color-scheme` unless data-theme is set. */
export const useThemeStore = create<ThemeState>()(
  persist((set) => ({ choice: 'system', setChoice: (choice) => set({ choice }) }), {
    name: 'logitlab.theme',
    // The key holds the bare word, as it always has.
    storage: rawFieldStorage<ThemeState, 'choice'>('logitlab.theme', 'choice', (raw) => (isChoice(raw) ? raw : undefined), (c) => c),
    partialize: (s) => ({ choice: s.choice }),
  }),
);

export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}
