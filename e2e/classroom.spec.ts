import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * "Customize for class": an instructor hides two controls, locks one, sets a starting state
 * and picks two exercises; the link (and its QR code) opens exactly that in a fresh browser,
 * in English and in Chinese. Hostile class links fall back with a notice.
 */
const LESSON = '/lessons/softmax-temperature';
const guard = (page: Page, problems: string[]) => {
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
};

async function makeClassLink(page: Page, lang: 'en' | 'zh'): Promise<{ link: string; went: string; exercises: string[] }> {
  await page.goto(`${LESSON}?lang=${lang}`);
  // Widgets below the first screen mount lazily; mount them all as print and presenter mode do.
  await page.evaluate(() => document.dispatchEvent(new Event('logit-lab:mount-all')));
  const temp = page.locator('#temperature');
  await expect(temp.locator('input[type=range]')).toHaveCount(1);
  // The starting state: T = 0.5 (typed) and 100 samples.
  const typed = temp.locator('.controls input[type=text]');
  await typed.fill('0.5');
  await expect(temp.locator('input[type=range]')).toHaveAttribute('aria-valuetext', '0.5');
  await page.locator('#sampling .segmented input[value="100"]').check();
  const went = (await page.getByTestId('p-went').getAttribute('data-value')) ?? '';

  await page.locator('.customize-button').click();
  const dialog = page.locator('dialog.customize-dialog');
  await expect(dialog).toBeVisible();
  await dialog.locator('select[data-param="temperature.t"]').selectOption('hidden');
  await dialog.locator('select[data-param="sampling.seed"]').selectOption('hidden');
  await dialog.locator('select[data-param="temperature.focus"]').selectOption('locked');
  // Two exercises: keep the first two the dialog lists, untick the rest.
  const boxes = dialog.locator('input[data-exercise-id]');
  const ids = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).dataset.exerciseId ?? ''));
  expect(ids.length).toBeGreaterThan(2);
  for (const id of ids.slice(2)) await dialog.locator(`input[data-exercise-id="${id}"]`).uncheck();
  await expect(dialog.locator('.customize-summary')).toContainText(lang === 'en' ? '2 hidden, 1 locked, 2 of' : '隐藏 2 项，锁定 1 项，练习 2 /');
  // A QR code of the link: an SVG with a real module grid.
  const qr = dialog.locator('svg.qr-code');
  await expect(qr).toBeVisible();
  expect(Number(await qr.getAttribute('data-modules'))).toBeGreaterThanOrEqual(21);
  const link = await dialog.locator('input[data-class-link]').inputValue();
  expect(link).toContain('class.hide=');
  expect(link).toContain(`lang=${lang}`);
  return { link, went, exercises: ids.slice(0, 2) };
}

async function openFresh(browser: Browser, link: string, problems: string[]): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  guard(page, problems);
  await page.goto(link);
  return page;
}

