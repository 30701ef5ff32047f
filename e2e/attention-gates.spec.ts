import { test, expect, expectAxeClean, screenshots, VIEWPORTS } from './fixtures';
import { answerWrongThenRight } from './exercise';
import type { Locator } from '@playwright/test';
import { sigmoidGates, softmax, softmaxOneSum, uniformGateSum } from '../src/engine';

/** Reads a number as the page prints it (U+2212 minus, "1.2e−7"). */
function num(s: string | null): number {
  const all = (s ?? '').replace(/−/g, '-').match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/gi);
  return all ? Number(all[all.length - 1]) : NaN;
}
const cell = async (scope: Locator, id: string) => num(await scope.getByTestId(id).textContent());
const scoresOf = async (field: Locator) => (await field.inputValue()).split(',').map((p) => num(p));

test('needles: softmax splits between equal needles, sigmoid gates stay open', async ({ page }) => {
  await page.goto('/lessons/attention-gates');
  await expect(page.locator('.prose .katex').first()).toBeVisible();
  const widget = page.locator('[data-widget="needles"]');
  const field = widget.getByRole('textbox', { name: 'Scores, typed (separated by commas)' });

  // Keyboard: focus the preset and press Enter.
  await widget.getByRole('button', { name: 'Two needles' }).focus();
  await page.keyboard.press('Enter');
  await expect(widget.getByTestId('needles-readout')).toContainText('2 tokens share the highest score (t3, t6)');
  let z = await scoresOf(field);
  let soft = softmax(z);
  let gate = sigmoidGates(z);
  for (const t of ['t3', 't6']) {
    const i = Number(t.slice(1)) - 1;
    const shown = await cell(widget, `softmax-${t}`);
    expect(shown).toBeCloseTo(soft[i], 5); // what the page shows is what the engine computes
    expect(shown).toBeGreaterThan(0.499); // ≈ 1/2 each while the rest are low
    expect(shown).toBeLessThanOrEqual(0.5);
    expect(await cell(widget, `sigmoid-${t}`)).toBeCloseTo(gate[i], 5);
    expect(gate[i]).toBeGreaterThan(0.999);
  }
  await expect(widget.getByTestId('softmax-panel-total')).toHaveText('Σ = 1');

  // Lower needle t6 with the arrow keys: t3's softmax weight grows, its sigmoid gate does not move.
  const gateT3 = await cell(widget, 'sigmoid-t3');
  const softT3 = await cell(widget, 'softmax-t3');
  await widget.getByRole('slider', { name: 'Score t6' }).focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowDown');
  await expect(field).toHaveValue('0, 0, 8, 0, 0, 6, 0, 0');
  expect(await cell(widget, 'softmax-t3')).toBeGreaterThan(softT3);
  expect(await cell(widget, 'sigmoid-t3')).toBe(gateT3);

  // Three needles: about a third each under softmax; every gate still near 1.
  await widget.getByRole('button', { name: 'Three needles' }).click();
  z = await scoresOf(field);
  soft = softmax(z);
  gate = sigmoidGates(z);
  expect(z.filter((v) => v === 8)).toHaveLength(3);
  for (const t of ['t3', 't6', 't7']) {
    const i = Number(t.slice(1)) - 1;
    expect(await cell(widget, `softmax-${t}`)).toBeCloseTo(soft[i], 5);
    expect(soft[i]).toBeGreaterThan(0.333);
    expect(await cell(widget, `sigmoid-${t}`)).toBeGreaterThan(0.999);
  }

  // All low: softmax still hands out 1 (1/8 each), the gates close.
  await widget.getByRole('button', { name: 'All low' }).click();
  expect(await cell(widget, 'softmax-t1')).toBeCloseTo(1 / 8, 10);
  expect(await cell(widget, 'sigmoid-t1')).toBeLessThan(0.05);
  await expect(widget.getByTestId('softmax-panel-total')).toHaveText('Σ = 1');

  // Typed scores: good text applies, bad text explains itself and is not applied.
  await field.fill('1, 2, 3');
  expect(await cell(widget, 'softmax-t3')).toBeCloseTo(softmax([1, 2, 3])[2], 5);
  await field.fill('1, abc');
  await expect(widget.getByRole('alert')).toHaveText('“abc” is not a number.');
  expect(await cell(widget, 'softmax-t3')).toBeCloseTo(softmax([1, 2, 3])[2], 5);

  await expectAxeClean(page);
  await screenshots(page, 'attention-gates');
});

