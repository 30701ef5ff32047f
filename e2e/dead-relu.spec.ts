import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean, screenshots } from './fixtures';
import { answerWrongThenRight } from './exercise';

const status = (page: Page) => page.getByTestId('lab-status');

/** What the long-task journey's init script keeps on window. */
interface Probe {
  __t0: number;
  __long: [number, number][];
  __gaps: number[];
  __hasLongtask: boolean;
}

/** Presses a button from the keyboard. */
async function press(page: Page, name: string) {
  const b = page.getByRole('button', { name, exact: true });
  await b.focus();
  await page.keyboard.press('Enter');
}

/** Picks a preset, waits for its fresh run, then steps 5 × 100 with the keyboard. */
async function run500(page: Page, preset: string) {
  await press(page, preset);
  await expect(page.getByRole('button', { name: preset })).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveAttribute('data-step', '0');
  for (let i = 0; i < 5; i++) {
    await press(page, 'Step +100');
    await expect(status(page)).toHaveAttribute('data-step', String(100 * (i + 1)));
  }
}

test('dead-relu lab: too-high LR kills units, leaky ReLU does not; play/pause/step/reset by keyboard', async ({ page }) => {
  await page.goto('/lessons/dead-relu');
  await expect(status(page)).toHaveAttribute('data-step', '0');
  await page.getByRole('combobox', { name: 'Steps per click' }).selectOption('100');

  await run500(page, 'Learning rate too high');
  expect(Number(await status(page).getAttribute('data-dead'))).toBeGreaterThan(0);
  await expect(page.locator('.dr-unit.dead').first()).toBeVisible();
  await expect(page.locator('.dr-unit.dead .sr-only').first()).toContainText('dead');
  // Paused: the worker computes the histogram from its own trainer.
  await expect(page.getByTestId('hist-readout')).toContainText('below zero');
  await expectAxeClean(page);
  await screenshots(page, 'dead-relu');

  await run500(page, 'Leaky ReLU');
  await expect(status(page)).toHaveAttribute('data-dead', '0');
  await expect(page.locator('.dr-unit.dead')).toHaveCount(0);

  // Play, then pause, from the keyboard.
  await press(page, 'Play');
  await expect(status(page)).toHaveAttribute('data-running', 'true');
  await expect.poll(async () => Number(await status(page).getAttribute('data-step'))).toBeGreaterThan(700);
  await page.keyboard.press('Enter'); // focus stays on the toggle, now "Pause"
  await expect(status(page)).toHaveAttribute('data-running', 'false');
  const stopped = await status(page).getAttribute('data-step');
  await page.waitForTimeout(300);
  await expect(status(page)).toHaveAttribute('data-step', stopped ?? '');

  // Reset run: back to step 0 with the same config.
  await press(page, 'Reset run');
  await expect(status(page)).toHaveAttribute('data-step', '0');
  await expectAxeClean(page);
});

test('dead-relu lab: negative bias init is dead at birth; its one-change fix, bias 0, is not', async ({ page }) => {
  await page.goto('/lessons/dead-relu');
  await expect(status(page)).toHaveAttribute('data-step', '0');
  await press(page, 'Negative bias init');
  await expect(page.getByRole('button', { name: 'Negative bias init' })).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveAttribute('data-dead', '16');
  await press(page, 'Bias 0');
  await expect(page.getByRole('button', { name: 'Bias 0' })).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveAttribute('data-step', '0');
  await expect(status(page)).toHaveAttribute('data-dead', '0');
});

