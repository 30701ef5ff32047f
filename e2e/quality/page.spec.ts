/**
 * Quality gate 9 · one page per route for the checks that only read the page:
 * - every svg[role=img] has a non-empty aria-label, and every Plot (figure.plot) has a
 *   "Show data" table (details.plot-data with a table);
 * - no element anywhere carries an inline event-handler attribute (on…), and no link,
 *   KaTeX output included, points at javascript:;
 * - with prefers-reduced-motion, no animation or transition is running after interactions;
 * - at 200 % text size and 1280 px, nothing overflows the viewport sideways and the headings
 *   stay visible;
 * - predict, then see: every exercise that moves a widget comes before that widget in the page.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { builtLessons } from './routes';
import { waitReady } from './helpers';

test.describe.configure({ mode: 'parallel' });

async function textAlternatives(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const where = (e: Element) => `#${e.closest('section[id]')?.id ?? '?'}`;
    const out: string[] = [];
    for (const svg of document.querySelectorAll('svg[role=img]')) {
      if (!(svg.getAttribute('aria-label') ?? '').trim() && !svg.getAttribute('aria-labelledby')) out.push(`svg[role=img] without aria-label in ${where(svg)}`);
    }
    for (const fig of document.querySelectorAll('figure.plot')) {
      const details = fig.querySelector('details.plot-data');
      if (!details || !details.querySelector('summary')?.textContent?.trim()) out.push(`Plot without a "Show data" table in ${where(fig)}`);
      else if (!details.querySelector('table')) out.push(`Plot's "Show data" has no table in ${where(fig)}`);
    }
    return out;
  });
}

async function unsafeMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) out.push(`<${el.tagName.toLowerCase()} ${a.name}="${a.value.slice(0, 40)}">`);
    }
    for (const a of document.querySelectorAll('a[href], area[href], [xlink\\:href], .katex [href]')) {
      const href = a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '';
      if (/^\s*javascript:/i.test(href)) out.push(`${a.closest('.katex') ? 'KaTeX ' : ''}link to ${href.slice(0, 40)}`);
    }
    if (document.querySelectorAll('.katex').length > 0 && document.querySelectorAll('.katex-error').length > 0) out.push('KaTeX error output');
    return out;
  });
}

/** Exercises placed after the widget that answers them (a student would see the answer first). */
async function answersBeforeQuestions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const form of document.querySelectorAll<HTMLElement>('main [data-exercise][data-reveals]')) {
      const widget = document.querySelector(`main section[data-widget="${form.dataset.reveals}"]`);
      if (!widget) out.push(`exercise ${form.dataset.exercise} reveals widget ${form.dataset.reveals}, which is not on this page`);
      else if (widget.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING) out.push(`exercise ${form.dataset.exercise} comes after widget ${form.dataset.reveals}, which answers it`);
    }
    return out;
  });
}

/** Moves a few sliders, toggles a few checkboxes and opens a data table, from the keyboard. */
async function interact(page: Page): Promise<void> {
  const sliders = page.locator('main input[type=range]:not(:disabled)');
  for (let i = 0; i < Math.min(3, await sliders.count()); i++) {
    await sliders.nth(i).focus();
    await page.keyboard.press('ArrowRight');
  }
  const boxes = page.locator('main input[type=checkbox]:not(:disabled)');
  for (let i = 0; i < Math.min(2, await boxes.count()); i++) {
    await boxes.nth(i).focus();
    await page.keyboard.press('Space');
  }
  const summary = page.locator('main details.plot-data summary').first();
  if (await summary.count()) {
    await summary.focus();
    await page.keyboard.press('Enter');
  }
}

for (const path of ['/', ...builtLessons.map((s) => `/lessons/${s}`)]) {
  test(`page hygiene: ${path}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(path);
    await waitReady(page);
    const problems = [...(await textAlternatives(page)), ...(await unsafeMarkup(page)), ...(await answersBeforeQuestions(page))];

    await interact(page);
    const running = await page.evaluate(() =>
      document
        .getAnimations()
        .filter((a) => a.playState === 'running')
        .map((a) => {
          const t = (a.effect as KeyframeEffect | null)?.target;
          const name = a instanceof CSSTransition ? `transition ${a.transitionProperty}` : a instanceof CSSAnimation ? `animation ${a.animationName}` : 'script animation';
          return `${name} on ${t ? `${t.tagName.toLowerCase()}.${[...t.classList].join('.')}` : '?'} runs under prefers-reduced-motion`;
        }),
    );
    problems.push(...running);
    problems.push(...(await unsafeMarkup(page)));

    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    await page.waitForTimeout(100);
    const zoom = await page.evaluate(() => {
      const out: string[] = [];
      const vw = document.documentElement.clientWidth;
      const main = document.querySelector('main');
      if (document.documentElement.scrollWidth > vw + 1) out.push(`page scrolls sideways at 200 % text: ${document.documentElement.scrollWidth} px > ${vw} px`);
      if (main && main.getBoundingClientRect().right > vw + 1) out.push(`<main> overflows the viewport at 200 % text (right edge ${Math.round(main.getBoundingClientRect().right)} px)`);
      for (const h of document.querySelectorAll<HTMLElement>('main h1, main h2')) {
        // A heading inside a closed <dialog> (the customize dialog) is not rendered at all.
        if (!h.checkVisibility()) continue;
        const r = h.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || r.left < -1 || r.right > vw + 1) out.push(`heading “${h.textContent?.slice(0, 40)}” is cut off at 200 % text`);
      }
      return out;
    });
    problems.push(...zoom);
    expect(problems, `page hygiene on ${path}`).toEqual([]);
  });
}
