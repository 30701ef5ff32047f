import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';
import type { Locator, Page } from '@playwright/test';

/** Numbers of a KaTeX bmatrix, read from the TeX source KaTeX keeps in its MathML annotation. */
async function matrixOf(scope: Locator): Promise<number[][]> {
  const tex = (await scope.locator('annotation').first().textContent()) ?? '';
  const body = /\\begin\{bmatrix\}(.*)\\end\{bmatrix\}/.exec(tex)?.[1] ?? '';
  return body.split('\\\\').map((row) =>
    row.split('&').map((cell) => Number(cell.trim().replace(/\\times 10\^\{(-?\d+)\}/, 'e$1'))),
  );
}

const mul = (a: number[][], b: number[][]) => a.map((r) => b[0].map((_, j) => r.reduce((s, v, k) => s + v * b[k][j], 0)));

async function expectProductMatches(page: Page, layers: number): Promise<number[][]> {
  const mats = page.getByTestId('layer-matrix');
  await expect(mats).toHaveCount(layers);
  let want = await matrixOf(mats.nth(0));
  for (let i = 1; i < layers; i++) want = mul(await matrixOf(mats.nth(i)), want);
  const shown = await matrixOf(page.getByTestId('product-matrix'));
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 2; j++) {
      // The readout has 6 significant digits; the layer entries print exactly.
      expect(Math.abs(shown[i][j] - want[i][j])).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(want[i][j])));
    }
  }
  return shown;
}

test('collapse: the product readout is the product of the shown layers, until a nonlinearity sits between them', async ({ page }) => {
  await page.goto('/lessons/why-nonlinear');
  await expect(page.locator('.prose .katex').first()).toBeVisible();
  const before = await expectProductMatches(page, 2);

  // One more layer with the keyboard: a new matrix appears and the product changes.
  const slider = page.getByRole('slider', { name: 'Number of layers' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  const after = await expectProductMatches(page, 3);
  expect(after).not.toEqual(before);

  // Re-rolling gives other matrices; the readout follows.
  await page.getByRole('button', { name: 'Re-roll the matrices' }).press('Enter');
  await expectProductMatches(page, 3);

  // tanh between the layers: no single matrix, and the grid lines bend.
  const straight = await page.locator('.grid-view').nth(1).locator('path.grid-line').first().getAttribute('d');
  const none = page.getByRole('radio', { name: 'none (linear)' });
  await none.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'tanh' })).toBeChecked();
  await expect(page.getByTestId('no-single-matrix')).toContainText('No single matrix');
  await expect(page.getByTestId('product-matrix')).toHaveCount(0);
  await expect(page.locator('.grid-view').nth(1).locator('path.grid-line').first()).not.toHaveAttribute('d', straight ?? '');
  await expect(page).toHaveURL(/collapse\.bend=tanh/);
});

test('step vs sigmoid: the step ball never moves, the sigmoid ball rolls downhill', async ({ page }) => {
  await page.goto('/lessons/why-nonlinear');
  const stepBall = page.getByTestId('ball-step');
  const sigBall = page.getByTestId('ball-sigmoid');
  const w = async (l: Locator) => Number(await l.getAttribute('data-w'));
  const w0Step = await w(stepBall);
  const w0Sig = await w(sigBall);
  expect(w0Step).toBe(w0Sig);
  const button = page.getByRole('button', { name: 'Take one step' });
  await button.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('Enter');
  await expect(page.getByTestId('descent-steps')).toContainText('5 steps');
  expect(await w(stepBall)).toBe(w0Step);
  await expect(stepBall).toContainText('dL/dw = 0');
  expect(await w(sigBall)).toBeGreaterThan(w0Sig);
});

test('XOR: identity hidden layer stays ≤ 75%, tanh reaches ≥ 95%', async ({ page }) => {
  await page.goto('/lessons/why-nonlinear');
  const train = page.getByRole('button', { name: /^Train \d+ steps$/ });
  await train.focus();
  await page.keyboard.press('Enter');
  const progress = page.getByTestId('xor-progress');
  await expect(progress).toHaveText('600 / 600 steps', { timeout: 20_000 });
  await expect(progress).toHaveAttribute('data-done', 'yes');
  const acc = async (id: string) => Number(await page.getByTestId(id).getAttribute('data-acc'));
  expect(await acc('acc-identity')).toBeLessThanOrEqual(0.75);
  expect(await acc('acc-tanh')).toBeGreaterThanOrEqual(0.95);
  // The best any straight line can do on these points caps the identity network.
  const best = Number(await page.getByTestId('best-line').getAttribute('data-acc'));
  expect(await acc('acc-identity')).toBeLessThanOrEqual(best);
  await expect(page.getByTestId('best-line')).toContainText('74.5%');
  await expect(page.locator('.prose')).toContainText('no line gets more than 74.5%');
  await expect(page.getByTestId('acc-tanh')).toContainText('%');

  await expectAxeClean(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAxeClean(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshots(page, 'why-nonlinear');
});

test('why-nonlinear exercise: a wrong answer gets a hint, the right one reveals 4 layers, progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/why-nonlinear');
  await answerWrongThenRight(page, 'four-layers', { type: '4' }, { type: '1' });
  await expect(page.getByRole('slider', { name: 'Number of layers' })).toHaveValue('4');
  await expect(page.getByTestId('layer-matrix')).toHaveCount(4);
  await expect(page.getByTestId('product-matrix')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('1/1');
  await expect(page.locator('form[data-exercise="four-layers"] .exercise-explanation')).toBeVisible();
});

test('why-nonlinear presenter: → moves to step 2, six linear layers, still one matrix', async ({ page }) => {
  await page.goto('/lessons/why-nonlinear?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 6');
  await expect(page.getByTestId('layer-matrix')).toHaveCount(2);
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 6');
  await expect(page.getByTestId('layer-matrix')).toHaveCount(6);
  await expect(page.getByTestId('product-matrix')).toBeVisible();
});

test('why-nonlinear: show the NumPy and PyTorch code for the stack', async ({ page }) => {
  await page.goto('/lessons/why-nonlinear?collapse.layers=3&collapse.bend=tanh');
  const widget = page.locator('#collapse');
  await widget.getByText('Show the code').click();
  const code = widget.locator('.code-block');
  await expect(code).toContainText('h = np.tanh(h)');
  // By keyboard: with the code open, the tabs can sit under the sticky header.
  await widget.getByRole('radio', { name: 'NumPy' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByRole('radio', { name: 'PyTorch' })).toBeChecked();
  await expect(code).toContainText('torch.linalg.multi_dot(W[::-1])');
});
