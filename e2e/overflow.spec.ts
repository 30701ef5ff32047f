import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';
import { formatInfo, precisions, sigmoid } from '../src/engine';
import type { Page } from '@playwright/test';

/** Numbers as the page prints them: U+2212 minus, ∞ for infinity. */
function num(text: string | null): number {
  const s = (text ?? '').trim().replace(/−/g, '-').replace('∞', 'Infinity');
  return Number(/^-?(Infinity|[\d.]+(e-?\d+)?)/.exec(s)?.[0] ?? NaN);
}

const widget = (page: Page, id: string) => page.locator(`[data-widget="${id}"]`);

test('softmax: naive float16 overflows to ∞ and NaN, subtract-the-max stays finite', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Overflow, underflow and the max trick' }).click();
  await expect(page).toHaveURL(/\/lessons\/overflow$/);
  await expect(page.locator('.prose .katex').first()).toBeVisible();

  const w = widget(page, 'softmax-steps');
  await expect(w.getByRole('textbox', { name: 'Logits z (comma-separated)' })).toHaveValue('10, 2, 40, 4');
  await expect(w.getByRole('radio', { name: 'float16', exact: true })).toBeChecked();
  // Naive: exp(40) is ∞ in float16, the sum is ∞, ∞/∞ is NaN.
  await expect(w.getByTestId('naive-p-2')).toHaveText('NaN');
  await expect(w.getByTestId('naive-status')).toContainText('overflowed to ∞');
  await expect(w.getByTestId('naive-table').locator('td.bad').first()).toBeVisible();
  // Stable: every cell finite, the winner gets 1, no flagged cell.
  await expect(w.getByTestId('stable-table').locator('td.bad')).toHaveCount(0);
  await expect(w.getByTestId('stable-status')).toContainText('every step finite');
  for (let i = 0; i < 4; i++) expect(Number.isFinite(num(await w.getByTestId(`stable-p-${i}`).textContent()))).toBe(true);
  await expect(w.getByTestId('stable-p-2')).toHaveText('1');

  // Keyboard: move the format to float32 — exp(40) fits, so naive is finite again.
  await w.getByRole('radio', { name: 'float16', exact: true }).focus();
  await page.keyboard.press('ArrowRight'); // bfloat16
  await page.keyboard.press('ArrowRight'); // float32
  await expect(w.getByRole('radio', { name: 'float32', exact: true })).toBeChecked();
  await expect(w.getByTestId('naive-table').locator('td.bad')).toHaveCount(0);

  // One click: 40 → 10000 overflows even float64's exp, the stable form doesn't care.
  await w.getByRole('button', { name: 'Change 40 to 10000' }).click();
  await expect(w.getByRole('textbox', { name: 'Logits z (comma-separated)' })).toHaveValue('10, 2, 10000, 4');
  await page.keyboard.press('Tab');
  await w.getByRole('radio', { name: 'float32', exact: true }).focus();
  await page.keyboard.press('ArrowRight'); // float64
  await expect(w.getByRole('radio', { name: 'float64', exact: true })).toBeChecked();
  await expect(w.getByTestId('naive-p-2')).toHaveText('NaN');
  await expect(w.getByTestId('stable-p-2')).toHaveText('1');
  await expect(w.getByTestId('stable-p-0')).toHaveText('0');

  // Bad text is reported, not applied.
  await w.getByRole('textbox', { name: 'Logits z (comma-separated)' }).fill('1, x');
  await expect(w.getByRole('alert')).toContainText('not a list');
  await expect(w.getByTestId('stable-p-2')).toHaveText('1');
});

test('exp limits match formatInfo, float format explorer rounds and encodes', async ({ page }) => {
  await page.goto('/lessons/overflow');
  const lim = widget(page, 'exp-limits');
  for (const p of precisions) {
    await expect(lim.getByTestId(`overflow-${p}`)).toHaveText(formatInfo(p).expOverflowAt.toFixed(4).replace('-', '−'));
  }
  const x = lim.getByRole('textbox', { name: 'x for exp(x)' });
  await x.fill('89');
  await expect(lim.getByTestId('exp-float32')).toContainText('∞');
  await expect(lim.getByTestId('exp-bfloat16')).toContainText('∞');
  await expect(lim.getByTestId('exp-float16')).toContainText('∞');
  expect(Number.isFinite(num(await lim.getByTestId('exp-float64').textContent()))).toBe(true);
  await x.fill('-20');
  await expect(lim.getByTestId('exp-float16')).toContainText('0 (underflow)');

  const f = widget(page, 'float-format');
  await f.getByRole('textbox', { name: 'Number to store' }).fill('65520');
  await expect(f.getByTestId('stored-float16')).toHaveText('∞');
  await expect(f.getByTestId('stored-float32')).toHaveText('65520');
  await f.getByRole('button', { name: '0.1', exact: true }).click();
  await expect(f.getByTestId('stored-float16')).toHaveText('0.0999755859375');
  await expect(f.getByTestId('gap-float16')).toHaveText('6.104e−5');
  await expect(f.getByTestId('float-float16').getByRole('img')).toHaveAccessibleName('sign 0, exponent 01011, fraction 1001100110');
});

