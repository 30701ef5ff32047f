import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';

test('backprop renders in English and Chinese', async ({ page }) => {
  await page.goto('/lessons/backprop');
  await expect(page.locator('.prose .katex').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /How does the error flow back/ })).toBeVisible();
  await page.goto('/lessons/backprop?lang=zh');
  await expect(page.getByRole('heading', { name: /误差如何逐层反向传回/ })).toBeVisible();
  await expect(page.getByText('反向传播', { exact: false }).first()).toBeVisible();
});

test('backward steps: the keyboard walks δ back layer by layer; the gradient check agrees', async ({ page }) => {
  await page.goto('/lessons/backprop');
  const next = page.getByRole('button', { name: 'Next step back' });
  const eq = page.getByTestId('back-equation');
  const col1 = page.getByTestId('delta-col-1');
  await expect(col1).toContainText('?');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('back-status')).toHaveText('Step 1 of 6');
  await expect(eq.locator('annotation')).toContainText('p - y');
  for (let k = 2; k <= 5; k++) {
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('back-status')).toHaveText(`Step ${k} of 6`);
    await expect(eq.locator('.katex-error')).toHaveCount(0);
  }
  await expect(page.getByTestId('back-status')).toHaveText('Step 5 of 6');
  await expect(eq.locator('annotation')).toContainText('\\delta^{(1)}');
  await expect(col1).not.toContainText('?');
  const n1 = Number(await col1.locator('.delta-norm').getAttribute('data-value'));
  const n3 = Number(await page.getByTestId('delta-col-3').locator('.delta-norm').getAttribute('data-value'));
  expect(n1).toBeGreaterThan(0);
  expect(n1).toBeLessThan(n3);
  expect(Number(await page.getByTestId('grad-check').getAttribute('data-value'))).toBeLessThan(1e-6);
  await expect(page.getByTestId('check-verdict')).toContainText('agree');
  await expect(page).toHaveURL(/backward-steps\.step=5/);
});

test('saturation exercise: the reveal sets weight scale 8 and the strip strikes units through', async ({ page }) => {
  await page.goto('/lessons/backprop');
  await expect(page.locator('.delta-strip .blocked')).toHaveCount(0);
  await answerWrongThenRight(page, 'saturate', { type: '0' }, { type: '3' });
  await expect(page.getByTestId('back-status')).toHaveText('Step 6 of 6');
  await expect(page).toHaveURL(/backward-steps\.scale=8/);
  expect(await page.locator('.delta-strip .blocked').count()).toBeGreaterThan(0);
});

test('SGD: the runs progress, the spread is measured, axe clean, screenshots', async ({ page }) => {
  await page.goto('/lessons/backprop');
  const progress = page.getByTestId('sgd-progress');
  await expect(progress).toHaveAttribute('data-done', 'yes', { timeout: 30_000 });
  await expect(progress).toContainText('Epoch 30 of 30');
  await expect(page.getByTestId('spread-pending')).toHaveCount(0, { timeout: 30_000 });
  await page.getByRole('radio', { name: '64', exact: true }).check();
  await expect(page).toHaveURL(/sgd-batch\.batch=64/);
  await expect(progress).toHaveAttribute('data-done', 'yes', { timeout: 30_000 });
  await expectAxeClean(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAxeClean(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Next step back' }).press('Enter');
  await page.getByRole('button', { name: 'Next step back' }).press('Enter');
  await screenshots(page, 'backprop');
  await page.goto('/lessons/backprop?lang=zh');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expect(page.getByTestId('sgd-progress')).toHaveAttribute('data-done', 'yes', { timeout: 30_000 });
  await screenshots(page, 'backprop-zh-dark');
});
