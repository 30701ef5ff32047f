import { test, expect, expectAxeClean, screenshots, VIEWPORTS } from './fixtures';
import { answerWrongThenRight } from './exercise';
import type { Locator } from '@playwright/test';

const num = async (l: Locator, attr = 'data-value') => Number(await l.getAttribute(attr));

test('cross-entropy journey: log loss, p − y, MSE stalls, softmax gradient, CE = H + KL', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/lessons/cross-entropy');
  await expect(page.locator('.prose .katex').first()).toBeVisible();

  // The classic log-loss tables, computed on the page: sklearn's 1.3783888522474517 and 0.6391075640678003.
  const m1 = page.getByTestId('logloss-m1');
  const m2 = page.getByTestId('logloss-m2');
  await expect(m1).toHaveText('1.3784');
  await expect(m2).toHaveText('0.63911');
  expect(Math.abs((await num(m1)) - 1.3783888522474517)).toBeLessThan(1e-14);
  expect(Math.abs((await num(m2)) - 0.6391075640678003)).toBeLessThan(1e-14);
  await expect(page.getByTestId('logloss-verdict')).toContainText('Model 2 is better');

  // Editing a row with the keyboard changes that model's mean.
  const bar = page.getByRole('slider', { name: 'Model 1, photo 1: p(pig)' });
  await bar.focus();
  await page.keyboard.press('PageUp');
  await expect(m1).not.toHaveText('1.3784');

  // Binary gradient: the readout of ∂BCE/∂z equals p − y.
  const z = page.getByRole('slider', { name: 'Logit z' });
  const p = page.getByTestId('p-value');
  const gB = page.getByTestId('bce-grad');
  const gM = page.getByTestId('mse-grad');
  await z.focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('slider', { name: 'Logit z' })).toHaveAttribute('aria-valuetext', '−3.3');
  expect(Math.abs((await num(gB)) - ((await num(p)) - 1))).toBeLessThan(1e-15);

  // Confidently wrong (z = −12, y = 1): p − y ≈ −1, MSE's gradient has vanished.
  await page.keyboard.press('Home');
  await expect(z).toHaveAttribute('aria-valuetext', '−12');
  expect(await num(gB)).toBeLessThan(-0.9999);
  const mse = await num(gM);
  expect(Math.abs(mse)).toBeLessThan(1e-5);
  expect(Math.abs(mse)).toBeGreaterThan(0);
  await expect(page.getByTestId('grad-note')).toContainText('Confidently wrong');

  // Flip the label with the keyboard: now the gradient is p − 0.
  await page.locator('#bingrad').getByRole('radio', { name: 'y = 1' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#bingrad').getByRole('radio', { name: 'y = 0' })).toBeChecked();
  expect(Math.abs((await num(gB)) - (await num(p)))).toBeLessThan(1e-15);
  // Back to y = 1 so the screenshots show the confidently wrong case.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#bingrad').getByRole('radio', { name: 'y = 1' })).toBeChecked();

  // Softmax + CE: gradient is softmax − one-hot, summing to zero.
  const logitCat = page.getByRole('slider', { name: 'logit of cat' });
  await logitCat.focus();
  await page.keyboard.press('ArrowUp');
  await expect(logitCat).toHaveAttribute('aria-valuenow', '2.5');
  let sum = 0;
  for (const a of ['cat', 'dog', 'pig']) {
    const pa = await num(page.getByTestId(`sm-p-${a}`));
    const ga = await num(page.getByTestId(`sm-g-${a}`));
    expect(Math.abs(ga - (pa - (a === 'dog' ? 1 : 0)))).toBeLessThan(1e-15);
    sum += ga;
  }
  expect(Math.abs(sum)).toBeLessThan(1e-15);

  // CE = H + KL after editing q with the keyboard.
  const readout = page.getByTestId('hkl-readout');
  const kl0 = await num(readout, 'data-kl');
  const qDog = page.getByRole('slider', { name: 'q(dog)' });
  await qDog.focus();
  await page.keyboard.press('PageDown');
  await expect.poll(async () => num(readout, 'data-kl')).not.toBe(kl0);
  const [h, kl, ce] = [await num(readout, 'data-h'), await num(readout, 'data-kl'), await num(readout, 'data-ce')];
  expect(Math.abs(h + kl - ce)).toBeLessThan(1e-12);
  expect(kl).toBeGreaterThan(0);

  await expectAxeClean(page);
  await screenshots(page, 'cross-entropy');
});

