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

/** The product readout equals the product of the shown layers. Retried as a whole: after a key
 * press the layer list and the product re-render in separate commits (a CI run read the third
 * matrix before the product had followed it). */
async function expectProductMatches(page: Page, layers: number): Promise<number[][]> {
  const mats = page.getByTestId('layer-matrix');
  await expect(mats).toHaveCount(layers);
  let shown: number[][] = [];
  await expect(async () => {
    let want = await matrixOf(mats.nth(0));
    for (let i = 1; i < layers; i++) want = mul(await matrixOf(mats.nth(i)), want);
    shown = await matrixOf(page.getByTestId('product-matrix'));
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) {
        // The readout has 6 significant digits; the layer entries print exactly.
        expect(Math.abs(shown[i][j] - want[i][j])).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(want[i][j])));
      }
    }
  }).toPass({ timeout: 10_000 });
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
  await expect.poll(() => matrixOf(page.getByTestId('product-matrix'))).not.toEqual(after);
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
  await expect(bar).toContainText('Step 1 / 10');
  await expect(page.getByTestId('layer-matrix')).toHaveCount(2);
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 10');
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

test('universal approximation: more units shrink the error, ReLU draws |x| − ½ exactly, drawing and typing set the target', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/lessons/why-nonlinear?universal.n=4');
  await expect(page.locator('#universal')).toBeVisible({ timeout: 30_000 });
  const w = page.locator('#universal');
  const readout = w.getByTestId('ua-readout');
  const rmse = async () => Number(await readout.getAttribute('data-rmse'));
  await expect(w.getByTestId('ua-curve')).toHaveAttribute('data-done', 'yes');
  const four = await rmse();
  // Keyboard: End takes the slider to 40 units; the error falls more than a hundredfold.
  const n = w.getByRole('slider', { name: 'Number of units n' });
  await n.focus();
  await page.keyboard.press('End');
  await expect(readout).toContainText('40 sigmoid units');
  expect(await rmse()).toBeLessThan(four / 100);
  await expect(w.locator('path[data-series^="unit-"]')).toHaveCount(40);

  // The exercise's answer: two ReLU units fit the kink exactly.
  await answerWrongThenRight(page, 'kink-units', { type: '3' }, { type: '2' }, 'corner');
  await expect(page).toHaveURL(/universal\.target=kink/);
  await expect(readout).toContainText('2 ReLU units');
  expect(await rmse()).toBeLessThan(1e-9);

  // Drawing with the pointer switches to the drawn target and refits.
  const surface = w.locator('rect.draw-surface');
  const box = await surface.boundingBox();
  if (!box) throw new Error('no drawing surface');
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.8, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/universal\.target=drawn/);
  await expect(w.getByTestId('ua-curve')).toHaveAttribute('data-done', 'yes');

  // Keyboard on the drawing: ↑ raises the selected point by 0.1, and the typed list follows.
  const field = w.getByRole('textbox', { name: /Drawn target values/ });
  const before = (await field.inputValue()).split(/,\s*/).map(Number);
  await surface.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowUp');
  const sel = Number(((await surface.getAttribute('aria-valuetext')) ?? '').match(/point (\d+)/)?.[1]) - 1;
  await expect.poll(async () => Number((await field.inputValue()).split(/,\s*/)[sel])).toBeCloseTo(Math.min(1.5, before[sel] + 0.1), 5);

  // Bad typed input: a message naming the value, the fit kept.
  const kept = await rmse();
  await field.fill('1, 2, x');
  await expect(w.getByText(/need exactly 17 numbers, got 3/)).toBeVisible();
  const bad = Array(17).fill('0.5');
  bad[4] = '9';
  await field.fill(bad.join(', '));
  await expect(w.getByText(/value 5 \(“9”\) must be a number between −1.5 and 1.5/)).toBeVisible();
  expect(await rmse()).toBe(kept);
  await field.fill(Array(17).fill('0.25').join(', '));
  await expect.poll(rmse).toBeLessThan(1e-12);

  // URL values out of range are clamped with a notice.
  await page.goto('/lessons/why-nonlinear?universal.n=400&universal.unit=relu');
  await expect(page.locator('#universal').getByTestId('ua-readout')).toContainText('40 ReLU units');
  await expect(page.locator('#universal')).toContainText('400');

  for (const [lang, theme] of [['en', 'light'], ['zh', 'dark'], ['en', 'dark'], ['zh', 'light']] as const) {
    await page.goto(`/lessons/why-nonlinear?lang=${lang}&universal.target=drawn&universal.n=8`);
    await expect(page.locator('#universal')).toBeVisible({ timeout: 30_000 });
    await page.emulateMedia({ colorScheme: theme });
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    for (const [label, size] of Object.entries({ desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } })) {
      await page.setViewportSize(size);
      await page.locator('#universal').scrollIntoViewIfNeeded();
      await expect(page.locator('#universal').getByTestId('ua-curve')).toHaveAttribute('data-done', 'yes');
      await page.locator('#universal').screenshot({ path: `test-results/screenshots/universal-${lang}-${theme}-${label}.png` });
    }
  }
});
