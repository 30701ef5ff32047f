import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';
import type { Locator } from '@playwright/test';
import { ghm, makeImbalancedScores } from '../src/engine';
import { formatPercent } from '../src/format/number';

const num = async (l: Locator) => Number(await l.getAttribute('data-value'));

test('imbalanced-losses journey: focal curves, γ = 0 is CE, γ shrinks the easy share, GHM bins weighed by count', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/lessons/imbalanced-losses');
  await expect(page.locator('.prose .katex').first()).toBeVisible();
  await expect(page.locator('#focalcurve path.series')).toHaveCount(5);
  await expect(page.getByTestId('imb-data')).toContainText('100 positives and 10\u2009000 negatives');

  // Focal curves: at p_t the γ = 0 row is −ln p_t, and the γ = 2 row is (1 − p_t)² of it.
  const pt = page.getByRole('slider', { name: 'Probability of the true class p_t' });
  await pt.focus();
  await page.keyboard.press('PageDown');
  await expect(pt).toHaveAttribute('aria-valuetext', /0\.8/);
  const rows = page.getByTestId('curve-table').locator('tbody tr');
  const v = Number.parseFloat((await pt.getAttribute('aria-valuetext')) ?? '');
  await expect(rows.nth(0).locator('td').nth(0)).toHaveText(String(Number((-Math.log(v)).toPrecision(4))));
  await expect(rows.nth(3).locator('td').nth(1)).toHaveText(String(Number(((1 - v) ** 2).toPrecision(4))));

  // γ = 0: the focal loss total is the cross-entropy total, to the last bit.
  const gamma = page.getByRole('slider', { name: 'Focusing parameter γ' });
  await gamma.focus();
  await page.keyboard.press('Home');
  await expect(gamma).toHaveAttribute('aria-valuetext', '0');
  const ce = await num(page.getByTestId('total-ce'));
  expect(await num(page.getByTestId('total-focal'))).toBe(ce);
  const easyCe = await num(page.getByTestId('easy-ce'));
  expect(await num(page.getByTestId('easy-focal'))).toBe(easyCe);
  expect(easyCe).toBeGreaterThan(0.5);

  // Raising γ step by step lowers the easy negatives' share every time.
  let prev = easyCe;
  for (let i = 0; i < 4; i++) {
    for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => num(page.getByTestId('easy-focal'))).toBeLessThan(prev);
    prev = await num(page.getByTestId('easy-focal'));
  }
  expect(prev).toBeLessThan(0.05);

  // GHM: the readout names both ends; more bins still count every example once.
  const readout = page.getByTestId('ghm-readout');
  await expect(readout).toContainText('Easy bin');
  const bins = page.getByRole('slider', { name: 'Bins M (unit region ε = 1/M)' });
  await bins.focus();
  await page.keyboard.press('End');
  await expect(bins).toHaveAttribute('aria-valuetext', '30');
  await page.getByText('Show every bin').click();
  await expect(page.getByTestId('ghm-table').locator('tbody tr')).toHaveCount(30);
  const counts = await page.getByTestId('ghm-table').locator('tbody tr td:nth-child(2)').allTextContents();
  expect(counts.reduce((a, c) => a + Number(c), 0)).toBe(10100);

  await expectAxeClean(page);
  await screenshots(page, 'imbalanced-losses');
});

test('imbalanced exercise: wrong → hint, right → γ = 0 makes focal equal CE; progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/imbalanced-losses?imb.gamma=2');
  await answerWrongThenRight(page, 'gamma-zero', { choose: 'False' }, { choose: 'True' });
  await expect(page.getByRole('slider', { name: 'Focusing parameter γ' })).toHaveAttribute('aria-valuetext', '0');
  const total = async (k: string) => Number(await page.getByTestId(`total-${k}`).getAttribute('data-value'));
  expect(await total('focal')).toBe(await total('ce'));
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
});

test('imbalanced: presenter steps and "Show the code"', async ({ page }) => {
  await page.goto('/lessons/imbalanced-losses?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  const pt = page.getByRole('slider', { name: 'Probability of the true class p_t' });
  await expect(bar).toContainText('Step 1 / 8');
  await expect(pt).toHaveAttribute('aria-valuetext', '0.9');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 8');
  await expect(pt).toHaveAttribute('aria-valuetext', '0.5');
  await page.keyboard.press('Escape');

  const w = page.locator('[data-widget="focalcurve"]');
  await w.getByText('Show the code').click();
  await expect(w.locator('.code-block')).toContainText('focal = (1 - pt) ** gamma * ce');
  await w.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(w.locator('.code-block')).toContainText('torch.tensor(0.5');
});

test('GHM exercise: few outliers, GHM lifts their bin; the widget moves to that rate and shows its code', async ({ page }) => {
  await page.goto('/lessons/imbalanced-losses');
  await answerWrongThenRight(page, 'ghm-sparse', { choose: 'smaller: GHM damps the outliers' }, { choose: 'larger: GHM lifts them' }, 'same total weight');
  const w = page.locator('[data-widget="ghm"]');
  await expect(w.getByRole('slider', { name: 'Label-noise outliers among negatives' })).toHaveAttribute('aria-valuetext', '0.5%');
  const d = makeImbalancedScores({ seed: 1, outlierRate: 0.005 });
  const bins = ghm(d.z, d.y, 10).bins;
  await expect(page.locator('form[data-exercise="ghm-sparse"]')).toContainText(formatPercent(bins[bins.length - 1].ghmShare, 1));
  await w.getByText('Show the code').click();
  await expect(w.locator('.code-block')).toContainText('for _ in range(50)]');
  await expect(w.locator('.code-block')).toContainText('np.bincount(b, weights=ghm, minlength=M)');
});
