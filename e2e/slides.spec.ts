import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The reveal.js example deck (examples/reveal-deck) drives iframe embeds through their
 * postMessage API (src/embed/README.md), and embeds leave the host page's scroll wheel alone.
 *
 * The deck is served from the repository by a small static server on its own loopback port —
 * only examples/reveal-deck/ and reveal.js's dist/ — so it is another origin than Logit Lab's
 * preview server, as a real deck would be (and Chromium will not let a routed fake host frame
 * a local page: see the blog fixture in embed.spec.ts).
 */
const REPO = resolve('.');
const SERVED = [resolve('examples/reveal-deck') + sep, resolve('node_modules/reveal.js/dist') + sep];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };

async function serveRepo(): Promise<{ origin: string; close: () => void }> {
  const server: Server = createServer((req, res) => {
    let file = '';
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      file = resolve(REPO, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    } catch {
      // a malformed path: 404 below
    }
    if (!SERVED.some((dir) => file.startsWith(dir)) || !Object.hasOwn(TYPES, extname(file))) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': `${TYPES[extname(file)]}; charset=utf-8` }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

interface StateReport {
  type: string;
  id: string;
  state: { t?: unknown; z?: unknown; focus?: unknown; pick?: unknown };
}

/** Keeps every logit-lab:state message the deck (the top window) receives, in order. */
async function recordReports(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    const reports: unknown[] = [];
    (window as unknown as { llReports: unknown[] }).llReports = reports;
    window.addEventListener('message', (e: MessageEvent<{ type?: unknown } | null>) => {
      if (e.data && typeof e.data === 'object' && e.data.type === 'logit-lab:state') reports.push(e.data);
    });
  });
}
const reports = (page: Page) => page.evaluate(() => (window as unknown as { llReports: StateReport[] }).llReports);

test('the reveal.js example deck steps a widget through its fragments, and the widget reports back', async ({ page, baseURL }) => {
  const deck = await serveRepo();
  await recordReports(page);
  await page.goto(`${deck.origin}/examples/reveal-deck/?logitlab=${encodeURIComponent(baseURL ?? '')}`);
  await expect(page.getByRole('heading', { name: 'Softmax and temperature' })).toBeVisible();

  const frame = page.frameLocator('#temp-frame');
  const slider = frame.getByRole('slider', { name: 'Temperature T (log scale)' });
  const report = page.locator('.ll-report[data-for="temp-frame"]');
  const pWent = async () => Number(await frame.getByTestId('p-went').getAttribute('data-value'));

  await page.keyboard.press('ArrowRight'); // slide 2: T = 1
  await expect(page.getByRole('heading', { name: 'Cool it down, heat it up' })).toBeVisible();
  await expect(slider).toHaveAttribute('aria-valuetext', '1');
  await expect(report).toHaveText('The widget reports t = 1');
  expect(await pWent()).toBeCloseTo(0.66524, 4);

  await page.keyboard.press('ArrowRight'); // fragment: T = 0.1
  await expect(slider).toHaveAttribute('aria-valuetext', '0.1');
  await expect(report).toHaveText('The widget reports t = 0.1');
  expect(await pWent()).toBeGreaterThan(0.9999);

  await page.keyboard.press('ArrowRight'); // fragment: T = 10
  await expect(slider).toHaveAttribute('aria-valuetext', '10');
  await expect(report).toHaveText('The widget reports t = 10');
  expect(await pWent()).toBeCloseTo(0.3498, 4); // flatter: softmax([3.8, 2, 4, 3.9])

  await page.keyboard.press('ArrowLeft'); // back a step: T = 0.1 again
  await expect(slider).toHaveAttribute('aria-valuetext', '0.1');
  await expect(report).toHaveText('The widget reports t = 0.1');

  // The deck heard each state, from the right widget, whole and valid.
  const temps = (await reports(page)).filter((r) => r.id === 'temperature');
  expect(temps.map((r) => r.state.t)).toEqual(expect.arrayContaining([1, 0.1, 10]));
  for (const r of temps) expect(r.state).toEqual({ z: [38, 20, 40, 39], t: expect.any(Number), focus: 'went' });

  // The deck sizes each iframe from logit-lab:height: the embed never scrolls inside.
  const fit = await frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
  expect(fit).toBeLessThanOrEqual(0);
  expect(await page.locator('#temp-frame').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(1000);

  // Next slide: another widget, its own state per fragment.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Which activations saturate?' })).toBeVisible();
  const gallery = page.frameLocator('#gallery-frame');
  await expect(gallery.getByRole('checkbox', { name: 'Sigmoid', exact: true })).toBeChecked();
  await expect(gallery.getByRole('checkbox', { name: 'tanh', exact: true })).not.toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(gallery.getByRole('checkbox', { name: 'tanh', exact: true })).toBeChecked();
  await expect(page.locator('.ll-report[data-for="gallery-frame"]')).toHaveText('The widget reports pick = sigmoid, tanh');
  deck.close();
});

test('hostile messages to an embed leave its widget valid, and Object.prototype alone', async ({ page, baseURL }) => {
  const deck = await serveRepo();
  await recordReports(page);
  await page.goto(`${deck.origin}/examples/reveal-deck/?logitlab=${encodeURIComponent(baseURL ?? '')}#/1`);
  const frame = page.frameLocator('#temp-frame');
  const slider = frame.getByRole('slider', { name: 'Temperature T (log scale)' });
  await expect(slider).toHaveAttribute('aria-valuetext', '1');
  await expect(page.locator('.ll-report[data-for="temp-frame"]')).toHaveText('The widget reports t = 1');

  await page.evaluate(() => {
    const target = document.querySelector<HTMLIFrameElement>('#temp-frame')?.contentWindow;
    if (!target) throw new Error('no frame');
    const set = (values: unknown) => ({ type: 'logit-lab:set', id: 'temperature', values });
    const junk: unknown[] = [
      null,
      42,
      'logit-lab:set',
      '{broken json',
      'x'.repeat(1_000_000),
      '{"type":"logit-lab:set","id":"temperature","values":{"__proto__":{"polluted":true},"t":"hot"}}',
      set({ t: 'hot', z: 'a,b', focus: 42 }),
      set({ t: Number.NaN, z: new Array(200_000).fill(1e308), focus: ['went'] }),
      set({ t: -Infinity, z: [1, null, 'x', {}] }),
      set([1, 2, 3]),
      set(null),
      set(new Map([['t', 5]])),
      { type: 'logit-lab:set', id: 'gallery', values: { t: 50 } },
      { type: 'logit-lab:set', values: { t: 50 } },
      { type: 'toString', id: 'temperature' },
      { type: '__proto__', id: 'temperature' },
      { method: 'constructor', args: [] },
      { method: 'setState', args: 'x' },
      { method: 'setState', args: [{ focus: 'goes', z: [1, 2, 3, 4, 5, 6, 7, 8] }] }, // reveal.js form: applied, cut to 4
      set({ t: Number.MAX_VALUE * 10 }), // Infinity: clamped to the slider's top
      set(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"t":0.5}') as unknown),
    ];
    for (const m of junk) target.postMessage(m, '*');
    target.postMessage({ type: 'logit-lab:get', id: 'temperature' }, '*');
  });

  // Whatever arrived, the widget holds a valid state: the last good values, the rest clamped or defaulted.
  await expect(slider).toHaveAttribute('aria-valuetext', '0.5');
  await expect(frame.getByRole('combobox', { name: 'Show the formula for' })).toHaveValue('goes');
  await expect(frame.getByRole('textbox', { name: 'Logit of “comes”' })).toHaveValue('4');
  await expect.poll(async () => (await reports(page)).at(-1)?.state).toEqual({ z: [1, 2, 3, 4], t: 0.5, focus: 'goes' });
  expect(await frame.locator('html').evaluate(() => (Object.prototype as Record<string, unknown>).polluted === undefined)).toBe(true);
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted === undefined)).toBe(true);
  // Still a working widget: the keyboard moves it, and the deck hears of it.
  await slider.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '100');
  await expect.poll(async () => (await reports(page)).at(-1)?.state.t).toBe(100);
  deck.close();
});

