import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';

test('backprop renders in English and Chinese', async ({ page }) => {
  await page.goto('/lessons/backprop');
  await expect(page.locator('.prose .katex').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /How does the error flow back/ })).toBeVisible();
  await page.goto('/lessons/backprop?lang=zh');
  await expect(page.getByRole('heading', { name: /误差如何逐层反向传回/ })).toBeVisible();
  await expect(page.getByText('反向传播', { exact: false }).first()).toBeVisible();
});

test('backward steps: the keyboard walks δ back layer by layer; the gradient check agrees', async ({ page }) => {
  await page.goto('/lessons/backprop');
  const next = page.getByRole('button', { name: 'Next step back' });
  const eq = page.getByTestId('back-equation');
  const col1 = page.getByTestId('delta-col-1');
  await expect(col1).toContainText('?');
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('back-status')).toHaveText('Step 1 of 6');
  await expect(eq.locator('annotation')).toContainText('p - y');
  for (let k = 2; k <= 5; k++) {
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('back-status')).toHaveText(`Step ${k} of 6`);
    await expect(eq.locator('.katex-error')).toHaveCount(0);
  }
  await expect(page.getByTestId('back-status')).toHaveText('Step 5 of 6');
  await expect(eq.locator('annotation')).toContainText('\\delta^{(1)}');
  await expect(col1).not.toContainText('?');
  const n1 = Number(await col1.locator('.delta-norm').getAttribute('data-value'));
  const n3 = Number(await page.getByTestId('delta-col-3').locator('.delta-norm').getAttribute('data-value'));
  expect(n1).toBeGreaterThan(0);
  expect(n1).toBeLessThan(n3);
  expect(Number(await page.getByTestId('grad-check').getAttribute('data-value'))).toBeLessThan(1e-6);
  await expect(page.getByTestId('check-verdict')).toContainText('agree');
  await expect(page).toHaveURL(/backward-steps\.step=5/);
});

test('saturation exercise: the reveal sets weight scale 8 and the strip strikes units through', async ({ page }) => {
  await page.goto('/lessons/backprop');
  await expect(page.locator('.delta-strip .blocked')).toHaveCount(0);
  await answerWrongThenRight(page, 'saturate', { type: '0' }, { type: '3' });
  await expect(page.getByTestId('back-status')).toHaveText('Step 6 of 6');
  await expect(page).toHaveURL(/backward-steps\.scale=8/);
  expect(await page.locator('.delta-strip .blocked').count()).toBeGreaterThan(0);
});