test('bias b = −ln n keeps the sum of sigmoid weights at zero scores near 1', async ({ page }) => {
  await page.goto('/lessons/attention-gates');
  const widget = page.locator('[data-widget="sigmoid-bias"]');
  const typed = widget.getByRole('textbox', { name: 'n, typed' });
  for (const n of [2, 100, 4096]) {
    await typed.fill(String(n));
    const biased = num(await widget.getByTestId('sum-biased').textContent());
    const plain = num(await widget.getByTestId('sum-plain').textContent());
    expect(biased).toBeCloseTo(uniformGateSum(n, 0, -Math.log(n)), 4);
    expect(biased).toBeCloseTo(n / (n + 1), 4);
    expect(plain).toBeCloseTo(n / 2, 6);
  }
  // The slider is keyboard-operable: Home goes to n = 2.
  await widget.getByRole('slider', { name: 'Sequence length n' }).focus();
  await page.keyboard.press('Home');
  await expect(typed).toHaveValue('2');
  await expect(widget.getByTestId('sum-biased')).toHaveText('Σ = 0.6667');
  await expect(widget.locator('path.series[data-series="biased"]')).toHaveCount(1);
});

test('softmax₁: weights sum below 1 and fade to 0 when every score is very low', async ({ page }) => {
  await page.goto('/lessons/attention-gates');
  const widget = page.locator('[data-widget="softmax-one"]');
  const field = widget.getByRole('textbox', { name: 'Scores, typed (separated by commas)' });
  const z = await scoresOf(field);
  const total = () => widget.getByTestId('softmax1-panel-total').textContent().then(num);

  const s0 = await total();
  expect(s0).toBeLessThan(1);
  expect(s0).toBeCloseTo(softmaxOneSum(z), 5);

  const shift = widget.getByRole('slider', { name: 'Shift every score by c' });
  await shift.focus();
  await page.keyboard.press('Home'); // c = −20: every score very low
  await expect(shift).toHaveAttribute('aria-valuetext', '−20');
  const low = await total();
  expect(low).toBeLessThan(1e-6);
  expect(low / softmaxOneSum(z.map((v) => v - 20))).toBeCloseTo(1, 4);
  // Softmax is shift-invariant: it still hands out exactly 1.
  await expect(widget.getByTestId('softmax-panel-total')).toHaveText('Σ = 1');

  await page.keyboard.press('End'); // c = +8: the extra 1 hardly matters
  expect(await total()).toBeGreaterThan(0.999);
  expect(await total()).toBeLessThan(1);
});

test('the lesson reads in Chinese', async ({ page }) => {
  await page.goto('/lessons/attention-gates?lang=zh');
  await expect(page.getByRole('heading', { name: '两个相关的 token 必须平分吗？softmax 权重与 sigmoid 门控' })).toBeVisible();
  await expect(page.getByRole('button', { name: '两根针' })).toBeVisible();
  await expectAxeClean(page);
});

test('the needles widget embeds alone and keeps its state from the URL', async ({ page }) => {
  await page.goto('/embed/needles?needles.z=0,0,8,0,0,8,0,0');
  const widget = page.locator('[data-widget="needles"]');
  const z = [0, 0, 8, 0, 0, 8, 0, 0];
  expect(await cell(widget, 'softmax-t6')).toBeCloseTo(softmax(z)[5], 5);
  await expect(widget.getByRole('button', { name: 'Two needles' })).toBeVisible();
  await expectAxeClean(page);
});

test('attention exercise: wrong → hint, right → two needles revealed; progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/attention-gates');
  await answerWrongThenRight(page, 'two-needles', { choose: 'True' }, { choose: 'False' });
  await expect(page.getByTestId('needles-readout')).toContainText('2 tokens share the highest score (t3, t6)');
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
});

test('attention: presenter steps and "Show the code"', async ({ page }) => {
  await page.goto('/lessons/attention-gates?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 11');
  await expect(page.getByTestId('needles-readout')).toContainText('Highest score: t3');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 11');
  await expect(page.getByTestId('needles-readout')).toContainText('8 tokens share the highest score');
  await page.keyboard.press('Escape');

  const w = page.locator('[data-widget="needles"]');
  await w.getByText('Show the code').click();
  await expect(w.locator('.code-block')).toContainText('z = np.array([-3, -3, -3, -3, -3, -3, -3, -3])');
  await w.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(w.locator('.code-block')).toContainText('torch.softmax(z, dim=0)');
});

