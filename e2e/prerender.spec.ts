import { test, expect } from './fixtures';
import { lessonSlugs } from '../src/lessons/slugs';

// Lesson pages are prerendered at build time (scripts/prerender.mjs) so a phone paints the
// words before the JavaScript arrives (issue 20), then hydrated (src/main.tsx).

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every lesson page carries its title, its words and its typeset maths in the HTML', async ({ page }) => {
    for (const slug of lessonSlugs) {
      await page.goto(`/lessons/${slug}`);
      await expect(page.locator('#root')).toHaveAttribute('data-prerendered', `/lessons/${slug}`);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await page.title()).toContain(await page.locator('h1').textContent());
      expect(await page.locator('.prose p').count(), slug).toBeGreaterThan(3);
      expect(await page.locator('.prose .katex').count(), slug).toBeGreaterThan(0);
      await expect(page.locator('.lesson-loading')).toHaveCount(0);
    }
  });
});

test('the prerendered page hydrates: the nodes the HTML brought become live, widgets respond', async ({ page }) => {
  // 'interactive' comes when the HTML is parsed, before any module script runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { fromHtml: Element | null }).fromHtml = document.querySelector('.prose p');
    });
  });
  await page.goto('/lessons/softmax-temperature');
  // A client render would have replaced the paragraph; hydration keeps it.
  expect(await page.evaluate(() => {
    const el = (window as unknown as { fromHtml: Element | null }).fromHtml;
    return !!el && el.isConnected && el === document.querySelector('.prose p');
  })).toBe(true);
  const slider = page.getByRole('slider', { name: /temperature/i }).first();
  const before = await slider.getAttribute('aria-valuenow');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).not.toHaveAttribute('aria-valuenow', before ?? '');
});

test('another language, or remembered progress, renders the page anew without a loading flash', async ({ page }) => {
  await page.goto('/lessons/overflow?lang=zh');
  await expect(page.locator('h1')).toHaveText('上溢、下溢与减最大值技巧');
  await expect(page.locator('.lesson-loading')).toHaveCount(0);
  await page.goto('/lessons/overflow?lang=en');
  await page.evaluate(() => localStorage.setItem('logitlab.progress.v1', JSON.stringify({ overflow: { naive: { attempts: 1, correct: true, revealed: false } } })));
  await page.goto('/lessons/overflow');
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await expect(page.locator('.lesson-loading')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText('Overflow, underflow and the max trick');
});
