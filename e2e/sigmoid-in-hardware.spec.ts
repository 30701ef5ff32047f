import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';
import type { Locator, Page } from '@playwright/test';

/** A table cell's number ("1.5e−5" uses a true minus sign). */
async function num(cell: Locator): Promise<number> {
  const text = (await cell.textContent()) ?? '';
  return Number(text.replace(/−/g, '-').replace(/,/g, ''));
}
const maxCell = (page: Page, m: string) => page.getByTestId(`row-${m}`).locator('[data-col="max"]');

test('hardware sigmoid journey: table, LUT size, sorting, fixed point down to the floor', async ({ page }) => {
  await page.goto('/lessons/sigmoid-in-hardware');
  const bench = page.locator('#hw-bench');
  await expect(page.locator('.prose .katex').first()).toBeVisible();

  // PLAN in float64: the published datapath's worst error, at |x| = 1.
  await expect(maxCell(page, 'plan')).toHaveText('0.0189');
  await expect(page.getByTestId('row-plan').locator('[data-col="published"]')).toHaveText('0.0189');
  await expect(page.getByTestId('row-plan').locator('[data-col="multipliers"]')).toHaveText('0');

  // A bigger table is a smaller error (the error follows the spacing 16/N).
  const lutBefore = await num(maxCell(page, 'lut'));
  const lutSlider = bench.getByRole('slider', { name: 'LUT entries' });
  await lutSlider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(lutSlider).toHaveAttribute('aria-valuetext', '2048');
  await expect.poll(() => num(maxCell(page, 'lut'))).toBeLessThan(lutBefore * 0.6);

  // Sorting: every header is a button; Enter toggles, aria-sort follows.
  const maxHeader = bench.getByRole('button', { name: /Max \|err\|/ });
  const maxTh = bench.locator('th:has(button[data-sort="max"])');
  await expect(maxTh).toHaveAttribute('aria-sort', 'ascending');
  const maxValues = () => bench.locator('[data-col="max"]').evaluateAll((els) => els.map((e) => Number((e.textContent ?? '').replace(/−/g, '-'))));
  const asc = await maxValues();
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
  await maxHeader.focus();
  await page.keyboard.press('Enter');
  await expect(maxTh).toHaveAttribute('aria-sort', 'descending');
  const desc = await maxValues();
  expect(desc).toEqual([...asc].sort((a, b) => b - a));
  const bitsHeader = bench.getByRole('button', { name: /Table bits/ });
  await bitsHeader.focus();
  await page.keyboard.press('Enter');
  await expect(bench.locator('th:has(button[data-sort="tableBits"])')).toHaveAttribute('aria-sort', 'ascending');
  await expect(maxTh).toHaveAttribute('aria-sort', 'none');
  const bits = await bench.locator('[data-col="tableBits"]').evaluateAll((els) => els.map((e) => Number((e.textContent ?? '').replace(/,/g, ''))));
  expect(bits).toEqual([...bits].sort((a, b) => a - b));

  // Fixed point, ap_fixed<8,2>, by keyboard: the radio group, then the two sliders.
  const floatErr = { lut: await num(maxCell(page, 'lut')), cordic: await num(maxCell(page, 'cordic')) };
  await bench.getByRole('radio', { name: 'float64' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(bench.getByRole('radio', { name: 'fixed point (ap_fixed)' })).toBeChecked();
  const w = bench.getByRole('slider', { name: 'Total bits W' });
  await w.focus();
  for (let k = 0; k < 8; k++) await page.keyboard.press('ArrowLeft');
  const i = bench.getByRole('slider', { name: 'Integer bits I (sign included)' });
  await i.focus();
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowLeft');
  await expect(bench.getByTestId('format-readout')).toContainText('ap_fixed<8,2>');
  await expect(bench.getByTestId('format-readout')).toContainText('one step = 0.01563');

  // The floor: the exact σ stored with AP_TRN in 6 fraction bits is off by almost a whole step.
  const readout = bench.getByTestId('window-readout');
  await expect(readout).toContainText('Quantization floor');
  // The readout follows the format one deferred render behind: wait for ap_fixed<8,2>'s range first.
  await expect(readout).toContainText('[−2, 1.98438]');
  const floor = Number(/floor[^:]*: ([\d.e−-]*\d)/.exec((await readout.textContent()) ?? '')?.[1]?.replace(/−/g, '-'));
  expect(floor).toBeGreaterThan(2 ** -6 * 0.9);
  expect(floor).toBeLessThanOrEqual(2 ** -6);
  for (const m of ['plan', 'sonf', 'lut', 'hybrid', 'cordic', 'taylor', 'hard']) {
    await expect.poll(() => num(maxCell(page, m)), `${m} at least the floor`).toBeGreaterThanOrEqual(floor * 0.999);
  }
  // The accurate methods lost their advantage: they now sit near the floor, far above their float64 error.
  expect(await num(maxCell(page, 'lut'))).toBeGreaterThan(floatErr.lut * 4);
  expect(await num(maxCell(page, 'cordic'))).toBeGreaterThan(floatErr.cordic * 100);
  // The prose quotes the same figures as the table (figures.ts computes them as the table does).
  const lut82 = (await maxCell(page, 'lut').textContent()) ?? '';
  const plan82 = (await maxCell(page, 'plan').textContent()) ?? '';
  await expect(page.locator('.prose p').filter({ hasText: `LUT errs by ${lut82}` })).toContainText(`PLAN by ${plan82}`);
  // AP_WRAP: 3 is stored as −1, so even an exact σ answers σ(−1) = 0.269 (the issue-15 slip said "nearly 0").
  await expect(page.locator('.prose p').filter({ hasText: 'wraps around to −1' })).toContainText('σ(−1) = 0.269 instead of σ(3) = 0.953');
  await expect(page.locator('#hw-bench path.series[data-series="floor"]')).toHaveCount(1);
  await expect(page.locator('#hw-bench .plot rect.band')).toHaveCount(4); // x beyond the format's range, in both plots

  await expectAxeClean(page);
});

test('PLAN datapath steps with the keyboard and ends on the engine’s word', async ({ page }) => {
  await page.goto('/lessons/sigmoid-in-hardware');
  const dp = page.locator('#hw-datapath');
  const x = dp.getByRole('slider', { name: 'Input x' });
  await x.focus();
  await page.keyboard.press('Home'); // x = −8
  for (let k = 0; k < 104; k++) await page.keyboard.press('ArrowRight'); // −8 + 104/16 = −1.5
  await expect(x).toHaveAttribute('aria-valuetext', '−1.5');

  const count = dp.getByTestId('step-count');
  await expect(count).toHaveText('Step 1 of 6');
  const next = dp.getByRole('button', { name: /Next step/ });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('Step 2 of 6');
  await expect(dp.locator('li[data-step="abs"]')).toHaveAttribute('aria-current', 'step');
  await expect(dp.locator('li[data-step="abs"]')).toContainText('sign bit is 1');
  await page.keyboard.press('Enter');
  // Comparators: only |x| ≥ 1 fires → the slope-1/8 segment.
  await expect(dp.getByTestId('segment-2')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Enter');
  await expect(dp.locator('li[data-step="shift"]')).toContainText('= 0.1875');
  await page.keyboard.press('Enter');
  await expect(dp.locator('li[data-step="add"]')).toContainText('= 0.8125');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('Step 6 of 6');
  await expect(next).toBeDisabled();
  const live = dp.getByTestId('datapath-live');
  await expect(live).toContainText('Output 0.1875');
  await expect(live).toContainText('same word');
  // σ(−1.5) = 0.182426…: PLAN is 0.0051 off here.
  await expect(live).toContainText('exact σ = 0.182426');

  const prev = dp.getByRole('button', { name: /Previous step/ });
  await prev.focus();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('Step 5 of 6');
  await expect(dp.locator('li[data-step="sign"]')).not.toContainText('subtractor');
});

test('Pareto plot shows every swept design and a front; screenshots', async ({ page }) => {
  await page.goto('/lessons/sigmoid-in-hardware');
  const pareto = page.locator('#hw-pareto');
  await expect(pareto.locator('path.scatter-point')).toHaveCount(39);
  await expect(pareto.getByTestId('pareto-front')).toContainText('ap_fixed<16,6>');
  await expect(pareto.getByTestId('pareto-front')).toContainText('PLAN');
  await pareto.getByRole('radio', { name: 'latency (cycles)' }).check();
  await expect(pareto.getByRole('img', { name: /latency/ })).toBeVisible();
  await expect(pareto.getByTestId('pareto-front')).toContainText('nothing is both cheaper');
  await pareto.getByRole('radio', { name: 'area (bit-cells)' }).check();
  await expect(pareto.getByRole('img', { name: /area/ })).toBeVisible();
  await expectAxeClean(page);
  await screenshots(page, 'sigmoid-in-hardware');
});

test('the lesson reads in Chinese too, with the same computed numbers', async ({ page }) => {
  await page.goto('/lessons/sigmoid-in-hardware');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(page.getByRole('heading', { name: '硬件为什么要避开 exp 和除法' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '各种硬件 sigmoid 离 σ 有多近？' })).toBeVisible();
  await expect(maxCell(page, 'plan')).toHaveText('0.0189');
  await expect(page.locator('#hw-datapath').getByRole('button', { name: /下一步/ })).toBeEnabled();
  await expectAxeClean(page);
});

test('hardware exercise: wrong → hint, right → Taylor of order 9 revealed; progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/sigmoid-in-hardware');
  await answerWrongThenRight(page, 'taylor-more-terms', { choose: 'True' }, { choose: 'False' });
  const bench = page.locator('[data-widget="hw-bench"]');
  await expect(bench.getByRole('checkbox', { name: 'Taylor' })).toBeChecked();
  await expect(bench.getByRole('checkbox', { name: 'PLAN' })).not.toBeChecked();
  await expect(bench.getByRole('slider', { name: 'Taylor order' })).toHaveAttribute('aria-valuetext', '9');
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
});

test('hardware: presenter steps and "Show the code"', async ({ page }) => {
  await page.goto('/lessons/sigmoid-in-hardware?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  const bench = page.locator('[data-widget="hw-bench"]');
  await expect(bar).toContainText('Step 1 / 7');
  await expect(bench.getByRole('checkbox', { name: 'Hard sigmoid' })).not.toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 7');
  await expect(bench.getByRole('checkbox', { name: 'Hard sigmoid' })).toBeChecked();
  await expect(bench.locator('th[aria-sort="ascending"]')).toContainText('Multipliers');
  await page.keyboard.press('Escape');

  await bench.getByText('Show the code').click();
  await expect(bench.locator('.code-block')).toContainText("out['PLAN'] = np.where(x < 0, 1 - y, y)");
  await bench.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(bench.locator('.code-block')).toContainText("out['Hard sigmoid'] = torch.clamp(x + 3, 0, 6) / 6");
});
