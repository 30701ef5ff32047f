import { existsSync } from 'node:fs';
import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { builtLessons, embeds } from './quality/routes';

test('home lists every lesson of the build, each a link', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Logit Lab' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Lessons' }).first();
  // All thirteen in the site's build; a partial build (LESSONS_ONLY) lists just its own.
  await expect(nav.getByRole('listitem')).toHaveCount(builtLessons.length);
  await expect(nav.getByRole('link', { name: 'Activation functions side by side' })).toBeVisible();
  for (const item of await nav.getByRole('listitem').all()) await expect(item.getByRole('link')).toHaveCount(1);
  await expectAxeClean(page);
  await screenshots(page, 'home');
});

test('a lesson URL survives a reload and unknown URLs get a not-found page', async ({ page }) => {
  await page.goto('/lessons/activation-gallery');
  await expect(page.getByRole('heading', { level: 1, name: 'Activation functions side by side' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Activation functions side by side' })).toBeVisible();
  await page.goto('/lessons/no-such-lesson');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('theme toggle and language switch work and are remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAxeClean(page);
  await page.getByLabel('Language').selectOption('zh');
  await expect(page.getByRole('main').getByRole('heading', { name: '课程', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.goto('/?lang=en');
  await expect(page.getByRole('main').getByRole('heading', { level: 2, name: 'Lessons' })).toBeVisible();
});

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/lessons/activation-gallery');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // WebAssembly compilation only ('wasm-unsafe-eval'): JavaScript eval stays blocked.
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'/);
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('after one visit the app reloads offline, lessons included', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    return reg.active?.state;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Logit Lab' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Activation functions side by side' }).click();
  await expect(page.getByTestId('saturation-readout')).toContainText('Sigmoid');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Activation functions side by side' })).toBeVisible();
  await context.setOffline(false);
});

test('the static build has a page for every deep link, so any static host serves them', async () => {
  const out = process.env.E2E_OUT ?? 'dist';
  const missing = [
    '404.html',
    ...builtLessons.map((s) => `lessons/${s}/index.html`),
    ...embeds.map((e) => `embed/${e.id}/index.html`),
  ].filter((f) => !existsSync(`${out}/${f}`));
  expect(missing).toEqual([]);
  expect(builtLessons.length).toBeGreaterThan(0);
});
