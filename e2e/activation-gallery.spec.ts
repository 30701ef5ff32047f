import { test, expect, expectAxeClean, screenshots } from './fixtures';

test('gallery journey: pick GELU, move ε with the keyboard, see the region and readout change', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Activation functions side by side' }).click();
  await expect(page).toHaveURL(/\/lessons\/activation-gallery$/);

  // KaTeX rendered at build time in the prose, and at run time for the formulas.
  await expect(page.locator('.prose .katex').first()).toBeVisible();
  await expect(page.getByTestId('formula-sigmoid').locator('.katex')).toBeVisible();

  // Start from one activation: untick tanh, then pick GELU.
  await page.getByRole('checkbox', { name: 'tanh', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'GELU', exact: true }).check();
  await expect(page.getByTestId('formula-gelu').locator('.katex')).toBeVisible();
  await expect(page.locator('#gallery .props-table')).toContainText('GELU');
  await expect(page.locator('path.series[data-series="gelu-f"]')).toHaveCount(1);

  const readout = page.getByTestId('saturation-readout');
  const bands = page.locator('.plot rect.band');
  const before = await readout.textContent();
  const bandWidth = async () =>
    bands.evaluateAll((els) => els.reduce((a, e) => a + Number(e.getAttribute('width')), 0));
  const widthBefore = await bandWidth();
  expect(before).toContain('Sigmoid');
  expect(widthBefore).toBeGreaterThan(0);

  // ε down with the keyboard: the saturated region of sigmoid (first pick) must shrink.
  const eps = page.getByRole('slider', { name: 'Saturation threshold ε' });
  await eps.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(readout).not.toHaveText(before ?? '');
  const widthAfter = await bandWidth();
  expect(widthAfter).toBeLessThan(widthBefore);

  // Make GELU the first pick: its saturated region is on the negative side only.
  await page.getByRole('checkbox', { name: 'Sigmoid', exact: true }).uncheck();
  await expect(readout).toContainText('GELU');
  const pct = Number(/([\d.]+)%/.exec((await readout.textContent()) ?? '')?.[1]);
  expect(pct).toBeGreaterThan(0);
  expect(pct).toBeLessThan(50);

  await expectAxeClean(page);
  await screenshots(page, 'activation-gallery');
});

test('gallery: parameter sliders appear for parametrised activations and change the curve', async ({ page }) => {
  await page.goto('/lessons/activation-gallery');
  await page.getByRole('checkbox', { name: 'ELU', exact: true }).check();
  const alpha = page.getByRole('slider', { name: 'ELU: alpha' });
  await expect(alpha).toBeVisible();
  const path = page.locator('path.series[data-series="elu-f"]');
  const d0 = await path.getAttribute('d');
  await alpha.focus();
  await page.keyboard.press('PageUp');
  await expect(path).not.toHaveAttribute('d', d0 ?? '');
  // Three is the limit: a fourth checkbox is disabled.
  await expect(page.getByRole('checkbox', { name: 'ReLU', exact: true })).toBeDisabled();
});

test('gallery exercise: wrong answer gets a hint, right answer reveals the widget state, progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/activation-gallery');
  const ex = page.locator('form[data-exercise="max-slope"]');
  await ex.getByRole('radio', { name: 'True' }).check();
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.getByRole('status')).toContainText('Not quite');
  await expect(ex.locator('.exercise-hint')).toBeVisible();
  await ex.getByRole('radio', { name: 'False' }).check();
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.getByRole('status')).toContainText('Correct');
  await expect(ex.locator('.exercise-explanation')).toContainText('0.25');
  // The reveal moved the widget: sigmoid and tanh over ±4.
  await expect(page.getByRole('checkbox', { name: 'tanh', exact: true })).toBeChecked();
  await expect(page.locator('[data-widget="gallery"]').getByRole('slider', { name: 'x range' })).toHaveValue('4');

  // A numeric prediction answered with the keyboard.
  const edge = page.locator('form[data-exercise="sigmoid-edge"]');
  const s = edge.getByRole('slider');
  await s.focus();
  for (let i = 0; i < 46; i++) await page.keyboard.press('ArrowRight');
  await edge.getByRole('button', { name: 'Check' }).click();
  await expect(edge.getByRole('status')).toContainText('Correct');

  await expect(page.getByTestId('progress-badge').first()).toContainText('2/2');
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('2/2');
  await expect(page.locator('form[data-exercise="max-slope"] .exercise-explanation')).toBeVisible();
  await expectAxeClean(page);
});

