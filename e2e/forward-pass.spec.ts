import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';
import type { Locator } from '@playwright/test';

/** Every bmatrix of a KaTeX block, read from the TeX source kept in its MathML annotation. */
async function matricesOf(scope: Locator): Promise<number[][][]> {
  const tex = (await scope.locator('annotation').first().textContent()) ?? '';
  return [...tex.matchAll(/\\begin\{bmatrix\}(.*?)\\end\{bmatrix\}/g)].map((m) =>
    m[1].split('\\\\').map((row) => row.split('&').map((c) => Number(c.trim().replace(/\\times 10\^\{(-?\d+)\}/, 'e$1')))),
  );
}

test('shapes: batch 64 gives X 64×784 and 64·(784·50 + 50·100 + 100·10) multiply-adds', async ({ page }) => {
  await page.goto('/lessons/forward-pass');
  await expect(page.locator('.prose .katex').first()).toBeVisible();
  const batch = page.getByRole('slider', { name: 'Batch size N' });
  await batch.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 63; i++) await page.keyboard.press('ArrowRight');
  await expect(batch).toHaveValue('64');
  await expect(page.getByTestId('input-shape-1')).toHaveText('X: 64×784');
  await expect(page.getByTestId('input-shape-2')).toHaveText('A1: 64×50');
  await expect(page.getByTestId('madds-total')).toHaveAttribute('data-value', String(64 * (784 * 50 + 50 * 100 + 100 * 10)));
  await expect(page).toHaveURL(/shapes\.batch=64/);
});

test('forward steps: z = Wx + b, then σ(z), with the numbers on screen', async ({ page }) => {
  await page.goto('/lessons/forward-pass');
  const next = page.getByRole('button', { name: 'Next step' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-status')).toHaveText('Step 1 of 6');
  const eq = page.getByTestId('step-equation');
  // Formulas are typeset a frame after the step changes (Equation defers KaTeX), so read the
  // equation until it is this step's: retried, not read once.
  await expect(async () => {
    const [W, x, b, z] = await matricesOf(eq);
    expect(W).toHaveLength(3);
    for (let i = 0; i < 3; i++) {
      const want = W[i][0] * x[0][0] + W[i][1] * x[1][0] + b[i][0];
      expect(Math.abs(z[i][0] - want)).toBeLessThan(1e-3 * Math.max(1, Math.abs(want)));
    }
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-status')).toHaveText('Step 2 of 6');
  await expect(async () => {
    const [zin, a] = await matricesOf(eq);
    expect(a).toBeDefined();
    for (let i = 0; i < 3; i++) expect(Math.abs(a[i][0] - 1 / (1 + Math.exp(-zin[i][0])))).toBeLessThan(1e-3);
  }).toPass({ timeout: 10_000 });
  await expect(page.locator('.vector-col[aria-current="step"]')).toHaveCount(1);
  // Previous goes back.
  await page.getByRole('button', { name: 'Previous step' }).press('Enter');
  await expect(page.getByTestId('step-status')).toHaveText('Step 1 of 6');
});

test('Xavier bound for 784→50 is √(6/834); other layers follow the select', async ({ page }) => {
  await page.goto('/lessons/forward-pass');
  const bound = page.getByTestId('xavier-bound');
  expect(Number(await bound.getAttribute('data-value'))).toBe(Math.sqrt(6 / 834));
  await expect(bound.locator('annotation')).toContainText('834');
  expect(Number(await page.getByTestId('he-std').getAttribute('data-value'))).toBe(Math.sqrt(2 / 784));
  const select = page.getByRole('combobox', { name: 'Layer of the network' });
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('1');
  expect(Number(await bound.getAttribute('data-value'))).toBe(Math.sqrt(6 / 150));
});

test('symmetric init keeps the hidden units identical; breaking symmetry makes them differ', async ({ page }) => {
  await page.goto('/lessons/forward-pass');
  const progress = page.getByTestId('sym-progress');
  const spread = page.getByTestId('unit-spread');
  const rows = page.getByTestId('unit-row');
  const cells = async () => (await rows.allTextContents()).map((t) => t.replace(/^h\d/, ''));

  await page.getByRole('button', { name: /^Train \d+ steps$/ }).press('Enter');
  await expect(progress).toHaveText('500 / 500 steps', { timeout: 20_000 });
  await expect(spread).toHaveAttribute('data-value', '0');
  const same = await cells();
  expect(new Set(same).size).toBe(1);
  await expect(spread).toContainText('identical');

  await page.getByRole('button', { name: 'Break symmetry' }).press('Enter');
  await expect(page.getByRole('radio', { name: 'Random (Xavier)' })).toBeChecked();
  await page.getByRole('button', { name: /^Train \d+ steps$/ }).press('Enter');
  await expect(progress).toHaveText('500 / 500 steps', { timeout: 20_000 });
  await expect(progress).toHaveAttribute('data-done', 'yes');
  expect(Number(await spread.getAttribute('data-value'))).toBeGreaterThan(0.01);
  expect(new Set(await cells()).size).toBe(4);

  await expectAxeClean(page);
  // The phone layout too: wide equations and tables must not become unreachable scroll areas.
  await page.getByRole('button', { name: 'Next step' }).press('Enter');
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAxeClean(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshots(page, 'forward-pass');
});

test('forward-pass exercise: a wrong answer gets a hint, the right one reveals layer 1, progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/forward-pass?xavier.layer=2');
  const select = page.getByRole('combobox', { name: 'Layer of the network' });
  await expect(select).toHaveValue('2');
  await answerWrongThenRight(page, 'xavier-bound', { type: '0.1' }, { type: '0.0848' });
  await expect(select).toHaveValue('0');
  expect(Number(await page.getByTestId('xavier-bound').getAttribute('data-value'))).toBe(Math.sqrt(6 / 834));
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
  await expect(page.locator('form[data-exercise="xavier-bound"] .exercise-explanation')).toContainText('834');
});

test('forward-pass presenter: → moves to step 2, a batch of one', async ({ page }) => {
  await page.goto('/lessons/forward-pass?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 8');
  await expect(page.getByTestId('input-shape-1')).toHaveText('X: 100×784');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 8');
  await expect(page.getByTestId('input-shape-1')).toHaveText('X: 1×784');
});

test('forward-pass: show the NumPy and PyTorch code for the batch', async ({ page }) => {
  await page.goto('/lessons/forward-pass?shapes.batch=64');
  const widget = page.locator('#shapes');
  await widget.getByText('Show the code').click();
  const code = widget.locator('.code-block');
  await expect(code).toContainText('sizes, N = [784, 50, 100, 10], 64');
  await expect(code).toContainText('expit(Z)');
  // The PyTorch tab builds the same network: Xavier-uniform weights, sigmoid hidden layers.
  await widget.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(code).toContainText('nn.Linear(784, 50)');
  await expect(code).toContainText('nn.init.xavier_uniform_(m.weight)');
  await expect(code).toContainText('nn.Sigmoid()');
});
