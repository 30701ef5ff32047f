import { test, expect, expectAxeClean, screenshots } from './fixtures';
import type { Locator } from '@playwright/test';

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
