import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';
import type { Locator, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

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
  await expect(bar).toContainText(/Step 1 \/ \d+/);
  await expect(bench.getByRole('checkbox', { name: 'Hard sigmoid' })).not.toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText(/Step 2 \/ \d+/);
  await expect(bench.getByRole('checkbox', { name: 'Hard sigmoid' })).toBeChecked();
  await expect(bench.locator('th[aria-sort="ascending"]')).toContainText('Multipliers');
  await page.keyboard.press('Escape');

  await bench.getByText('Show the code').click();
  await expect(bench.locator('.code-block')).toContainText("out['PLAN'] = np.where(x < 0, 1 - y, y)");
  await bench.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(bench.locator('.code-block')).toContainText("out['Hard sigmoid'] = torch.clamp(x + 3, 0, 6) / 6");
});

test('CORDIC step-through: predict the repeat, step by keyboard, 48 iterations, fixed point', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/lessons/sigmoid-in-hardware');
  await answerWrongThenRight(page, 'cordic-repeat', { type: '12' }, { type: '13' });
  const w = page.locator('#hw-cordic');
  const count = w.getByTestId('cordic-step-count');
  const live = w.getByTestId('cordic-live');
  // The reveal lands on the second use of shift 13.
  await expect(count).toHaveText('Iteration 15 of 16');
  await expect(live).toContainText('shift 13 again');
  await expect(w.locator('tr[data-repeated]')).toHaveCount(2);

  const stepper = w.getByTestId('cordic-stepper');
  await stepper.focus();
  await page.keyboard.press('End');
  await expect(count).toHaveText('Iteration 16 of 16');
  await expect(live).toContainText('σ̂ = 0.81757');
  await expect(live).toContainText('σ = 0.81757448');
  await page.keyboard.press('Home');
  await expect(count).toHaveText('Iteration 1 of 16');
  await page.keyboard.press('ArrowRight');
  await expect(count).toHaveText('Iteration 2 of 16');
  await expect(w.getByTestId('cordic-table').locator('tbody tr')).toHaveCount(2);

  // 48 iterations: the third repeat, 40, appears.
  const n = w.getByRole('slider', { name: 'Iterations n' });
  await n.focus();
  await page.keyboard.press('End');
  await expect(n).toHaveAttribute('aria-valuetext', '48');
  await w.getByRole('button', { name: 'Last' }).click();
  await expect(count).toHaveText('Iteration 48 of 48');
  await expect(w.locator('tr[data-repeated] td:nth-child(2)')).toHaveText([/^4 ↻/, /^13 ↻/, /^40 ↻/]);

  // Fixed point: the registers' format shows in the readout.
  await w.getByRole('checkbox', { name: /Fixed-point registers/ }).check();
  await expect(w.getByTestId('cordic-reduce')).toContainText('ap_fixed<16,4>');
  await expect(w.getByTestId('cordic-table')).toContainText('∞');

  await w.getByText('Show the code').click();
  await expect(w.locator('.code-block')).toContainText('np.arctanh(2.0 ** -i)');
  await expectAxeClean(page);
});

