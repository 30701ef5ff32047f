import { test, expect } from './fixtures';

// The reader's behaviour, not the journeys' default (fixtures.ts mounts every widget at once).
test.use({ lazyWidgets: true });

const LESSON = '/lessons/sigmoid-in-hardware';

test('widgets below the first screens wait for the reader; nothing shifts; scrolling, links and printing mount them', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((l) => {
      for (const e of l.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(LESSON);
  await expect(page.locator('.prose h1, .prose h2').first()).toBeVisible();
  const waiting = page.locator('[data-deferred-widget]');
  const frames = page.locator('[data-widget]');
  // Widgets on or near the first screens mount before the first paint; the others wait.
  await expect.poll(() => waiting.count()).toBeGreaterThan(0);
  await page.waitForTimeout(1500);
  const before = await waiting.count();
  expect(before, 'loading alone mounts nothing more').toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.05);

  // Reading (a scroll) mounts the rest in the background, in page order.
  await page.mouse.wheel(0, 400);
  await expect(waiting).toHaveCount(0, { timeout: 30_000 });
  const total = await frames.count();

  // Printing mounts everything synchronously, before the print snapshot.
  await page.goto(LESSON);
  await expect.poll(() => waiting.count()).toBeGreaterThan(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(waiting).toHaveCount(0);
  await expect(frames).toHaveCount(total);

  // A link to the last widget finds it.
  const lastId = await frames.last().getAttribute('id');
  expect(lastId).toBeTruthy();
  await page.goto(`${LESSON}#${lastId}`);
  await expect(page.locator(`[id="${lastId}"]`)).toBeAttached();
});