test('SGD: the runs progress, the spread is measured, axe clean, screenshots', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/lessons/backprop');
  const progress = page.getByTestId('sgd-progress');
  await expect(progress).toHaveAttribute('data-done', 'yes', { timeout: 30_000 });
  await expect(progress).toContainText('Epoch 30 of 30');
  await expect(page.getByTestId('spread-pending')).toHaveCount(0, { timeout: 30_000 });
  await page.locator('[data-widget="sgd-batch"]').getByRole('radio', { name: '64', exact: true }).check();
  await expect(page).toHaveURL(/sgd-batch\.batch=64/);
  await expect(progress).toHaveAttribute('data-done', 'yes', { timeout: 30_000 });
  await page.locator('[data-widget="sgd-batch"]').getByRole('radio', { name: 'steps', exact: true }).check();
  await expect(page).toHaveURL(/sgd-batch\.axis=steps/);
  await expect(page.locator('[data-widget="sgd-batch"]').getByText('steps taken (iterations, log scale)').first()).toBeVisible();
  await expectAxeClean(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAxeClean(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Next step back' }).press('Enter');
  await page.getByRole('button', { name: 'Next step back' }).press('Enter');
  await screenshots(page, 'backprop');
  await page.goto('/lessons/backprop?lang=zh');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await expect(page.getByTestId('sgd-progress')).toHaveAttribute('data-done', 'yes', { timeout: 30_000 });
  await screenshots(page, 'backprop-zh-dark');
});

/** What the digit journey's init script keeps on window: long tasks after __t0. */
interface DigitProbe {
  __t0: number;
  __long: [number, number][];
  __hasLongtask: boolean;
}

test('digits: loaded on request, 784-50-100-10 passes 90 % test accuracy within 60 s of training, no main-thread task over 50 ms', { tag: '@perf' }, async ({ page }) => {
  test.setTimeout(180_000);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.addInitScript(() => {
    const w = window as unknown as DigitProbe;
    w.__t0 = Infinity;
    w.__long = [];
    w.__hasLongtask = PerformanceObserver.supportedEntryTypes.includes('longtask');
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto('/lessons/backprop');
  const status = page.getByTestId('digits-status');
  await expect(status).toHaveAttribute('data-phase', 'idle');
  // The SGD widget above trains on the page for its first seconds: measure the digit lab alone.
  await expect(page.getByTestId('sgd-progress')).toHaveAttribute('data-done', 'yes', { timeout: 60_000 });
  await expect(page.getByTestId('spread-pending')).toHaveCount(0, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  expect(requests.filter((p) => p.includes('mnist')), 'the digits are not downloaded before the reader asks').toEqual([]);
  await page.evaluate(() => void ((window as unknown as DigitProbe).__t0 = performance.now()));
  const load = page.getByRole('button', { name: /Load digits \([\d.]+ MB\)/ });
  await load.focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveAttribute('data-phase', 'done', { timeout: 150_000 });
  expect(requests.filter((p) => p.endsWith('/digits/mnist-6000.bin'))).toHaveLength(1);
  const acc = Number(await status.getAttribute('data-test-acc'));
  const seconds = Number(await status.getAttribute('data-seconds'));
  expect(acc, 'test accuracy after the default 10 epochs').toBeGreaterThanOrEqual(0.9);
  expect(seconds, 'seconds of training').toBeLessThan(60);
  const m = await page.evaluate(() => {
    const w = window as unknown as DigitProbe;
    const entries = w.__long.filter(([start]) => start >= w.__t0);
    return { has: w.__hasLongtask, long: Math.max(0, ...entries.map(([, d]) => d)), all: entries.map(([t, d]) => `${Math.round(d)} ms at +${Math.round(t - w.__t0)} ms`).join(', ') };
  });
  if (m.has) expect(m.long, `longest main-thread task while loading and training (ms); all: ${m.all}`).toBeLessThan(50);
  await expect(page.getByTestId('wrong-digits').getByRole('img')).toHaveCount(8);
});

test('digits: exercise, controls, misclassified digits, axe clean, screenshots', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/lessons/backprop?digit-lab.epochs=3');
  await answerWrongThenRight(page, 'digit-params', { type: '784' }, { type: '45360' });
  const status = page.getByTestId('digits-status');
  await page.getByRole('button', { name: /Load digits/ }).click();
  await expect(status).toHaveAttribute('data-phase', 'done', { timeout: 200_000 });
  await expect(page).not.toHaveURL(/digit-lab\.epochs=3/); // the reveal sets the defaults (10 epochs)
  expect(await page.getByTestId('digits-status').textContent()).toMatch(/10 epochs/);
  const imgs = page.getByTestId('wrong-digits').getByRole('img');
  await expect(imgs.first()).toHaveAttribute('aria-label', /A handwritten \d, read as \d with probability/);
  await expectAxeClean(page);
  await page.getByTestId('digits-status').scrollIntoViewIfNeeded();
  await screenshots(page, 'backprop-digits');
  await page.getByRole('radio', { name: 'plain SGD' }).check();
  await expect(page).toHaveURL(/digit-lab\.opt=sgd/);
  await expect(page).toHaveURL(/digit-lab\.lr=0\.2/);
  await expect(status).toHaveAttribute('data-phase', 'training');
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(status).toHaveAttribute('data-phase', 'done');
  await page.goto('/lessons/backprop?lang=zh&digit-lab.epochs=2');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await page.getByRole('button', { name: /加载数字数据/ }).click();
  await expect(status).toHaveAttribute('data-phase', 'done', { timeout: 200_000 });
  await screenshots(page, 'backprop-digits-zh-dark');
});