test('CORDIC step-through screenshots: desktop and phone, en light and zh dark', async ({ page }) => {
  test.setTimeout(120_000);
  for (const [lang, theme] of [['en', 'light'], ['zh', 'dark']] as const) {
    await page.goto(`/lessons/sigmoid-in-hardware?lang=${lang}&hw-cordic.step=5`);
    if (theme === 'dark') {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    }
    const widget = page.locator('#hw-cordic');
    await expect(widget.getByTestId('cordic-step-count')).toBeVisible();
    for (const [label, size] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
      await page.setViewportSize(size);
      await page.waitForTimeout(150);
      await widget.screenshot({ path: `test-results/screenshots/hw-cordic-${lang}-${theme}-${label}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

/** Requests for any of Yosys's files (its worker, the @yowasp chunks, the wasm). */
const yosysRequests = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/(yosys[.-]|yowasp-)|\.wasm(\?|$)/.test(r.url())) seen.push(r.url());
  });
  return seen;
};

test('hardware panel: Verilog, testbench and HLS C++ in keyboard tabs, downloads, no Yosys bytes', async ({ page }) => {
  test.setTimeout(120_000);
  const seen = yosysRequests(page);
  await page.goto('/lessons/sigmoid-in-hardware');
  const bench = page.locator('#hw-bench');
  // float64 has no hardware: the panel offers the fixed-point format instead.
  await bench.getByTestId('hdl-use-fixed').click();
  await expect(bench.getByTestId('hdl-words')).toContainText('65,536 input words of ap_fixed<16,6>');
  await expect(bench.getByTestId('hdl-code-module')).toContainText('module sigmoid_plan_fx16_6_trn_wrap');
  await expect(bench.getByTestId('hdl-code-module').locator('.hl-keyword').first()).toHaveText('module');

  // WAI-ARIA tabs: arrows move the selection and the focus; only the selected tab is tabbable.
  const tab = (name: string) => bench.getByRole('tab', { name });
  await tab('Verilog module').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab('Testbench')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('Testbench')).toBeFocused();
  await expect(bench.getByTestId('hdl-code-testbench')).toContainText('sigmoid_plan_fx16_6_trn_wrap_tb');
  await expect(bench.getByText(/more lines are in the download/)).toBeVisible();
  await page.keyboard.press('End');
  await expect(tab('HLS C++')).toHaveAttribute('aria-selected', 'true');
  await expect(tab('Verilog module')).toHaveAttribute('tabindex', '-1');
  await expect(bench.getByTestId('hdl-code-hls').locator('.hl-directive').first()).toHaveText('#include');

  const [download] = await Promise.all([page.waitForEvent('download'), bench.getByTestId('hdl-download').click()]);
  expect(download.suggestedFilename()).toBe('sigmoid_plan_fx16_6_trn_wrap.cpp');

  // Another method at the same format: the name follows it.
  await bench.getByRole('group', { name: 'Method to generate' }).getByRole('radio', { name: 'CORDIC' }).check();
  await expect(bench.getByTestId('hdl-words')).toContainText('sigmoid_cordic_it16_fx16_6_trn_wrap');
  await expect(bench.getByTestId('synth-button')).toContainText(/downloads Yosys, \d+ MB, once/);
  // axe on the panel alone (the whole page is checked by the journeys above): thousands of
  // highlighted tokens make a full-page contrast pass slow on a loaded machine.
  const axe = await new AxeBuilder({ page }).include('.hw-hdl').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  expect(seen, 'no Yosys file is fetched before Synthesize').toEqual([]);
});

test('network on the chip: predict the width, hls4ml default keeps every class, integer bits overflow, PLAN; screenshots', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/lessons/sigmoid-in-hardware');
  const w = page.locator('#hw-qnet');
  await w.scrollIntoViewIfNeeded();
  const readout = w.getByTestId('qnet-readout');
  // Trained once in the worker, then evaluated: the default keeps every test point's class.
  await expect(readout).toContainText('0.0% of the points change class', { timeout: 90_000 });
  await expect(w.getByRole('img', { name: /Decision map|fixed-point network's class/ })).toBeVisible();
  await answerWrongThenRight(page, 'qnet-width', { type: '4' }, { type: '10' });

  // Three integer bits in the last layer: its accumulator overflows (the profile marks it).
  const i3 = w.getByRole('slider', { name: 'Layer 3 integer bits I' });
  await i3.focus();
  for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowLeft');
  await expect(i3).toHaveAttribute('aria-valuetext', '3');
  await expect(w.locator('[data-row="2:accum"][data-overflow]')).toHaveCount(1, { timeout: 60_000 });
  await expect(readout).toContainText('ap_fixed<16,3>');

  await w.getByRole('combobox', { name: 'Output sigmoid' }).selectOption('plan');
  await expect(readout).toContainText('sigmoid: PLAN', { timeout: 60_000 });
  await w.getByText('Show the code').click();
  await expect(w.locator('.code-block')).toContainText('def ap_fixed(v, W, I)');
  await expectAxeClean(page);

  for (const [lang, theme] of [['en', 'light'], ['zh', 'dark']] as const) {
    await page.goto(`/lessons/sigmoid-in-hardware?lang=${lang}`);
    if (theme === 'dark') {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    }
    const widget = page.locator('#hw-qnet');
    await widget.scrollIntoViewIfNeeded();
    await expect(widget.locator('[data-row="2:accum"]')).toBeVisible({ timeout: 90_000 });
    for (const [label, size] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      await widget.screenshot({ path: `test-results/screenshots/hw-qnet-${lang}-${theme}-${label}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});