test('gallery: show the NumPy and PyTorch code for the current picks', async ({ page }) => {
  await page.goto('/lessons/activation-gallery?gallery.pick=tanh,elu&gallery.elu_alpha=0.5');
  await page.locator('#gallery').getByText('Show the code').click();
  const code = page.locator('#gallery .code-block');
  await expect(code).toContainText('np.tanh(x)');
  await expect(code).toContainText('0.5 * np.expm1(x)');
  await page.locator('#gallery').getByRole('radio', { name: 'NumPy' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#gallery').getByRole('radio', { name: 'PyTorch' })).toBeChecked();
  await expect(code).toContainText('F.elu(x, alpha=0.5)');
});

test('gallery: GELU approximations differ by computed, tiny amounts; cost is measured live', async ({ page }) => {
  await page.goto('/lessons/activation-gallery?gallery.pick=gelu,geluTanh');
  const worst = page.getByTestId('gelu-worst');
  await expect(worst).toContainText('GELU (tanh approx.)');
  const max = (s: string, name: string) => Number(new RegExp(`${name.replace(/[()]/g, '\\$&')}: largest \\|error\\| ([0-9.e−]+)`).exec(s)?.[1].replace('−', '-'));
  const text = (await worst.textContent()) ?? '';
  const tanhErr = max(text, 'GELU (tanh approx.)');
  const sigErr = max(text, 'GELU (sigmoid approx.)');
  expect(tanhErr).toBeGreaterThan(1e-5);
  expect(tanhErr).toBeLessThan(1e-3);
  expect(sigErr).toBeGreaterThan(tanhErr); // x·σ(1.702x) is the cruder fit
  await page.getByTestId('measure-cost').click();
  await expect(page.getByTestId('cost-gelu')).toHaveText(/^\d+\.\d\d ns$/);
});

test('gallery: the properties table computes zero-centred from the mean output and brackets the range', async ({ page }) => {
  await page.goto('/lessons/activation-gallery?gallery.pick=elu,selu,leakyRelu');
  await expect(page.getByTestId('zero-centred-elu')).toHaveText(/^no \(0\.161\)$/);
  await expect(page.getByTestId('zero-centred-selu')).toHaveText(/^yes \(0\.000\)$/);
  await expect(page.getByTestId('zero-centred-leakyRelu')).toHaveText(/^no \(0\.395\)$/);
  await expect(page.locator('#gallery .props-table caption')).toContainText('|E[f(z)]| < 0.05');
  await expect(page.locator('#gallery .props-table')).toContainText('(−1, ∞)');
  // The prose quotes the engine: softplus never dips, GELU's minimum is −0.17.
  await expect(page.locator('.prose')).toContainText('stays above zero everywhere');
  await expect(page.locator('.prose')).toContainText('−0.17');
});

test('gallery presenter: the ε = 10⁻⁶ caption quotes the computed saturation edge', async ({ page }) => {
  await page.goto('/lessons/activation-gallery?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 10');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('|x| ≈ 13.8');
  await expect(bar).not.toContainText('{{');
});

test('maxout, GELU’s gate and the article’s properties: predict, then see', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/lessons/activation-gallery');
  await expect(page.locator('#maxout')).toBeVisible({ timeout: 30_000 });
  // Maxout: doubling the pieces on x² quarters the error.
  const mx = page.locator('#maxout');
  const rmse = async () => Number(await mx.getByTestId('maxout-readout').getAttribute('data-rmse'));
  const two = await rmse();
  const ex = page.locator('form[data-exercise="maxout-halving"]');
  await ex.getByRole('radio', { name: 'E/2' }).check();
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.locator('.exercise-hint')).toBeVisible();
  await ex.getByRole('radio', { name: 'E/4' }).check();
  await ex.getByRole('button', { name: 'Check' }).click();
  await expect(ex.getByRole('status')).toContainText('Correct');
  await expect(mx.getByRole('slider', { name: 'Pieces k' })).toHaveValue('4');
  const ratio = two / (await rmse());
  expect(ratio).toBeGreaterThan(3.6);
  expect(ratio).toBeLessThan(4.4);
  // Keyboard and select: |x| with two pieces is exact; the lines are drawn.
  await mx.getByRole('combobox', { name: 'Convex target' }).selectOption('abs');
  const k = mx.getByRole('slider', { name: 'Pieces k' });
  await k.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(mx.getByTestId('maxout-readout')).toContainText('max of 2 lines');
  expect(await rmse()).toBeLessThan(1e-9);
  await expect(mx.locator('path.series[data-series^="piece-"]')).toHaveCount(2);

  // GELU's gate: predict where the mean settles at x = −1, then see it.
  const gx = page.locator('form[data-exercise="gelu-gate"]');
  const s = gx.getByRole('slider');
  await s.focus();
  for (let i = 0; i < 84; i++) await page.keyboard.press('ArrowRight');
  await gx.getByRole('button', { name: 'Check' }).click();
  await expect(gx.getByRole('status')).toContainText('Correct');
  const gate = page.locator('#gelu-gate').getByTestId('gate-readout');
  await expect(gate).toContainText(/10\s000 draws/);
  const mean = Number(await gate.getAttribute('data-mean'));
  const exact = Number(await gate.getAttribute('data-exact'));
  const se = Number(await gate.getAttribute('data-se'));
  expect(Math.abs(mean - exact)).toBeLessThan(4 * se);
  // A new seed, new draws, the same limit.
  const seed = page.locator('#gelu-gate').getByRole('slider', { name: 'Seed' });
  await seed.focus();
  await page.keyboard.press('ArrowRight');
  await expect(gate).not.toHaveAttribute('data-mean', String(mean));
  await expect(page).toHaveURL(/gelu-gate\.seed=2/);

  // The properties table, computed: ReLU has a corner at 0 and is not ≈ x; GELU is not monotone.
  const table = page.getByTestId('traits-table');
  await expect(table.getByTestId('near-relu')).toContainText('no');
  await expect(table.getByTestId('ae-relu')).toContainText('x = 0');
  await expect(table.getByTestId('monotone-gelu')).toHaveText('no');
  await expect(table.getByTestId('near-tanh')).toContainText('yes');
  await expect(table.getByTestId('ae-hardTanh')).toContainText('−1, 1');

});

