/**
 * Build-time HTML of a lesson page (scripts/prerender.mjs): the app rendered in Node for one
 * path, in English, with the lesson's chunk awaited, so a phone paints the lesson's words
 * from the HTML instead of after the JavaScript (Lighthouse mobile LCP, issue 20). The
 * browser hydrates it (src/main.tsx) when its first render would be the same.
 */
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import i18next from 'i18next';
import '../i18n';
import { App } from '../app/App';
import { setRenderedPath } from '../app/router';
import { lessons } from '../lessons/registry';
import { preloadLesson } from '../app/lessonBodies';

/** Every lesson of this build. */
export const prerenderedPaths = (): string[] => lessons.map((l) => `/lessons/${l.slug}`);

/** The document title the page sets once it runs (LessonPage), so the HTML has it already. */
export function pageTitle(path: string): string {
  const slug = path.split('/').pop() ?? '';
  return `${i18next.t(`lessons.${slug}.title`, { lng: 'en' })} · ${i18next.t('app.name', { lng: 'en' })}`;
}

export async function renderPage(pathname: string): Promise<string> {
  setRenderedPath(pathname);
  await i18next.changeLanguage('en');
  const slug = pathname.split('/').pop() ?? '';
  await preloadLesson(slug);
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App />
    </StrictMode>,
    // One piece: no boundary outlined for a later inline script (the CSP allows none).
    { progressiveChunkSize: Number.MAX_SAFE_INTEGER },
  );
  const chunks: Buffer[] = [];
  for await (const c of prelude) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