test('dead-relu: no main-thread long task while the worker trains for 10 s; start, pause, step, reset', { tag: '@perf' }, async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as Probe;
    w.__t0 = Infinity;
    w.__long = [];
    w.__gaps = [];
    w.__hasLongtask = PerformanceObserver.supportedEntryTypes.includes('longtask');
    // Entries arrive asynchronously: keep their start times and filter by the measuring window.
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
    // Fallback if this Chromium reports no longtask entries: the largest gap between frames.
    let last = performance.now();
    const frame = (now: number) => {
      if (last >= w.__t0) w.__gaps.push(now - last);
      last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.goto('/lessons/dead-relu');
  await expect(status(page)).toHaveAttribute('data-step', '0');
  // Measure the training only, not the page load: the paused lab's last piece of start-up
  // work is its pre-activation histogram (a worker round trip, then a plot). Then a moment
  // for the page to settle.
  await expect(page.getByTestId('hist-readout')).toBeVisible();
  // And the rest of the page: every widget below mounted (the fixture mounts them all at
  // once), its code loaded and its formulas typeset. One CI run saw tasks of 156 and 332 ms in
  // the first 2 s after Play (its retry none): most likely the page still mounting.
  await expect(page.locator('[data-deferred-widget]')).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.equation-pending')).toHaveCount(0);
  await page.waitForTimeout(500);
  await page.evaluate(() => void ((window as unknown as Probe).__t0 = performance.now()));
  await press(page, 'Play');
  await expect(status(page)).toHaveAttribute('data-running', 'true');
  await page.waitForTimeout(10_000);
  const m = await page.evaluate(() => {
    const w = window as unknown as Probe;
    const entries = w.__long.filter(([start]) => start >= w.__t0);
    const during = entries.map(([, d]) => d);
    return { has: w.__hasLongtask, long: Math.max(0, ...during), all: entries.map(([t, d]) => `${Math.round(d)} ms at +${Math.round(t - w.__t0)} ms`).join(', '), gap: Math.max(0, ...w.__gaps) };
  });
  // The quality gate's budget: no main-thread task over 50 ms. This journey runs alone in
  // the 'perf' project (playwright.config.ts), where no neighbour's load is measured.
  if (m.has) expect(m.long, `longest main-thread task during training (ms); all: ${m.all}`).toBeLessThan(50);
  else expect(m.gap, 'largest gap between frames during training (ms)').toBeLessThan(100);
  expect(Number(await status(page).getAttribute('data-step'))).toBeGreaterThan(100);

  await page.keyboard.press('Enter'); // the toggle, now "Pause"
  await expect(status(page)).toHaveAttribute('data-running', 'false');
  const paused = Number(await status(page).getAttribute('data-step'));
  await press(page, 'Step +10');
  await expect(status(page)).toHaveAttribute('data-step', String(paused + 10));
  await press(page, 'Reset run');
  await expect(status(page)).toHaveAttribute('data-step', '0');
});

test('dead-relu exercise: wrong → hint, right → the lab shows leaky ReLU; the count comes from the engine; progress survives a reload', async ({ page }) => {
  await page.goto('/lessons/dead-relu');
  const ex = await answerWrongThenRight(page, 'leaky-dies', { choose: 'True' }, { choose: 'False' });
  await expect(ex.locator('.exercise-explanation')).toContainText('0.01');
  await expect(page.getByRole('button', { name: 'Leaky ReLU', exact: true })).toHaveAttribute('aria-pressed', 'true');

  const count = page.locator('form[data-exercise="negbias-count"]');
  await count.getByRole('textbox').fill('16');
  await count.getByRole('button', { name: 'Check' }).click();
  await expect(count.getByRole('status')).toContainText('Correct');
  await expect(page.getByRole('button', { name: 'Negative bias init' })).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveAttribute('data-dead', '16');

  await expect(page.getByTestId('progress-badge').first()).toContainText('2/2');
  await page.reload();
  await expect(page.getByTestId('progress-badge').first()).toContainText('2/2');
});

