import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';

const num = (s: string | null) => Number((s ?? '').replace(/−/g, '-'));

test('saturation: σ′ far out, the depth chain, and the zig-zag — from the keyboard', async ({ page }) => {
  await page.goto('/lessons/saturation');
  await expect(page.locator('.prose .katex').first()).toBeVisible();

  // σ′ readout: move x to 50 and back to 40 with the keyboard; the true 4.25e−18, not 0.
  const x = page.getByRole('slider', { name: 'Input x' });
  await x.focus();
  await page.keyboard.press('End');
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
  const readout = page.getByTestId('sigma-prime-readout');
  await expect(readout).toContainText('σ′(40) =');
  const sig = num(/=\s*(\S+)/.exec((await readout.textContent()) ?? '')?.[1] ?? null);
  expect(sig).toBeGreaterThan(4.2e-18);
  expect(sig).toBeLessThan(4.3e-18);
  // The textbook σ(1 − σ) rounds to exactly 0 there.
  await expect(page.getByTestId('slope-naive').locator('td')).toHaveText('0');

  // Depth chain: 30 sigmoid layers lose more than 10^6 in the first layer's gradient.
  const ratio = page.getByTestId('depth-ratio');
  await expect(page.getByRole('slider', { name: 'Hidden layers N' })).toHaveValue('30');
  const sigmoidRatio = Number(await ratio.getAttribute('data-ratio'));
  expect(sigmoidRatio).toBeLessThan(1e-6);
  await expect(page.getByTestId('depth-bound')).toContainText('10');
  // The split per layer: sigmoid slopes pass under 1/4, Xavier matrices about 1.
  const factors = page.getByTestId('depth-factors');
  await expect(factors).toContainText('f′(z)');
  expect(Number(await factors.getAttribute('data-slope'))).toBeLessThan(0.25);
  expect(Number(await factors.getAttribute('data-weight'))).toBeGreaterThan(0.85);
  expect(Number(await factors.getAttribute('data-weight'))).toBeLessThan(1.15);

  // ReLU + He preset, chosen with the keyboard: the gradient holds.
  const relu = page.getByRole('button', { name: 'ReLU + He (holds)' });
  await relu.focus();
  await page.keyboard.press('Enter');
  await expect(relu).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('combobox', { name: 'Activation' })).toHaveValue('relu');
  await expect.poll(async () => Number(await ratio.getAttribute('data-ratio'))).toBeGreaterThan(1e-3);

  // Depth with the keyboard: 31 layers of tanh + Xavier hold the gradient too.
  await page.getByRole('button', { name: 'tanh + Xavier (holds too)' }).click();
  const depth = page.getByRole('slider', { name: 'Hidden layers N' });
  await depth.focus();
  await page.keyboard.press('ArrowRight');
  await expect(depth).toHaveValue('31');
  await expect.poll(async () => Number(await ratio.getAttribute('data-ratio'))).toBeGreaterThan(sigmoidRatio);

  // Zig-zag: the mean's steep direction caps η; centred inputs allow a much larger one.
  const zz = page.getByTestId('zigzag-readout');
  const attr = async (k: string) => Number(await zz.getAttribute(k));
  const maxPos = await attr('data-max-pos');
  expect(await attr('data-max-cen')).toBeGreaterThan(5 * maxPos);
  // Raise η with the keyboard past the positive case's limit: it diverges, centred converges.
  const lr = page.getByRole('slider', { name: 'Learning rate η' });
  await lr.focus();
  while (Number(await lr.inputValue()) <= maxPos + 0.1) await page.keyboard.press('ArrowRight');
  await expect.poll(() => attr('data-loss-pos')).toBeGreaterThan(1);
  expect(await attr('data-loss-cen')).toBeLessThan(0.01);
  await expect(page.locator('.sat-contour svg')).toHaveCount(2);

  await expectAxeClean(page);
  await screenshots(page, 'saturation');
});

test('saturation exercise: wrong → hint, right → the slope widget moves to x = 40; progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/saturation');
  const ex = await answerWrongThenRight(page, 'sigma-40', { choose: 'True' }, { choose: 'False' });
  await expect(ex.locator('.exercise-explanation')).toContainText('4.25e−18');
  await expect(page.getByTestId('sigma-prime-readout')).toContainText('σ′(40) =');

  const max = page.locator('form[data-exercise="sigma-max"]');
  await max.getByRole('textbox').fill('0.25');
  await max.getByRole('button', { name: 'Check' }).click();
  await expect(max.getByRole('status')).toContainText('Correct');
  await expect(page.getByTestId('progress-badge').first()).toContainText('2/2');

  // The depth question sits before the depth widget; answering moves it to the 30-layer default.
  const layers = page.getByRole('slider', { name: 'Hidden layers N' });
  await layers.focus();
  await page.keyboard.press('Home');
  await expect(layers).toHaveValue('1');
  const depthEx = await answerWrongThenRight(page, 'depth-bound', { choose: 'Far below it' }, { choose: 'Within 1000× of it' }, 'Xavier');
  await expect(depthEx.locator('.exercise-explanation')).toContainText('for every seed from 1 to 999');
  await expect(layers).toHaveValue('30');
  await expect(page.getByTestId('progress-badge').first()).toContainText('3/3');
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('3/3');
});

test('saturation: presenter steps drive the widgets; show the code', async ({ page }) => {
  await page.goto('/lessons/saturation?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 6');
  await expect(page.getByTestId('sigma-prime-readout')).toContainText('σ′(0) =');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 6');
  await expect(page.getByTestId('sigma-prime-readout')).toContainText('σ′(40) =');
  await page.keyboard.press('Escape');

  const slopes = page.locator('[data-widget="slopes"]');
  await slopes.getByText('Show the code').click();
  await expect(slopes.locator('.code-block')).toContainText('expit(x) * expit(-x)');
  const depth = page.locator('[data-widget="depth"]');
  await depth.getByText('Show the code').click();
  await depth.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(depth.locator('.code-block')).toContainText('nn.Sigmoid()');
  await expect(depth.locator('.code-block')).toContainText('.backward()');
});

test('saturation: the largest depth network is computed in a worker, the number equals the engine', async ({ page }) => {
  const { depthChain } = await import('../src/lessons/saturation/depthChain');
  const { depthSchema } = await import('../src/lessons/saturation/schema');
  type DP = import('../src/lessons/saturation/depthChain').DepthParams;
  const base: Omit<DP, 'depth' | 'width'> = { act: depthSchema.act.default as DP['act'], init: depthSchema.init.default as DP['init'], scale: depthSchema.scale.default, seed: depthSchema.seed.default };
  // A permalink to 50 layers of 64 units: ~100 ms of work, none of it on the page's thread.
  await page.goto('/lessons/saturation?depth.depth=50&depth.width=64');
  const ratio = page.getByTestId('depth-ratio');
  // Equal to the engine run here in Node, to the last few bits (Node's and Chromium's V8 may round Math.exp differently).
  const near = async (want: number) =>
    expect.poll(async () => Math.abs(Number(await ratio.getAttribute('data-ratio')) / want - 1), { timeout: 30_000 }).toBeLessThan(1e-12);
  await near(depthChain({ ...base, depth: 50, width: 64 }).ratio);
  // One step narrower: the old picture stays (greyed) until the worker answers for 63 units.
  const width = page.getByRole('slider', { name: 'Units per layer' });
  await width.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(width).toHaveValue('63');
  await near(depthChain({ ...base, depth: 50, width: 63 }).ratio);
  await expect(page.locator('[data-widget="depth"] [aria-busy="true"]')).toHaveCount(0);
});