// Why attention divides by √d_k (issue 19): exercise, slider, toggle, steps, code, embed, screenshots.
test('√d_k: the spread of q·k follows √d_k, unscaled rows saturate, scaling restores them', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/lessons/attention-gates');
  const attr = async (id: string, a = 'data-value') => Number(await page.getByTestId(id).getAttribute(a));
  await answerWrongThenRight(page, 'sqrt-dk', { type: '256' }, { type: '16' });
  const w = page.locator('[data-widget="attn-scale"]');
  const dk = w.getByRole('slider', { name: 'Key dimension d_k' });
  await expect(dk).toHaveAttribute('aria-valuetext', '256');
  expect(await attr('scale-std', 'data-analytic')).toBe(16);
  expect(Math.abs((await attr('scale-std')) / 16 - 1)).toBeLessThan(0.1);
  await expect(page.getByTestId('scale-note')).toContainText('Saturated');
  const hUnscaled = await attr('scale-entropy');
  const jUnscaled = await attr('scale-jac');

  // The toggle (keyboard): divided by √d_k the row spreads out again.
  await w.getByRole('checkbox', { name: 'Divide the scores by √d_k' }).focus();
  await page.keyboard.press('Space');
  await expect(w.getByRole('checkbox', { name: 'Divide the scores by √d_k' })).toBeChecked();
  await expect.poll(async () => attr('scale-entropy')).toBeGreaterThan(hUnscaled + 1);
  expect(await attr('scale-jac')).toBeGreaterThan(2 * jUnscaled);
  await expect(page.getByTestId('scale-note')).toContainText('unit spread');

  // The slider snaps to powers of two; End → 1024 and the readout follows √1024 = 32.
  await dk.focus();
  await page.keyboard.press('End');
  await expect(dk).toHaveAttribute('aria-valuetext', '1024');
  expect(await attr('scale-std', 'data-analytic')).toBe(32);
  await page.keyboard.press('ArrowLeft');
  await expect(dk).toHaveAttribute('aria-valuetext', '512');
  // Sigmoid gates of the same scores average about one half.
  expect(Math.abs((await attr('scale-gate')) - 0.5)).toBeLessThan(0.06);

  await w.getByText('Show the code').click();
  await expect(w.locator('.code-block')).toContainText('dk = 512');
  await w.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(w.locator('.code-block')).toContainText('scores / math.sqrt(dk)');

  await expectAxeClean(page);
  for (const [scheme, lang] of [['light', 'en'], ['dark', 'zh']] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    if (lang === 'zh') await page.goto('/lessons/attention-gates?lang=zh&attn-scale.dk=1024');
    for (const [label, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await page.locator('[data-widget="attn-scale"]').screenshot({ path: `test-results/screenshots/attn-scale-${lang}-${scheme}-${label}.png` });
    }
  }
});

test('√d_k: presenter steps, a hostile link and the embed', async ({ page }) => {
  await page.goto('/lessons/attention-gates?attn-scale.dk=99999');
  await expect(page.locator('#attn-scale .url-notice')).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Key dimension d_k' })).toHaveAttribute('aria-valuetext', '1024');

  await page.goto('/lessons/attention-gates?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  // The Next button, not the arrow keys: an "ask" step focuses its exercise, whose radios take arrows.
  const next = bar.getByRole('button', { name: /Next/ });
  for (let i = 2; i <= 10; i++) {
    await next.click();
    await expect(bar).toContainText(`Step ${i} / 11`);
  }
  await expect(page.getByTestId('scale-note')).toContainText('Saturated');
  await next.click();
  await expect(page.getByTestId('scale-note')).toContainText('unit spread');
  await page.keyboard.press('Escape');

  await page.goto('/embed/attn-scale?attn-scale.dk=4&attn-scale.scaled=true&lang=zh');
  await expect(page.getByRole('heading', { name: '注意力为什么要把 q·k 除以 √d_k？' })).toBeVisible();
  expect(Number(await page.getByTestId('scale-std').getAttribute('data-analytic'))).toBe(2);
});