for (const lang of ['en', 'zh'] as const) {
  test(`a class link opens exactly its setup in a fresh browser (${lang})`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    const made = await makeClassLink(page, lang);
    const problems: string[] = [];
    const fresh = await openFresh(browser, made.link, problems);
    await expect(fresh.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
    const temp = fresh.locator('#temperature');
    await expect(fresh.locator('[data-class-banner]')).toBeVisible();
    // Hidden: both controls of T (slider and typed field), and the sampling seed.
    await expect(temp.locator('.st-focus select')).toBeVisible();
    await expect(temp.locator('input[type=range]')).toHaveCount(0);
    await expect(temp.locator('.controls input[type=text]')).toHaveCount(0);
    await expect(fresh.locator('#sampling input[type=range]')).toHaveCount(1);
    await expect(fresh.locator('#sampling .st-seed input[type=text]')).toHaveCount(0);
    await expect(fresh.locator('#sampling .st-seed button[data-param="seed"]')).toBeHidden();
    // Locked: the focus word is shown, disabled, marked.
    await expect(temp.locator('.st-focus select')).toBeDisabled();
    await expect(temp.locator('.st-focus .lock-mark')).toBeVisible();
    // The starting state: T = 0.5 (same probabilities) and 100 samples.
    await expect(fresh.getByTestId('p-went')).toHaveAttribute('data-value', made.went);
    await expect(fresh.locator('#sampling .segmented input[value="100"]')).toBeChecked();
    // Exactly the two chosen exercises.
    await expect(fresh.locator('[data-exercise]')).toHaveCount(2);
    const shown = await fresh.locator('[data-exercise]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.exercise));
    expect(shown.sort()).toEqual([...made.exercises].sort());
    // Reset goes back to the link's state, not the defaults; a locked value stays.
    await fresh.locator('#sampling .segmented input[value="10000"]').check();
    await fresh.locator('#sampling .widget-actions button').last().click();
    await expect(fresh.locator('#sampling .segmented input[value="100"]')).toBeChecked();
    await fresh.locator('#temperature .widget-actions button').last().click();
    await expect(fresh.getByTestId('p-went')).toHaveAttribute('data-value', made.went);
    expect(problems).toEqual([]);
    await fresh.context().close();
  });
}

test('hostile and stale class links fall back with a visible notice, never break', async ({ browser }) => {
  test.setTimeout(120_000);
  const links = [
    'class.hide=temperature.nope,ghost.t,%3Cscript%3E&class.lock=temperature.focus&class.ex=gone,also-gone',
    'class.hide=__proto__.t,constructor.x,temperature.constructor&class.ex=',
    `class.lock=${Array.from({ length: 400 }, (_, i) => `temperature.x${i}`).join(',')}`,
    'class.ex=cold-limit,%F0%9F%98%80&class.hide=temperature.t,temperature.t&temperature.t=abc',
  ];
  for (const q of links) {
    const problems: string[] = [];
    const page = await openFresh(browser, `${LESSON}?lang=en&${q}`, problems);
    await expect(page.locator('#temperature')).toBeVisible();
    await expect(page.locator('[data-class-notice]')).toBeVisible();
    await expect(page.locator('[data-exercise]').first()).toBeVisible();
    expect(problems, q).toEqual([]);
    await page.context().close();
  }
  // The stale exercise list shows every exercise, and the valid lock still holds.
  const problems: string[] = [];
  const page = await openFresh(browser, `${LESSON}?lang=en&${links[0]}`, problems);
  await expect(page.locator('#temperature .st-focus select')).toBeDisabled();
  await expect(page.locator('[data-class-notice]')).toContainText('showing them all');
  expect(await page.locator('[data-exercise]').count()).toBeGreaterThan(2);
  await page.context().close();
});

test('fuzz: random class parameters never throw or lose the page', async ({ browser }) => {
  test.setTimeout(180_000);
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const atoms = ['temperature.t', 'temperature.focus', 'sampling.n', 'sampling.seed', 'x', '.', ',', '%2C', '%00', 'none', 'cold-limit', 'went-at-1', 'temperature.', '💥', 'a'.repeat(80)];
  const problems: string[] = [];
  const context = await browser.newContext();
  const page = await context.newPage();
  guard(page, problems);
  for (let i = 0; i < 8; i++) {
    const list = () => Array.from({ length: 1 + Math.floor(rnd() * 5) }, () => atoms[Math.floor(rnd() * atoms.length)]).join(',');
    const q = new URLSearchParams({ lang: i % 2 ? 'zh' : 'en', 'class.hide': list(), 'class.lock': list(), 'class.ex': list() });
    await page.goto(`${LESSON}?${q.toString()}`);
    await expect(page.locator('#temperature .plot').first()).toBeVisible();
    await expect(page.locator('[data-class-banner]')).toBeVisible();
    expect(problems, q.toString()).toEqual([]);
  }
  await context.close();
});
