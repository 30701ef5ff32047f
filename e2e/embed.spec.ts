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
  // Embeds load KaTeX after the widget (katexRuntime.lazy.ts): the live formula still arrives.
  await expect(page.getByTestId('formula-gelu').locator('.katex-html')).toBeVisible();
  await expect(page.locator('.equation-pending')).toHaveCount(0);
  await expectAxeClean(page);
});

test('an embed whose formula typesetter cannot load still shows the formula, as its source', async ({ page }) => {
  // KaTeX loads after the widget in embeds; if that chunk fails (offline, blocked), the
  // formula falls back to its TeX source and the widget keeps working.
  await page.route(/\/assets\/katex-[\w-]+\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: "throw new Error('no KaTeX here');" }));
  await page.goto('/embed/gallery?gallery.pick=gelu');
  const formula = page.getByTestId('formula-gelu');
  await expect(formula.locator('.equation-source')).toContainText('\\mathrm{GELU}(x) = x\\,\\Phi(x)');
  await expect(page.locator('.equation-pending')).toHaveCount(0);
  await page.getByRole('slider', { name: 'Saturation threshold ε' }).press('End');
  await expect(page.getByRole('slider', { name: 'Saturation threshold ε' })).toHaveAttribute('aria-valuetext', '0.5');
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
  const h2 = page.locator('body > h2'); // not the widgets' own h2s in the <logit-lab-widget> shadow roots
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
  const code = page.locator('#gallery').getByLabel('iframe snippet (with automatic height)'); // gelu-approx has one too
  await expect(code).toBeVisible();
  await expect(code).toHaveValue(/\/embed\/gallery\?gallery\.eps=0\.002/);
  await expectAxeClean(page);
});

/** Serves a page on another loopback origin (see the blog test above); returns its URL. */
async function serveOnOtherOrigin(html: string): Promise<{ url: string; close: () => void }> {
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/post`, close: () => server.close() };
}

test('the blog fixture: <logit-lab-widget> elements render their widgets in shadow roots, host styles untouched', async ({ page, baseURL }) => {
  const blog = await serveOnOtherOrigin(readFileSync('e2e/fixtures/blog.html', 'utf8').replaceAll('{{ORIGIN}}', baseURL ?? ''));
  await page.goto(blog.url);
  const gallery = page.locator('#el-gallery');
  const needles = page.locator('#el-needles');
  // Each element gets its own params (never the page URL's).
  await expect(gallery.getByRole('checkbox', { name: 'GELU', exact: true })).toBeChecked();
  await expect(gallery.getByRole('checkbox', { name: 'tanh', exact: true })).not.toBeChecked();
  await expect(gallery.getByRole('slider', { name: 'Saturation threshold ε' })).toHaveAttribute('aria-valuetext', '0.001');
  await expect(needles.getByTestId('needles-readout')).toContainText('2 tokens share the highest score (t3, t6)');
  // An unknown name: a visible message, not a blank box.
  await expect(page.locator('#el-missing').getByRole('alert')).toContainText('There is no widget called “no-such-widget”');
  expect(await page.locator('#el-missing').evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(20);
  // Normal flow content: the elements are as tall as their widgets.
  expect(await gallery.evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(400);

  // Styles stay inside: nothing added to the host page's head, its h2 keeps its colour…
  expect(await page.evaluate(() => document.querySelectorAll('style, link[rel="stylesheet"], link[rel="modulepreload"]').length)).toBe(1);
  const hostH2 = page.locator('body > h2');
  expect(await hostH2.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(128, 0, 0)');
  expect(await hostH2.evaluate((e) => getComputedStyle(e).fontSize)).toBe('28px');
  // …and the host's styles stay out: the widgets' headings use the widget's own colours and font.
  const galleryTitle = gallery.getByRole('heading', { level: 2 });
  const needlesTitle = needles.getByRole('heading', { level: 2 });
  expect(await galleryTitle.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(232, 236, 241)'); // theme="dark" --text
  expect(await needlesTitle.evaluate((e) => getComputedStyle(e).color)).toBe('rgb(29, 35, 43)'); // light --text
  expect(await needlesTitle.evaluate((e) => getComputedStyle(e).fontFamily)).not.toContain('Georgia');
  expect(await gallery.locator('.widget').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(26, 32, 40)');
  // Widget CSS imported by a lesson (attention-gates.css) reached the needles shadow root.
  expect(await needles.evaluate((e) => e.shadowRoot?.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('.ag-pair'))))).toBe(true);

  // KaTeX: its fonts come from next to the script (another origin), under scoped names.
  await expect(gallery.locator('.katex').first()).toBeVisible();
  await expect
    .poll(() => page.evaluate(async () => (await document.fonts.ready, [...document.fonts].some((f) => f.family === 'LogitLabKaTeX_Main' && f.status === 'loaded'))))
    .toBe(true);

  // Copy link / Embed would copy the host page's URL: hidden; Reset stays.
  await expect(gallery.getByRole('button', { name: 'Embed' })).toBeHidden();
  await expect(gallery.getByRole('button', { name: 'Copy link' })).toBeHidden();
  await expect(gallery.getByRole('button', { name: 'Reset' })).toBeVisible();
  // The link back opens the lesson on Logit Lab's origin, with the same state.
  await expect(gallery.getByRole('link', { name: /Open “Activation functions side by side” in Logit Lab/ })).toHaveAttribute(
    'href',
    `${baseURL}/lessons/activation-gallery?gallery.pick=gelu&gallery.eps=0.001#gallery`,
  );
  blog.close();
});

test('keyboard works inside a <logit-lab-widget> shadow root, and the host URL is left alone', async ({ page, baseURL }) => {
  const blog = await serveOnOtherOrigin(readFileSync('e2e/fixtures/blog.html', 'utf8').replaceAll('{{ORIGIN}}', baseURL ?? ''));
  await page.goto(blog.url);
  const slider = page.locator('#el-gallery').getByRole('slider', { name: 'Saturation threshold ε' });
  await expect(slider).toHaveAttribute('aria-valuetext', '0.001');
  await page.locator('#before-elements').focus();
  const focused = () => slider.evaluate((e) => (e.getRootNode() as ShadowRoot).activeElement === e);
  for (let i = 0; i < 40 && !(await focused()); i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(slider).not.toHaveAttribute('aria-valuetext', '0.001');
  await page.waitForTimeout(400); // longer than the widget store's URL write delay (mirrorToUrl)
  expect(page.url()).toBe(blog.url);
  blog.close();
});

test('<logit-lab-widget lang="zh"> speaks Chinese without touching the host page’s language', async ({ page, baseURL }) => {
  const blog = await serveOnOtherOrigin(
    `<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>博客</title></head><body>
      <logit-lab-widget name="needles" lang="zh" theme="light"></logit-lab-widget>
      <logit-lab-widget name="nope" lang="en"></logit-lab-widget>
      <script type="module" src="${baseURL}/embed/logit-lab.js"></script></body></html>`,
  );
  await page.goto(blog.url);
  // One language per page: the first element with a lang attribute decides.
  await expect(page.getByRole('heading', { name: '两个相关的 token 必须平分吗？softmax 权重与 sigmoid 门控' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('没有名为“nope”的组件');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  blog.close();
});