test('sigmoid/tanh branch, log-softmax and hls4ml fixed point', async ({ page }) => {
  await page.goto('/lessons/overflow');
  const s = widget(page, 'stable-sigmoid');
  // Default x = −12 in float16: e^12 overflows, the naive sigmoid collapses to 0, naive tanh to NaN.
  await expect(s.getByTestId('sig-naive-result')).toHaveText('0');
  const stable = num(await s.getByTestId('sig-stable-result').textContent());
  expect(Math.abs(stable - sigmoid(-12)) / sigmoid(-12)).toBeLessThan(2e-3); // float16 subnormal precision
  await expect(s.getByTestId('tanh-naive-result')).toHaveText('NaN');
  await expect(s.getByTestId('tanh-stable-result')).toHaveText('−1');
  await expect(s.getByTestId('sig-branch')).toContainText('e^x / (1 + e^x)');
  const slider = s.getByRole('slider', { name: 'Input x' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(s.getByTestId('sig-branch')).toContainText('1 / (1 + e^(−x))');
  await expect(s.getByTestId('sig-naive-result')).toHaveText('1');

  const l = widget(page, 'log-softmax');
  await expect(l.getByTestId('log-naive')).toHaveText('−∞');
  expect(num(await l.getByTestId('log-stable').textContent())).toBe(-20);

  const fx = widget(page, 'fixed-softmax');
  await expect(fx.getByTestId('fx-clipped-2')).toContainText('wraps around to −24');
  await fx.getByRole('radio', { name: 'AP_WRAP' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(fx.getByRole('radio', { name: 'AP_SAT' })).toBeChecked();
  await expect(fx.getByTestId('fx-clipped-2')).toContainText('saturates to 31.999');

  await expectAxeClean(page);
  await screenshots(page, 'overflow');
});

test('overflow exercise: wrong guess gets a hint, right one reveals exp just past float16’s edge, progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/overflow');
  await answerWrongThenRight(page, 'exp-f16', { type: '38' }, { type: formatInfo('float16').expOverflowAt.toFixed(1) }, '65504');
  const lim = widget(page, 'exp-limits');
  await expect(lim.getByRole('textbox', { name: 'x for exp(x)' })).toHaveValue('11.1');
  await expect(lim.getByTestId('exp-float16')).toContainText('∞');
  expect(Number.isFinite(num(await lim.getByTestId('exp-float32').textContent()))).toBe(true);
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
  await expect(page.locator('form[data-exercise="exp-f16"] .exercise-explanation')).toBeVisible();
});

test('overflow presenter: opens on the ask-the-class question, → to step 4 and exp(89) overflows float32', async ({ page }) => {
  await page.goto('/lessons/overflow?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 7');
  // Phenomenon first: the class predicts naive float16 softmax before anything is derived.
  await expect(bar).toContainText('Naive softmax of [10, 2, 40, 4] in float16: what comes out?');
  await expect(widget(page, 'exp-limits').getByTestId('exp-float32')).not.toContainText('∞');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 4 / 7');
  const lim = widget(page, 'exp-limits');
  await expect(lim.getByRole('textbox', { name: 'x for exp(x)' })).toHaveValue('89');
  await expect(lim.getByTestId('exp-float32')).toContainText('∞');
});

test('overflow: show the code for exp limits and the two softmaxes', async ({ page }) => {
  await page.goto('/lessons/overflow?softmax-steps.p=float32');
  const w = widget(page, 'softmax-steps');
  await w.getByText('Show the code').click();
  await expect(w.locator('.code-block')).toContainText('dtype=np.float32');
  await expect(w.locator('.code-block')).toContainText('np.exp(z - z.max())');
  await w.getByRole('radio', { name: 'NumPy' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(w.locator('.code-block')).toContainText('torch.softmax(z, dim=0)');
  const lim = widget(page, 'exp-limits');
  await lim.getByText('Show the code').click();
  await expect(lim.locator('.code-block')).toContainText('np.log(float(np.finfo(t).max))');
  const log = widget(page, 'log-softmax');
  await log.getByText('Show the code').click();
  await expect(log.locator('.code-block')).toContainText('log_softmax = z - z.max() - np.log(s.sum())');
});
