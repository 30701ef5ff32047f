import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect, expectAxeClean } from './fixtures';

test('an embed renders one widget alone, restores its state and links back to the lesson', async ({ page }) => {
  await page.goto('/embed/gallery?gallery.pick=gelu&gallery.eps=0.001');
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'GELU', exact: true })).toBeChecked();
  await expect(page.getByRole('slider', { name: 'Saturation threshold ε' })).toHaveAttribute('aria-valuetext', '0.001');
  const back = page.getByRole('link', { name: /Open “Activation functions side by side” in Logit Lab/ });
  await expect(back).toHaveAttribute('href', '/lessons/activation-gallery?gallery.pick=gelu&gallery.eps=0.001#gallery');
  await expectAxeClean(page);
});

test('an unknown widget id gets a clear message, not a blank page', async ({ page }) => {
  await page.goto('/embed/no-such-widget');
  await expect(page.getByRole('alert')).toContainText('There is no widget called “no-such-widget”');
});

test('the blog fixture: two iframes size themselves and leave the page’s styles alone', async ({ page, baseURL }) => {
  const html = readFileSync('e2e/fixtures/blog.html', 'utf8').replaceAll('{{ORIGIN}}', baseURL ?? '');
  // The blog is another origin on loopback: a real server on its own port (Chromium refuses
  // to let a page it considers public frame a local one, so a routed fake host won't do).
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  test.info().attach('blog port', { body: String((server.address() as AddressInfo).port) });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/post`);
  const h2 = page.locator('h2');
  const before = await h2.evaluate((e) => getComputedStyle(e).color);
  await expect.poll(() => page.evaluate(() => Object.keys((window as unknown as { heights: object }).heights).length)).toBe(2);
  const frame = page.frameLocator('#embed-1');
  await expect(frame.getByRole('checkbox', { name: 'tanh', exact: true })).toBeChecked();
  const h = await page.locator('#embed-1').evaluate((e) => e.getBoundingClientRect().height);
  expect(h).toBeGreaterThan(400); // grew from 200 to the widget's full height
  await expect(page.frameLocator('#embed-2').locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await h2.evaluate((e) => getComputedStyle(e).color)).toBe(before);
  expect(before).toBe('rgb(128, 0, 0)');
  server.close();
});

test('the Embed button offers an iframe snippet for the current state', async ({ page }) => {
  await page.goto('/lessons/activation-gallery?gallery.eps=0.002');
  await page.locator('#gallery').getByRole('button', { name: 'Embed' }).click();
  const code = page.getByLabel('iframe snippet (with automatic height)');
  await expect(code).toBeVisible();
  await expect(code).toHaveValue(/\/embed\/gallery\?gallery\.eps=0\.002/);
  await expectAxeClean(page);
});
