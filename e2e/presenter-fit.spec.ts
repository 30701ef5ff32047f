import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { lessonSlugs } from '../src/lessons/slugs';

/**
 * Presenter mode fits the projector: at 1280×720 and 1024×768 every step of every lesson
 * shows the widget it is about (or its "ask the class" exercise) whole — every plot in it —
 * between the top of the screen and the presenter bar, with no scrolling by hand. The steps
 * come from the running lesson (its "Step n / N" counter), so lessons and steps added later
 * are checked too. One page per lesson: forwards at one size, backwards at the other.
 */
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
] as const;

/** '' when each plot of the step's target (or the target, if it has none) lies fully in the free part of the screen; else what does not. */
async function misfit(page: Page): Promise<string> {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('.presenter-bar');
    const target = bar?.dataset.stepTarget ?? '';
    const el = target.startsWith('exercise:')
      ? document.querySelector<HTMLElement>(`[data-exercise="${CSS.escape(target.slice(9))}"]`)
      : document.getElementById(target);
    if (!bar || !el) return `no element for step target “${target}”`;
    const free = { top: 0, bottom: bar.getBoundingClientRect().top, left: 0, right: document.documentElement.clientWidth };
    const out = (r: DOMRect) => r.top < free.top - 1 || r.bottom > free.bottom + 1 || r.left < free.left - 1 || r.right > free.right + 1;
    const box = el.getBoundingClientRect();
    if (box.height === 0) return `${target} is not shown`;
    // The widget's plots (what the captions talk about); a widget or exercise without plots, whole.
    const plots = [...el.querySelectorAll<SVGElement>('.plot > svg')];
    const parts = plots.length ? plots : [el];
    const bad = parts.filter((p) => out(p.getBoundingClientRect()));
    const fmt = (r: DOMRect) => `[${Math.round(r.top)}, ${Math.round(r.bottom)}] × [${Math.round(r.left)}, ${Math.round(r.right)}]`;
    return bad.length ? `${target}: ${bad.length} part(s) outside ${fmt(new DOMRect(0, 0, free.right, free.bottom))}, e.g. ${bad[0].tagName} at ${fmt(bad[0].getBoundingClientRect())}` : '';
  });
}

for (const slug of lessonSlugs) {
  test(`presenter steps fit the projector: ${slug}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(SIZES[0]);
    await page.goto(`/lessons/${slug}?lang=en`);
    await expect(page.locator('h1')).toBeVisible();
    // A partial build (LESSONS_ONLY) does not have every lesson; a lesson without steps has no button.
    const present = page.locator('.present-button');
    await page.locator('.prose').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    test.skip((await page.locator('.prose').count()) === 0 || (await present.count()) === 0, `${slug}: not built here, or no presenter steps`);
    await present.click();
    const counter = page.locator('.presenter-bar .presenter-count');
    await expect(counter).toHaveText(/\/ \d+/);
    const total = Number(/\/ (\d+)/.exec((await counter.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    const order = [Array.from({ length: total }, (_, i) => i + 1), Array.from({ length: total }, (_, i) => total - i)];
    for (const [k, size] of SIZES.entries()) {
      await page.setViewportSize(size);
      for (const [j, n] of order[k].entries()) {
        if (j > 0) await page.keyboard.press(k === 0 ? 'ArrowRight' : 'ArrowLeft');
        await expect(counter).toHaveText(new RegExp(`^\\D*${n} / ${total}`));
        await expect.poll(() => misfit(page), { message: `${slug} step ${n} at ${size.width}×${size.height}`, timeout: 20_000 }).toBe('');
      }
    }
  });
}
