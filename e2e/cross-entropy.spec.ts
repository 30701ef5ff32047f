import { test, expect, expectAxeClean, screenshots } from './fixtures';
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
  await page.getByRole('radio', { name: 'y = 1' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: 'y = 0' })).toBeChecked();
  expect(Math.abs((await num(gB)) - (await num(p)))).toBeLessThan(1e-15);
  // Back to y = 1 so the screenshots show the confidently wrong case.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'y = 1' })).toBeChecked();

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
  await expect(bar).toContainText('Step 1 / 7');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 7');
  await expect(page.getByTestId('hkl-readout')).toHaveAttribute('data-kl', '0');
  await page.keyboard.press('Escape');

  const w = page.locator('[data-widget="bingrad"]');
  await w.getByText('Show the code').click();
  await expect(w.locator('.code-block')).toContainText('z, y = -4, 1.0');
  await w.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(w.locator('.code-block')).toContainText('F.binary_cross_entropy_with_logits(z, y)');
});
