import { test, expect } from './fixtures';

test('permalinks round-trip the state of three widgets', async ({ page, context }) => {
  const cases = [
    { url: '/lessons/activation-gallery', act: async () => {
      await page.getByRole('checkbox', { name: 'ReLU', exact: true }).check();
      const eps = page.locator('#gallery').getByRole('slider', { name: 'Saturation threshold ε' });
      await eps.focus();
      await page.keyboard.press('ArrowLeft');
    }, wait: 'gallery.eps', check: (u: URL) => expect(u.searchParams.get('gallery.pick')).toBe('sigmoid,tanh,relu') },
    { url: '/lessons/activation-gallery', act: async () => {
      const x = page.locator('#gelu-approx').getByRole('slider', { name: 'x range' });
      await x.focus();
      await page.keyboard.press('End');
    }, wait: 'gelu-approx.xmax', check: (u: URL) => expect(u.searchParams.get('gelu-approx.xmax')).toBe('10') },
  ];
  for (const c of cases) {
    await page.goto(c.url);
    await c.act();
    // The URL is written a moment after the last change (debounced): wait for all of it.
    await expect.poll(() => new URL(page.url()).searchParams.has(c.wait)).toBe(true);
    const link = new URL(page.url());
    c.check(link);
    // Open the link fresh: the same state comes back.
    const other = await context.newPage();
    await other.goto(link.pathname + link.search);
    expect(new URL(other.url()).search).toBe(link.search);
    const widget = link.searchParams.has('gallery.pick') ? '#gallery' : '#gelu-approx';
    const values = (p: typeof page) => p.locator(widget).locator('input[type="range"], input[type="checkbox"]').evaluateAll((els) => els.map((e) => ((e as HTMLInputElement).type === 'checkbox' ? String((e as HTMLInputElement).checked) : (e as HTMLInputElement).value)));
    const before = await values(page);
    await expect.poll(() => values(other)).toEqual(before);
    await other.close();
  }
  // Third widget: the attention needles keep typed scores exactly.
  await page.goto('/lessons/attention-gates?needles.z=1,5,5,-2');
  const bars = page.locator('#needles .bar-chart').first().locator('[role="slider"]');
  await expect(bars).toHaveCount(4);
  await expect(bars.nth(1)).toHaveAttribute('aria-valuenow', '5');
  await expect(bars.nth(3)).toHaveAttribute('aria-valuenow', '-2');
});

test('a hostile URL is clamped with a notice, never a crash or a script', async ({ page }) => {
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  const huge = Array.from({ length: 10000 }, (_, i) => i % 9).join(',');
  const url = `/lessons/activation-gallery?gallery.eps=NaN&gallery.xmax=1e309&gallery.pick=<script>alert(1)</script>,gelu&gallery.__proto__=1`;
  await page.goto(url);
  const notice = page.locator('#gallery .url-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('eps');
  await expect(notice).toContainText('xmax');
  await expect(page.getByRole('checkbox', { name: 'GELU', exact: true })).toBeChecked();
  await expect(page.locator('#gallery').getByRole('slider', { name: 'x range' })).toHaveValue('20');
  await page.goto(`/lessons/attention-gates?needles.z=${huge}`);
  await expect(page.locator('#needles .url-notice')).toBeVisible();
  await expect(page.locator('#needles [role="slider"]').first()).toBeVisible();
});

test('a plot downloads as PNG, SVG and CSV', async ({ page }) => {
  await page.goto('/lessons/activation-gallery');
  const plot = page.locator('#gallery');
  for (const [label, ext] of [['PNG', 'png'], ['CSV', 'csv'], ['SVG', 'svg']] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), plot.getByRole('button', { name: label, exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(`activation-gallery.${ext}`);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const body = readFileSync(path);
    if (ext === 'png') expect([...body.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    if (ext === 'csv') {
      const lines = body.toString('utf8').trim().split('\n');
      expect(lines[0]).toContain('"Sigmoid"');
      expect(lines.length).toBe(802); // header + 801 samples
      const [x, y] = lines[401].split(',').map(Number);
      expect(x).toBe(0);
      expect(y).toBe(0.5); // σ(0), straight from the engine
    }
    if (ext === 'svg') expect(body.toString('utf8')).toContain('<svg');
  }
});

test('a lesson in Chinese: prose, widgets and numbers, with no missing key', async ({ page }) => {
  await page.goto('/lessons/softmax-temperature?lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1, name: 'Softmax 与温度' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('温度');
  await expect(page.getByText('66.5%').first()).toBeVisible();
});
