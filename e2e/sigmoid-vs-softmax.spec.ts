import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';

const val = async (page: Page, id: string) => Number(await page.getByTestId(id).getAttribute('data-value'));

test('sigmoid vs softmax journey: identity, equal heads, the mistake, and the task toggle', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Two classes: sigmoid or softmax?' }).click();
  await expect(page).toHaveURL(/\/lessons\/sigmoid-vs-softmax$/);
  await expect(page.locator('.prose .katex-display').first()).toBeVisible();

  // σ(z) = softmax([0, z])₁: the readout shows both to 10 digits, identical, at any z.
  const readout = page.getByTestId('identity-readout');
  const z = page.getByRole('slider', { name: 'Logit z', exact: true });
  await z.focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowLeft');
  await expect(z).toHaveAttribute('aria-valuetext', '1.3');
  const m = /σ\(z\) = ([\d.e−]+), softmax\(\[0, z\]\)₁ = ([\d.e−]+)/.exec((await readout.textContent()) ?? '');
  expect(m?.[1]).toBe(m?.[2]);
  expect(Number(m?.[1])).toBeCloseTo(0.785834983, 8);

  // Two heads on the default example [−0.81787, 1.9287], y = 1: same probability and loss.
  await expect(page.getByTestId('soft-p')).toContainText('0.939719');
  const agree = async () => {
    expect(Math.abs((await val(page, 'sig-p')) - (await val(page, 'soft-p')))).toBeLessThan(1e-15);
    expect(Math.abs((await val(page, 'sig-loss')) - (await val(page, 'soft-loss')))).toBeLessThan(1e-14);
  };
  await agree();
  // Change the label and a logit with the keyboard: still in agreement.
  const heads = page.locator('#heads');
  await heads.getByRole('radio', { name: 'class 1' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(heads.getByRole('radio', { name: 'class 0' })).toBeChecked();
  await heads.getByRole('slider', { name: 'Logit z₁ (class 1)' }).focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('PageDown');
  await expect(page.getByTestId('sig-p')).not.toContainText('0.939719');
  await agree();
  expect(await val(page, 'sig-loss')).toBeGreaterThan(0);

  // The mistake: element-wise sigmoid does not sum to 1; softmax does, and gives [0.0603, 0.9397].
  expect(Math.abs((await val(page, 'sum-sigmoid')) - 1)).toBeGreaterThan(0.1);
  expect(Math.abs((await val(page, 'sum-softmax')) - 1)).toBeLessThan(1e-15);
  await expect(page.getByTestId('sum-sigmoid')).toContainText('not a distribution');
  const mr = /class 0 with ([\d.]*\d), class 1 with ([\d.]*\d)/.exec((await page.getByTestId('mistake-readout').textContent()) ?? '');
  expect(Math.abs(Number(mr?.[1]) - 0.0603)).toBeLessThan(5e-5);
  expect(Math.abs(Number(mr?.[2]) - 0.9397)).toBeLessThan(5e-5);

  // Multi-label vs multi-class: the verdict follows the task.
  const task = page.locator('#task');
  const verdict = page.getByTestId('task-verdict');
  await expect(verdict).toHaveAttribute('data-match', 'false');
  await task.getByRole('radio', { name: 'one softmax' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(task.getByRole('radio', { name: 'independent sigmoids' })).toBeChecked();
  await expect(verdict).toHaveAttribute('data-match', 'true');
  await expect(page.getByTestId('task-readout')).toContainText('Above 0.5: effusion, pneumonia');
  await task.getByRole('radio', { name: 'Chest X-ray findings' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('task-needs')).toContainText('needs one softmax');
  await expect(verdict).toHaveAttribute('data-match', 'false');
  await task.getByRole('radio', { name: 'one softmax' }).check();
  await expect(verdict).toHaveAttribute('data-match', 'true');
  await expect(page.getByTestId('task-readout')).toContainText('Sum of the outputs: 1.');

  await expectAxeClean(page);
  await screenshots(page, 'sigmoid-vs-softmax');
});

test('sigmoid-vs-softmax exercise: a wrong answer gets a hint, the right one reveals the heads, progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/sigmoid-vs-softmax?heads.z0=0&heads.z1=0');
  await answerWrongThenRight(page, 'one-logit', { type: '1.11' }, { type: '2.7466' });
  // The reveal put the example's logits into the heads widget: z = z₁ − z₀ = 2.74657.
  await expect(page.getByTestId('soft-p')).toContainText('0.939719');
  await expect(page.getByTestId('sig-p')).toContainText('0.939719');
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
  await expect(page.locator('form[data-exercise="one-logit"] .exercise-explanation')).toContainText('2.74657');
});

test('sigmoid-vs-softmax presenter: → moves to step 2, equal logits give 50/50', async ({ page }) => {
  await page.goto('/lessons/sigmoid-vs-softmax?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 7');
  await expect(page.getByTestId('sig-p')).toContainText('0.939719');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 7');
  await expect(page.getByTestId('sig-p')).toHaveAttribute('data-value', '0.5');
  await expect(page.getByTestId('soft-p')).toHaveAttribute('data-value', '0.5');
});

test('sigmoid-vs-softmax: show the NumPy and PyTorch code for the mistake widget', async ({ page }) => {
  await page.goto('/lessons/sigmoid-vs-softmax?mistake.z=1,2');
  const widget = page.locator('#mistake');
  await widget.getByText('Show the code').click();
  const code = widget.locator('.code-block');
  await expect(code).toContainText('z = np.array([1.0, 2.0])');
  await widget.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(code).toContainText('torch.softmax(z, dim=0)');
});
