import { test, expect, expectAxeClean } from './fixtures';

test('presenter mode: keyboard steps drive the widget, ask-the-class hides the answer, the speaker view follows', async ({ page, context }) => {
  await page.goto('/lessons/activation-gallery');
  const speaker = await context.newPage();
  await speaker.goto('/lessons/activation-gallery?speaker');
  await expect(speaker.getByRole('heading', { name: 'Speaker view' })).toBeVisible();

  await page.getByRole('button', { name: /Present/ }).click();
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 10');
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.prose > p').first()).toBeHidden();
  await expect(speaker.getByTestId('speaker-step')).toHaveText('Step 1 / 10');

  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 10');
  await expect(page.getByRole('slider', { name: 'Saturation threshold ε' })).toHaveAttribute('aria-valuetext', '1e−6');
  await expect(speaker.getByTestId('speaker-step')).toHaveText('Step 2 / 10');
  await expect(speaker.getByTestId('speaker-next')).toContainText('slope');

  await page.keyboard.press(' ');
  await expect(bar).toContainText('ask the class');
  const ex = page.locator('form[data-exercise="max-slope"]');
  await expect(ex.getByRole('button', { name: 'Check' })).toBeHidden();
  await page.keyboard.press('r');
  await expect(ex.locator('.exercise-explanation')).toContainText('0.25');

  // The speaker view drives the main window too.
  await speaker.getByRole('button', { name: /Next/ }).click();
  await expect(bar).toContainText('Step 4 / 10');
  await expect(page.getByRole('checkbox', { name: 'ReLU', exact: true })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(bar).toContainText('Step 3 / 10');
  await expectAxeClean(page);
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect(page.locator('.site-header')).toBeVisible();
});

test('?present starts presenting on load and applies step 1 once the widget has loaded', async ({ page }) => {
  await page.goto('/lessons/activation-gallery?present&gallery.pick=relu');
  await expect(page.getByRole('region', { name: 'Presenter controls' })).toContainText('Step 1 / 10');
  await expect(page.getByRole('checkbox', { name: 'tanh', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'ReLU', exact: true })).not.toBeChecked();
});