test('maxout and GELU’s gate: URL values clamped; screenshots in both languages and themes', async ({ page }) => {
  test.setTimeout(240_000);
  // Out-of-range URL values are clamped with a notice.
  await page.goto('/lessons/activation-gallery?maxout.k=99&gelu-gate.x=7');
  await expect(page.locator('#maxout')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#maxout').getByRole('slider', { name: 'Pieces k' })).toHaveValue('8');
  await expect(page.locator('#gelu-gate')).toContainText('At x = 3');

  for (const [lang, theme] of [['en', 'light'], ['zh', 'dark'], ['en', 'dark'], ['zh', 'light']] as const) {
    await page.goto(`/lessons/activation-gallery?lang=${lang}&maxout.k=3&maxout.target=exp&gelu-gate.n=300`);
    await expect(page.locator('#gelu-gate')).toBeVisible({ timeout: 30_000 });
    await page.emulateMedia({ colorScheme: theme });
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    for (const [label, size] of Object.entries({ desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } })) {
      await page.setViewportSize(size);
      for (const id of ['maxout', 'gelu-gate']) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.locator(`#${id}`).screenshot({ path: `test-results/screenshots/${id}-${lang}-${theme}-${label}.png` });
      }
      await page.getByTestId('traits-table').screenshot({ path: `test-results/screenshots/traits-${lang}-${theme}-${label}.png` });
    }
  }
});
