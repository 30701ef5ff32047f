import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * Every journey fails on any console error or warning and on any uncaught page error.
 * Debian's Chromium prints nothing to the page console by itself, so anything here is ours.
 */
/**
 * A lesson page arrives as prerendered HTML (scripts/prerender.mjs) that looks like the app
 * before the app runs: navigation waits for the app's ready mark, as a reader would wait for
 * the page to respond, so no journey clicks a button React has not taken over yet.
 */
async function untilAppReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('#root[data-prerendered]') || document.documentElement.dataset.app === 'ready');
}

export const test = base.extend<{ consoleGuard: void; lazyWidgets: boolean }>({
  page: async ({ page, javaScriptEnabled }, provide) => {
    if (javaScriptEnabled === false) {
      await provide(page);
      return;
    }
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const res = await goto(...args);
      await untilAppReady(page);
      return res;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const res = await reload(...args);
      await untilAppReady(page);
      return res;
    };
    await provide(page);
  },
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
        // The placeholders of a prerendered lesson are in the HTML before the app runs, and
        // hydrating them changes no node: the app's ready mark (an attribute) is the cue there.
        new MutationObserver(() => {
          if (document.documentElement.dataset.app === 'ready' && document.querySelector('[data-deferred-widget]')) document.dispatchEvent(new Event('logit-lab:mount-all'));
        }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-app'] });
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
