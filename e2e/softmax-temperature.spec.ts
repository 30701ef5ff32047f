import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';

const pOf = async (page: Page, word: string) => Number(await page.getByTestId(`p-${word}`).getAttribute('data-value'));

test('temperature journey: 66.5% at T = 1, argmax at small T, uniform at large T, all by keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Softmax and temperature' }).click();
  await expect(page).toHaveURL(/\/lessons\/softmax-temperature$/);
  await expect(page.locator('.prose .katex').first()).toBeVisible();

  const widget = page.locator('#temperature');
  // T = 1: softmax([38, 20, 40, 39]) gives "went" 0.66524…, shown as 66.5% on its bar.
  await expect(page.getByTestId('p-went')).toHaveText('0.6652');
  expect(await pOf(page, 'went')).toBeCloseTo(0.6652409548626675, 12);
  await expect(widget.locator('.st-sentence')).toContainText('went');
  await expect(widget.locator('[data-bar="went"] .bar-value').last()).toHaveText('66.5%');
  await expect(page.getByTestId('formula').locator('.katex')).toHaveCount(4);
  await expect(page.getByTestId('formula')).toContainText('0.665241');

  // Type T = 0.05 with the keyboard: "went" takes more than 99.9%.
  const typed = widget.getByRole('textbox', { name: 'Temperature T, typed' });
  await typed.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0.05');
  await expect(widget.getByRole('slider', { name: 'Temperature T (log scale)' })).toHaveAttribute('aria-valuetext', '0.05');
  await expect.poll(() => pOf(page, 'went')).toBeGreaterThan(0.999);
  await expect(page.getByTestId('p-went')).toContainText('1 − 2.06e−9');
  await expect(widget.locator('[data-bar="went"] .bar-value').last()).toHaveText('>99.9%');

  // Slider to the far ends with Home / End.
  const slider = widget.getByRole('slider', { name: 'Temperature T (log scale)' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '0.01');
  expect(await pOf(page, 'went')).toBeGreaterThan(0.9999);
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '100');
  for (const w of ['goes', 'go', 'went', 'comes']) {
    const p = await pOf(page, w);
    expect(Math.abs(p - 0.25)).toBeLessThan(0.04);
  }
  await expect(page.getByTestId('entropy-readout')).toContainText(/— 99\.\d% of the maximum/);

  // Back to T = 1 by typing, then raise "goes" by 2 with the keyboard on its bar: a tie with "went".
  await typed.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1');
  const goesBar = widget.getByRole('slider', { name: 'Logit of “goes”' });
  await goesBar.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
  await expect(goesBar).toHaveAttribute('aria-valuenow', '40');
  await expect(widget.getByRole('textbox', { name: 'Logit of “goes”' })).toHaveValue('40');
  await expect.poll(async () => (await pOf(page, 'goes')) - (await pOf(page, 'went'))).toBe(0);
  await expect(page).toHaveURL(/temperature\.z=40%2C20%2C40%2C39|temperature\.z=40,20,40,39/);
  // The formula lines are patched in place on each step (LiveEquation), not re-created: they
  // must still read the new state — p(went) = 1/(2 + e^−20 + e^−1) = 0.422319 — in four lines.
  await expect(page.getByTestId('formula')).toContainText('0.422319');
  await expect(page.getByTestId('formula').locator('.katex')).toHaveCount(4);

  await expectAxeClean(page);
  await screenshots(page, 'softmax-temperature');
});