test('a mouse wheel over an embed scrolls the host page; iframes fit their widget as it grows and shrinks', async ({ page, baseURL }) => {
  const html = readFileSync('e2e/fixtures/blog.html', 'utf8').replaceAll('{{ORIGIN}}', baseURL ?? '');
  const server: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/post`);
  await expect.poll(() => page.evaluate(() => Object.keys((window as unknown as { heights: object }).heights).length)).toBe(2);
  const iframe = page.locator('#embed-1');
  const frame = page.frameLocator('#embed-1');
  await expect(frame.getByRole('checkbox', { name: 'tanh', exact: true })).toBeChecked();
  // Nothing to scroll inside the iframe: it is exactly as tall as its document.
  const overflow = () => frame.locator('html').evaluate((h) => ({ y: h.scrollHeight - h.clientHeight, x: h.scrollWidth - h.clientWidth, blank: h.clientHeight - h.getBoundingClientRect().height }));
  await expect.poll(overflow).toEqual({ y: 0, x: 0, blank: expect.any(Number) });
  expect((await overflow()).blank).toBeLessThan(1);

  const wheelOver = async (target: ReturnType<Page['locator']>) => {
    await target.evaluate((e) => window.scrollTo(0, e.getBoundingClientRect().top + window.scrollY - 80));
    const box = await target.boundingBox();
    if (!box) throw new Error('not laid out');
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.move(box.x + box.width / 2, 400); // over the widget's plot and controls
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThanOrEqual(before + 250);
  };
  await wheelOver(iframe);
  expect(await frame.locator('html').evaluate(() => window.scrollY)).toBe(0);
  await wheelOver(page.locator('#el-gallery')); // and over a <logit-lab-widget> in the page

  // A widget that gets shorter says so: the iframe shrinks with it (no blank band under it).
  const tall = await iframe.evaluate((e) => e.getBoundingClientRect().height);
  await iframe.evaluate((e) => e.scrollIntoView());
  await frame.getByRole('checkbox', { name: 'tanh', exact: true }).uncheck();
  await expect.poll(() => iframe.evaluate((e) => e.getBoundingClientRect().height)).toBeLessThan(tall - 20);
  await expect.poll(overflow).toEqual({ y: 0, x: 0, blank: expect.any(Number) });
  expect((await overflow()).blank).toBeLessThan(1);
  server.close();
});
