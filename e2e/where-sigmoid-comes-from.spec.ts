import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';
import type { Locator, Page } from '@playwright/test';
import { decisionBoundaries } from '../src/engine';

/** Widgets far down the page mount as the reader approaches them; mount them all now. */
async function mountAll(page: Page) {
  // Until the page has hydrated nobody listens for the event: send it until the widget is there.
  await expect(async () => {
    await page.evaluate(() => document.dispatchEvent(new Event('logit-lab:mount-all')));
    await expect(page.locator('[data-widget="gaussians2d"]')).toBeAttached({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

/** The "= v" number in the max-difference readout (U+2212 minus). */
async function maxDiff(readout: Locator): Promise<number> {
  const text = ((await readout.textContent()) ?? '').replace(/−/g, '-');
  return Number(/=\s*(-?[\d.]+(?:e-?\d+)?)/.exec(text)?.[1] ?? NaN);
}

test('equal spreads: Bayes posterior equals σ(wx + b); unequal: it does not', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Where the sigmoid comes from' }).click();
  await expect(page).toHaveURL(/\/lessons\/where-sigmoid-comes-from$/);
  await expect(page.locator('.prose .katex').first()).toBeVisible();

  const w = page.locator('[data-widget="gaussians"]');
  const readout = w.getByTestId('max-diff');
  expect(await maxDiff(readout)).toBeLessThan(1e-9);
  await expect(readout).toContainText('the same function');
  await expect(w.getByTestId('quadratic')).toContainText('a(x)');
  await expect(w.getByTestId('quadratic')).toHaveAttribute('data-a2', '0');

  // Move both means and the prior with the keyboard: still the same function.
  for (const name of ['Mean of class 1, μ₁', 'Mean of class 2, μ₂', 'Prior P(C₁) = π₁']) {
    await w.getByRole('slider', { name }).focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  }
  await expect(w.getByRole('slider', { name: 'Prior P(C₁) = π₁' })).toHaveAttribute('aria-valuetext', '0.56');
  expect(await maxDiff(readout)).toBeLessThan(1e-9);
  await expect(w.getByTestId('boundaries')).toContainText('x =');

  // Now widen class 2: the log-odds gets an x² term and the line can no longer follow.
  await w.getByRole('slider', { name: 'Spread of class 2, σ₂' }).focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(readout).toContainText('cannot follow');
  expect(await maxDiff(readout)).toBeGreaterThan(1e-3);
  await expect(w.getByTestId('quadratic')).not.toHaveAttribute('data-a2', '0');
  // A wide class 2 around a narrower class 1 gives two boundaries.
  await expect(w.getByTestId('boundaries')).toContainText(',');

  // Bernoulli: σ(η) then logit gives η back.
  const b = page.locator('[data-widget="bernoulli"]');
  await b.getByRole('slider', { name: 'Natural parameter η' }).focus();
  await page.keyboard.press('Home');
  await expect(b.getByTestId('bern-back')).toHaveText('−8');

  await expectAxeClean(page);
  await screenshots(page, 'where-sigmoid-comes-from');
});

test('where-sigmoid exercise: wrong boundary gets a hint, right one moves the widget, progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/where-sigmoid-comes-from');
  await answerWrongThenRight(page, 'boundary', { type: '2' }, { type: String(decisionBoundaries({ mu1: -1, sigma1: 1, mu2: 2, sigma2: 1, prior1: 0.5 })[0]) });
  const w = page.locator('[data-widget="gaussians"]');
  await expect(w.getByRole('slider', { name: 'Mean of class 2, μ₂' })).toHaveAttribute('aria-valuetext', '2');
  await expect(w.getByTestId('boundaries')).toContainText('x = 0.5');
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
  await expect(page.locator('form[data-exercise="boundary"] .exercise-explanation')).toBeVisible();
});

test('where-sigmoid presenter: → moves to step 2 and the prior goes to 0.9', async ({ page }) => {
  await page.goto('/lessons/where-sigmoid-comes-from?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 10');
  const prior = page.locator('[data-widget="gaussians"]').getByRole('slider', { name: 'Prior P(C₁) = π₁' });
  await expect(prior).toHaveAttribute('aria-valuetext', '0.5');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 10');
  await expect(prior).toHaveAttribute('aria-valuetext', '0.9');
});

test('where-sigmoid: show the code for the posterior and the logistic', async ({ page }) => {
  await page.goto('/lessons/where-sigmoid-comes-from?gaussians.s2=2');
  const w = page.locator('[data-widget="gaussians"]');
  await w.getByText('Show the code').click();
  await expect(w.locator('.code-block')).toContainText('mu1, s1, mu2, s2, prior = 1.0, 1.0, -1.5, 2.0, 0.5');
  await expect(w.locator('.code-block')).toContainText('norm.pdf(x, mu1, s1)');
  await w.getByRole('radio', { name: 'NumPy' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(w.locator('.code-block')).toContainText('torch.sigmoid(w * x + b)');
});

test('two dimensions: a shared Σ keeps σ(wᵀx + b) exact through drags and keys; unequal Σ bends the boundary', async ({ page }) => {
  test.setTimeout(180_000); // axe over the whole lesson is slow on a loaded 2-core machine
  await page.goto('/lessons/where-sigmoid-comes-from');
  await mountAll(page);
  const w = page.locator('[data-widget="gaussians2d"]');
  await w.scrollIntoViewIfNeeded();
  const gap = w.getByTestId('plane-gap');
  await expect(gap).toContainText('the same function');
  expect(await maxDiff(gap)).toBeLessThan(1e-9);
  await expect(w.getByTestId('plane-shape')).toHaveAttribute('data-linear', 'true');

  // Keyboard: focus μ₁ and move it; the label follows, the identity holds.
  const m1 = w.getByRole('button', { name: /Mean of class 1/ });
  await m1.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(m1).toHaveAccessibleName(/at \(0\.7, 1\.3\)/);
  expect(await maxDiff(gap)).toBeLessThan(1e-9);

  // Pointer: drag μ₂ to the lower right.
  const m2 = w.locator('[data-mean="2"]');
  const box = await m2.boundingBox();
  if (!box) throw new Error('no μ₂ handle');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await expect(w.getByRole('button', { name: /Mean of class 2/ })).not.toHaveAccessibleName(/at \(−1, −0\.8\)/);
  expect(await maxDiff(gap)).toBeLessThan(1e-9);
  await expect(page).toHaveURL(/gaussians2d\.m1x=0\.7/);

  // Correlation slider, then class 2 gets its own Σ.
  await w.getByRole('slider', { name: 'Class 1 correlation ρ' }).focus();
  await page.keyboard.press('PageDown');
  await w.getByRole('checkbox', { name: /Shared Σ/ }).uncheck();
  await expect(w.getByTestId('plane-shape')).toHaveAttribute('data-linear', 'false');
  await expect(gap).toContainText('no straight line');
  expect(await maxDiff(gap)).toBeGreaterThan(1e-3);
  await expect(w.getByRole('slider', { name: 'Class 2 spread along x₁, σx' })).toBeVisible();
  await expectAxeClean(page);

  // The embed takes the same parameters.
  await page.goto('/embed/gaussians2d?gaussians2d.shared=0&gaussians2d.r1=-0.6');
  await expect(page.getByTestId('plane-shape')).toHaveAttribute('data-linear', 'false');
  await expect(page.getByRole('slider', { name: 'Class 1 correlation ρ' })).toHaveAttribute('aria-valuetext', '−0.6');
});

test('two dimensions: the tilt exercise, then screenshots in both languages and themes', async ({ page }) => {
  test.setTimeout(240_000); // eight screenshots, each after a page load
  await page.goto('/lessons/where-sigmoid-comes-from');
  await mountAll(page);
  await answerWrongThenRight(page, 'plane-tilt', { choose: 'Perpendicular: the vertical line x₁ = 0' }, { choose: 'Tilted' });
  const w = page.locator('[data-widget="gaussians2d"]');
  await expect(w.getByRole('slider', { name: 'Class 1 correlation ρ' })).toHaveAttribute('aria-valuetext', '0.8');
  for (const lang of ['en', 'zh'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      await page.goto(`/lessons/where-sigmoid-comes-from?lang=${lang}&gaussians2d.shared=0`);
      await page.emulateMedia({ colorScheme: theme });
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      await mountAll(page);
      for (const [name, size] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
        await page.setViewportSize(size);
        const el = page.locator('[data-widget="gaussians2d"]');
        await el.scrollIntoViewIfNeeded();
        await page.waitForTimeout(200);
        await el.screenshot({ path: `test-results/screenshots/where-sigmoid-plane-${lang}-${theme}-${name}.png` });
      }
    }
  }
});
