import { useProgressStore } from '../components/exercise/progressStore';
import { useThemeStore } from './themeStore';

/**
 * Whether the app's first render in this browser is the HTML the build rendered into #root
 * (scripts/prerender.mjs: the lesson in English, default state): then it can hydrate it
 * instead of building the page again. Anything the build could not know makes it render
 * anew — another language, any query (widget state, presenter, class mode), a remembered
 * theme or exercise progress (the navigation and the exercises show them).
 */
export function renderMatchesPrerender(root: HTMLElement, language: string): boolean {
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  return (
    root.dataset.prerendered === path &&
    root.dataset.lang === language &&
    window.location.search === '' &&
    useThemeStore.getState().choice === 'system' &&
    Object.keys(useProgressStore.getState().progress).length === 0
  );
}