test('sampling: seeded histogram tracks the probabilities and changes with the seed', async ({ page }) => {
  await page.goto('/lessons/softmax-temperature');
  const widget = page.locator('#sampling');
  const rows = async () =>
    Promise.all(
      ['goes', 'go', 'went', 'comes'].map(async (w) => {
        const r = page.getByTestId(`row-${w}`);
        return { p: Number(await r.getAttribute('data-p')), f: Number(await r.getAttribute('data-freq')), c: Number(await r.getAttribute('data-count')) };
      }),
    );
  const first = await rows();
  // 1000 draws: every share within 0.05 of its probability (5σ for p = 0.665 is 0.075; these are seeded, so exact).
  expect(first.reduce((a, r) => a + r.c, 0)).toBe(1000);
  for (const r of first) expect(Math.abs(r.f - r.p)).toBeLessThan(0.05);
  expect(first[1].c).toBe(0); // "go" has probability 1.4e−9
  const tokens = await page.getByTestId('sampled-tokens').textContent();

  await widget.getByRole('button', { name: 'Next seed' }).click();
  await expect(widget.getByRole('textbox', { name: 'Seed' })).toHaveValue('2');
  await expect(page.getByTestId('sampled-tokens')).not.toHaveText(tokens ?? '');
  const second = await rows();
  expect(second.map((r) => r.c)).not.toEqual(first.map((r) => r.c));
  for (const r of second) expect(Math.abs(r.f - r.p)).toBeLessThan(0.05);

  // Typing the first seed back reproduces the first histogram exactly.
  const seed = widget.getByRole('textbox', { name: 'Seed' });
  await seed.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1');
  await expect(page.getByTestId('sampled-tokens')).toHaveText(tokens ?? '');
  expect((await rows()).map((r) => r.c)).toEqual(first.map((r) => r.c));

  // 10,000 draws by keyboard on the segmented control: closer still.
  await widget.getByRole('radio', { name: '1,000' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByRole('radio', { name: '10,000' })).toBeChecked();
  const big = await rows();
  expect(big.reduce((a, r) => a + r.c, 0)).toBe(10000);
  for (const r of big) expect(Math.abs(r.f - r.p)).toBeLessThan(0.02);
  await expectAxeClean(page);
});

test('temperature exercise: a wrong answer gets a hint, the right one reveals T = 3, progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/softmax-temperature');
  const ex = await answerWrongThenRight(page, 'hotter-top', { choose: 'True' }, { choose: 'False' });
  await expect(ex.locator('.exercise-explanation')).toContainText('44.8%');
  // The question sits before the widget that answers it (predict, then see).
  const before = await ex.evaluate((form) => !!(form.compareDocumentPosition(document.querySelector('#temperature')!) & Node.DOCUMENT_POSITION_FOLLOWING));
  expect(before).toBe(true);
  await expect(page.locator('#temperature').getByRole('slider', { name: 'Temperature T (log scale)' })).toHaveAttribute('aria-valuetext', '3');
  await expect(page.getByTestId('p-went')).toHaveText('0.4482');
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
  await expect(page.locator('form[data-exercise="hotter-top"] .exercise-explanation')).toBeVisible();
});

test('temperature presenter: the class predicts T → 0 first, then → cools the widget to T = 0.1', async ({ page }) => {
  await page.goto('/lessons/softmax-temperature?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  const slider = page.locator('#temperature').getByRole('slider', { name: 'Temperature T (log scale)' });
  await expect(bar).toContainText('Step 1 / 7');
  await expect(slider).toHaveAttribute('aria-valuetext', '1');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 7');
  await expect(bar).toContainText('What does softmax become as T → 0?');
  await expect(slider).toHaveAttribute('aria-valuetext', '1');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 3 / 7');
  await expect(bar).toContainText('Cool to T = 0.1');
  await expect(slider).toHaveAttribute('aria-valuetext', '0.1');
});

test('temperature: show the NumPy and PyTorch code for the current logits and T', async ({ page }) => {
  await page.goto('/lessons/softmax-temperature?temperature.t=0.5');
  const widget = page.locator('#temperature');
  await widget.getByText('Show the code').click();
  const code = widget.locator('.code-block');
  await expect(code).toContainText('z = np.array([38.0, 20.0, 40.0, 39.0])');
  await expect(code).toContainText('T = 0.5');
  await widget.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(code).toContainText('torch.softmax(z / 0.5, dim=0)');
});
