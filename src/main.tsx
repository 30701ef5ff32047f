import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import i18next from 'i18next';
import './i18n';
import 'katex/dist/katex.min.css';
import './app/styles.css';
import { App } from './app/App';
import { parseRoute } from './app/router';
import { preloadLesson } from './app/lessonBodies';
import { registerServiceWorker } from './app/offline/register';
import { renderMatchesPrerender } from './app/prerendered';
import { markPlaceholdersPainted } from './components/deferredMount';

const root = document.getElementById('root') as HTMLElement;
const route = parseRoute(window.location.pathname);
// The lesson's chunk first, so the first render has it: hydrating the prerendered words, or
// replacing them, never passes through the "Loading" fallback.
if (route.kind === 'lesson') await preloadLesson(route.slug);

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
// In a transition, React renders the page in slices of a few milliseconds and lets the
// browser handle input in between, instead of one long task (the page is already on screen:
// the prerendered HTML, or nothing worth less than a responsive tab).
startTransition(() => {
  if (renderMatchesPrerender(root, i18next.resolvedLanguage ?? 'en')) {
    markPlaceholdersPainted();
    hydrateRoot(root, app, {
      // A mismatch means renderMatchesPrerender let through a state the build did not render:
      // React re-renders on the client (the reader sees the same page); say so for the tests.
      onRecoverableError: (error) => console.error('Hydration fell back to a client render:', error),
    });
  } else {
    createRoot(root).render(app);
  }
});
registerServiceWorker();
