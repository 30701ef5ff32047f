import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every journey fails on any console error or warning and on any uncaught page error.
 * Debian's Chromium prints nothing to the page console by itself, so anything here is ours.
 */
export const test = base.extend<{ consoleGuard: void; lazyWidgets: boolean }>({
  /**
   * Lessons mount widgets below the first screens only as the reader approaches them
   * (src/components/deferredMount.ts). Journeys reach any widget without scrolling, so by
   * default every waiting widget is mounted at once through the product's own
   * `logit-lab:mount-all` event; `test.use({ lazyWidgets: true })` keeps the reader's behaviour.
   */
  lazyWidgets: [false, { option: true }],
  context: async ({ context, lazyWidgets }, provide) => {
    if (!lazyWidgets) {
      await context.addInitScript(() => {
        new MutationObserver(() => {
          if (document.querySelector('[data-deferred-widget]')) document.dispatchEvent(new Event('logit-lab:mount-all'));
        }).observe(document, { childList: true, subtree: true });
      });
    }
    await provide(context);
  },
  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
      });
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      await use();
      expect(problems, 'console must stay clean').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** axe: no violation of serious or critical impact. */
export async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`),
    'axe serious/critical violations',
  ).toEqual([]);
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** Full-page screenshots at desktop and phone size, saved with the test output. */
export async function screenshots(page: Page, name: string): Promise<void> {
  for (const [label, size] of Object.entries(VIEWPORTS)) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `test-results/screenshots/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(VIEWPORTS.desktop);
}