test('cross-entropy: a hostile link is clamped with a notice, never a blank widget', async ({ page }) => {
  await page.goto('/lessons/cross-entropy?bingrad.z=1e309&hkl.q=0,0,0');
  await expect(page.locator('#bingrad .url-notice')).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Logit z' })).toHaveAttribute('aria-valuetext', '12');
  await expect(page.locator('#hkl .inline-error')).toContainText('positive sum');
});

test('cross-entropy exercise: wrong → hint, right → reveal moves the gradient widget; progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/cross-entropy');
  await answerWrongThenRight(page, 'mse-bigger', { choose: 'True' }, { choose: 'False' });
  const w = page.locator('[data-widget="bingrad"]');
  await expect(w.getByRole('slider', { name: 'Logit z' })).toHaveAttribute('aria-valuetext', '−6');
  await expect(w.getByRole('checkbox', { name: 'Log scale (magnitudes)' })).toBeChecked();
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
  await expect(page.locator('form[data-exercise="mse-bigger"] .exercise-explanation')).toBeVisible();
});

test('cross-entropy: presenter steps and "Show the code"', async ({ page }) => {
  await page.goto('/lessons/cross-entropy?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 11');
  // Two CI runs under load saw the first → change nothing (the step stayed 1 with the bar
  // shown); not reproduced idle. The key goes to the page, not a control that keeps arrows,
  // and is pressed again only if the step has not moved a few seconds later.
  await expect(async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    if (!(await bar.textContent())?.includes('Step 2 / 11')) await page.keyboard.press('ArrowRight');
    await expect(bar).toContainText('Step 2 / 11', { timeout: 3000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId('hkl-readout')).toHaveAttribute('data-kl', '0');
  await page.keyboard.press('Escape');

  const w = page.locator('[data-widget="bingrad"]');
  await w.getByText('Show the code').click();
  await expect(w.locator('.code-block')).toContainText('z, y = -4, 1.0');
  await w.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(w.locator('.code-block')).toContainText('F.binary_cross_entropy_with_logits(z, y)');
});

// The loss map (issue 19): table, softmax twice, sigmoid + BCELoss in float32, exercises, steps, code, embed.
test('loss map: the table computes the equalities, softmax twice squashes the gradient, BCELoss clamps in float32', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/lessons/cross-entropy');
  const table = page.getByTestId('loss-map');
  const val = async (row: string) => Number(await table.locator(`tr[data-row="${row}"] td[data-value]`).getAttribute('data-value'));
  expect(Math.abs((await val('nll')) - (await val('ce')))).toBeLessThan(1e-12);
  expect(Math.abs((await val('multi')) - (await val('bceLogits')))).toBeLessThan(1e-12);
  expect(await val('nllOnProbs')).toBeLessThan(0);
  await expect(table.locator('tr[data-row="nll"]')).toContainText('= nn.CrossEntropyLoss()(z, t)');

  // Predict first: the doubled gradient at s = 8 is over a hundred times smaller.
  await answerWrongThenRight(page, 'double-softmax', { choose: 'about the same size' }, { choose: 'more than a hundred times smaller' });
  const ds = page.locator('[data-widget="double-softmax"]');
  await expect(ds.getByRole('slider', { name: /Logit scale s/ })).toHaveAttribute('aria-valuetext', '8');
  expect(await num(page.getByTestId('ds-ratio'))).toBeLessThan(0.01);
  await expect(page.getByTestId('ds-note')).toContainText('times smaller');
  // Keyboard: Home → s = 0, where the doubled gradient is exactly 1/3 of the right one.
  await ds.getByRole('slider', { name: /Logit scale s/ }).focus();
  await page.keyboard.press('Home');
  await expect.poll(async () => num(page.getByTestId('ds-ratio'))).toBeCloseTo(1 / 3, 12);

  // Predict first: BCELoss at z = 20, y = 0 reports the clamp.
  await answerWrongThenRight(page, 'bce-clamp', { choose: 'inf or nan' }, { choose: 'a fixed number set by a clamp inside PyTorch' });
  const b = page.locator('[data-widget="bce-float32"]');
  const z = b.getByRole('slider', { name: 'z (logit, float32)' });
  await expect(z).toHaveAttribute('aria-valuetext', '20');
  expect(await num(page.getByTestId('b32-loss'))).toBe(100);
  expect(await num(page.getByTestId('b32-grad'))).toBe(0);
  expect(Math.abs((await num(page.getByTestId('b32-loss-l'))) - 20)).toBeLessThan(1e-5);
  expect(await num(page.getByTestId('b32-grad-l'))).toBe(1);
  await expect(page.getByTestId('b32-note')).toContainText('no longer trains');
  // y = 1 and far left: the BCELoss gradient has faded while BCEWithLogitsLoss keeps −1.
  await b.getByRole('radio', { name: 'y = 0' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(b.getByRole('radio', { name: 'y = 1' })).toBeChecked();
  await z.focus();
  await page.keyboard.press('Home');
  await expect(z).toHaveAttribute('aria-valuetext', '−120');
  expect(await num(page.getByTestId('b32-grad'))).toBe(0);
  expect(await num(page.getByTestId('b32-grad-l'))).toBe(-1);
  expect(await num(page.getByTestId('b32-loss'))).toBe(100);

  // Show the code.
  await b.getByText('Show the code').click();
  await expect(b.locator('.code-block')).toContainText('max(np.log1p(-p), f(-100))');
  await b.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(b.locator('.code-block')).toContainText('nn.BCEWithLogitsLoss()(z, y)');

  await expectAxeClean(page);
  for (const [scheme, lang] of [['light', 'en'], ['dark', 'zh']] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    if (lang === 'zh') await page.goto('/lessons/cross-entropy?lang=zh&double-softmax.s=8&bce-float32.z=20');
    for (const [label, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      for (const id of ['double-softmax', 'bce-float32']) await page.locator(`[data-widget="${id}"]`).screenshot({ path: `test-results/screenshots/lossmap-${id}-${lang}-${scheme}-${label}.png` });
      await page.getByTestId('loss-map').screenshot({ path: `test-results/screenshots/lossmap-table-${lang}-${scheme}-${label}.png` });
    }
  }
});

test('loss map: presenter steps, a hostile link, and the widgets as embeds', async ({ page }) => {
  await page.goto('/lessons/cross-entropy?bce-float32.z=1e9&double-softmax.target=horse');
  await expect(page.locator('#bce-float32 .url-notice')).toBeVisible();
  await expect(page.locator('#bce-float32').getByRole('slider', { name: 'z (logit, float32)' })).toHaveAttribute('aria-valuetext', '120');
  await expect(page.locator('#double-softmax .url-notice')).toBeVisible();

  await page.goto('/lessons/cross-entropy?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 11');
  const next = bar.getByRole('button', { name: /Next/ });
  for (let i = 2; i <= 9; i++) {
    await next.click();
    await expect(bar).toContainText(`Step ${i} / 11`);
  }
  await expect(page.getByTestId('ds-ratio')).toHaveAttribute('data-value', /^0\.000/);
  await page.keyboard.press('Escape');

  await page.goto('/embed/bce-float32?bce-float32.z=30');
  expect(await num(page.getByTestId('b32-loss'))).toBe(100);
  await page.goto('/embed/double-softmax?lang=zh');
  await expect(page.getByRole('heading', { name: '在 CrossEntropyLoss 之前多加一个 softmax，梯度会怎样？' })).toBeVisible();
});