test('dead-relu: presenter steps drive the lab; show the code', async ({ page }) => {
  await page.goto('/lessons/dead-relu?present');
  const bar = page.getByRole('region', { name: 'Presenter controls' });
  await expect(bar).toContainText('Step 1 / 7');
  // Step 1 is the lab's default (He init), which no preset button stands for.
  await expect(page.getByRole('combobox', { name: 'Weight initialisation' })).toHaveValue('he');
  await expect(page.getByRole('button', { name: 'Learning rate too high' })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toContainText('Step 2 / 7');
  await expect(page.getByRole('button', { name: 'Learning rate too high' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');

  await page.getByText('Show the code').click();
  const code = page.locator('.code-block');
  await expect(code).toContainText('np.where(x > 0, 1.0, 0.0)');
  await page.getByRole('radio', { name: 'PyTorch' }).check();
  await expect(code).toContainText('lr=2');
  await expect(code).toContainText('(z <= 0).all(dim=0)');
  await expect(code).toContainText('y = torch.tensor([0.0, 1.0]).repeat(100)');
});

/** n labelled points as CSV text with a header: `classes` blobs around a circle (or a line split for 2). */
function pointsCsv(n: number, classes: number): string {
  const rows = ['x,y,label'];
  for (let i = 0; i < n; i++) {
    const k = i % classes;
    const a = (2 * Math.PI * k) / classes;
    // A deterministic scatter (no Math.random in a journey): a small spiral of offsets per point.
    const r = 0.25 * ((i * 0.618) % 1);
    const t = i * 2.399;
    rows.push(`${(0.7 * Math.cos(a) + r * Math.cos(t)).toFixed(4)},${(0.7 * Math.sin(a) + r * Math.sin(t)).toFixed(4)},${k}`);
  }
  return rows.join('\n');
}

async function mountAll(page: Page) {
  // Until the page has hydrated nobody listens for the event: send it until the widget is there.
  await expect(async () => {
    await page.evaluate(() => document.dispatchEvent(new Event('logit-lab:mount-all')));
    await expect(page.locator('[data-widget="lab"]')).toBeAttached({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

async function pastePoints(page: Page, text: string) {
  const panel = page.getByTestId('own-points');
  const details = panel.locator('details.paste-numbers');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.getByText('Paste or load your own points').click();
  await panel.getByRole('textbox').fill(text);
  await panel.getByRole('button', { name: 'Use these points' }).click();
}

test('own points: paste 500 labelled points, train, see the regions; a bad cell is named; the link keeps the points', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/lessons/dead-relu');
  await mountAll(page);
  await pastePoints(page, pointsCsv(500, 2));
  await expect(page.getByTestId('points-message')).toHaveText('Using 500 points in 2 classes.');
  await expect(page.getByTestId('own-count')).toContainText('500 points.');
  const editor = page.locator('.dr-editor');
  await expect(status(page)).toHaveAttribute('data-step', '0');
  await page.getByRole('combobox', { name: 'Steps per click' }).selectOption('100');
  for (let i = 1; i <= 3; i++) {
    await press(page, 'Step +100');
    await expect(status(page)).toHaveAttribute('data-step', String(100 * i));
  }
  await expect(editor.locator('image.raster')).toHaveAttribute('href', /^data:image\/png/);
  await expect(editor.locator('.dr-points canvas')).toHaveAttribute('data-points', '500');
  await expect(page.getByTestId('class-accuracy')).toHaveAttribute('data-classes', '2');
  for (const k of [0, 1]) expect(Number(await page.getByTestId('class-accuracy').locator(`[data-class="${k}"]`).getAttribute('data-acc'))).toBeGreaterThan(0.9);

  // A bad cell is named, and the points stay as they were.
  await pastePoints(page, 'x,y,label\n0,0,0\n1,abc,1');
  await expect(page.getByTestId('points-message')).toContainText('Row 3, column 2');
  await pastePoints(page, '0,0,0\n1,1,9');
  await expect(page.getByTestId('points-message')).toContainText('Row 2, column 3');
  await expect(page.getByTestId('own-count')).toContainText('500 points.');

  // The permalink carries the points (packed) and reproduces them in a fresh page.
  await expect(page).toHaveURL(/lab\.pts=z/);
  const link = page.url();
  await page.goto('about:blank');
  await page.goto(link);
  await mountAll(page);
  await expect(page.getByTestId('own-count')).toContainText('500 points.');
  await expectAxeClean(page);
});

test('own points: three classes train a softmax net that draws three regions and reports per-class accuracy', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/lessons/dead-relu');
  await mountAll(page);
  await pastePoints(page, pointsCsv(300, 3));
  await expect(page.getByTestId('points-message')).toHaveText('Using 300 points in 3 classes.');
  await page.getByRole('combobox', { name: 'Steps per click' }).selectOption('100');
  for (let i = 1; i <= 5; i++) {
    await press(page, 'Step +100');
    await expect(status(page)).toHaveAttribute('data-step', String(100 * i));
  }
  const acc = page.getByTestId('class-accuracy');
  await expect(acc).toHaveAttribute('data-classes', '3');
  await expect(acc.locator('.dr-class-acc-item')).toHaveCount(3);
  for (let k = 0; k < 3; k++) expect(Number(await acc.locator(`[data-class="${k}"]`).getAttribute('data-acc'))).toBeGreaterThan(0.8);
  await expect(page.locator('.dr-editor image.dr-regions')).toHaveAttribute('href', /^blob:/);
  // The three regions really are three: sample the painted bitmap's colours at the three blob centres.
  const colours = await page.locator('.dr-editor image.dr-regions').evaluate(async (img) => {
    // Decoded as an image (the page's CSP lets images, not fetch, read blob: URLs).
    const bmp = new Image();
    bmp.src = img.getAttribute('href') ?? '';
    await bmp.decode();
    const c = new OffscreenCanvas(bmp.naturalWidth, bmp.naturalHeight);
    const ctx = c.getContext('2d', { willReadFrequently: true });
    if (!ctx) return [];
    ctx.drawImage(bmp, 0, 0);
    const at = (x: number, y: number) => Array.from(ctx.getImageData(Math.round(((x + 1.25) / 2.5) * c.width), Math.round(((1.25 - y) / 2.5) * c.height), 1, 1).data.slice(0, 3)).join(',');
    return [0, 1, 2].map((k) => at(0.7 * Math.cos((2 * Math.PI * k) / 3), 0.7 * Math.sin((2 * Math.PI * k) / 3)));
  });
  expect(new Set(colours).size).toBe(3);
  const lab = page.locator('[data-widget="lab"]');
  for (const [name, size] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    await lab.screenshot({ path: `test-results/screenshots/dead-relu-own-3class-en-light-${name}.png` });
  }
  // The same points from the permalink, in Chinese and the dark theme.
  await page.goto(`${page.url()}&lang=zh`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await mountAll(page);
  await expect(page.getByTestId('own-count')).toContainText('300');
  for (const [name, size] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    await lab.screenshot({ path: `test-results/screenshots/dead-relu-own-3class-zh-dark-${name}.png` });
  }
});

test('own points: click adds, Shift+click deletes, the keyboard does both; 10 000 points from a file stay responsive', async ({ page }) => {
  test.setTimeout(240_000);
  await page.goto('/lessons/dead-relu');
  await mountAll(page);
  await page.getByRole('button', { name: 'Edit these points (or add your own)' }).click();
  const count = page.getByTestId('own-count');
  await expect(count).toContainText('200 points.');
  const surface = page.getByTestId('point-editor');
  // An empty corner of the plane: add there, then Shift+click the same spot removes it.
  // Positions relative to the map, taken at each click: the lines above it can change with the
  // run the new point restarts (a CI run's Shift+click at fixed page coordinates missed it).
  await surface.click({ position: { x: 12, y: 12 } });
  await expect(count).toContainText('201 points.');
  await surface.click({ position: { x: 12, y: 12 }, modifiers: ['Shift'] });
  await expect(count).toContainText('200 points.');
  // Keyboard: choose class 3, move the cursor to a corner, add, delete.
  await surface.focus();
  await page.keyboard.press('3');
  await expect(page.getByRole('radio', { name: 'Class 3' })).toBeChecked();
  for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Enter');
  await expect(count).toContainText('201 points.');
  await expect(page.getByTestId('class-accuracy')).toHaveAttribute('data-classes', '3');
  await page.keyboard.press('Delete');
  await expect(count).toContainText('200 points.');

  // 10 000 points from a file: parsed on a worker, drawn on one canvas. The journeys run React's
  // development build on a shared 2-core machine, where the re-render after the points land
  // measured 150–330 ms; the bound catches the kind of regression that encoding the points as a
  // PNG was (2.4 s), not the 50 ms budget (not measured here).
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
  });
  await page.getByTestId('own-points').locator('input[type="file"]').setInputFiles({ name: 'points.csv', mimeType: 'text/csv', buffer: Buffer.from(pointsCsv(10_000, 4)) });
  await expect(page.getByTestId('points-message')).toHaveText('Using 10000 points in 4 classes.', { timeout: 30_000 });
  await expect(count).toContainText('10000 points.');
  await expect(status(page)).toHaveAttribute('data-step', '0');
  await page.getByRole('combobox', { name: 'Steps per click' }).selectOption('100');
  await press(page, 'Step +100');
  await expect(status(page)).toHaveAttribute('data-step', '100');
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  expect(Math.max(0, ...long), `long tasks: ${long.map(Math.round).join(', ')}`).toBeLessThan(500);
});
