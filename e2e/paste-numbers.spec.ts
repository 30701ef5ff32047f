import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean } from './fixtures';

/**
 * "Your own numbers": pasting vectors into widgets (src/components/PasteNumbers.tsx), the
 * compressed permalink that carries them (src/format/packNumbers.ts) and the messages for
 * text that does not parse. Run with LESSONS_ONLY=activation-gallery,softmax-temperature,….
 */

/** A thousand logits as a spreadsheet exports them: a header, one value per line. */
const LOGITS = Array.from({ length: 1000 }, (_, i) => (i === 417 ? 20 : Math.round(Math.sin(i * 1.7) * 6 * 1e4) / 1e4));
const CSV = `logit\n${LOGITS.join('\n')}\n`;

async function openPaste(page: Page, id: string) {
  const box = page.getByTestId(`paste-${id}`);
  await box.locator('summary').click();
  return box;
}

async function paste(box: ReturnType<Page['getByTestId']>, text: string) {
  const area = box.getByRole('textbox');
  await area.fill(text);
  await box.getByRole('button', { name: /Use these numbers|使用这些数/ }).click();
}

test('a CSV of 1,000 logits: pasted, ranked, and reproduced by the permalink in a fresh page', async ({ page, browser }) => {
  // Two pages and a thousand-row paste: more than the default minute on a busy machine.
  test.slow();
  await page.goto('/lessons/softmax-temperature');
  const widget = page.locator('#own-logits');
  const box = await openPaste(page, 'own-logits');
  await paste(box, CSV);
  await expect(box.getByTestId('paste-message')).toHaveText('Using 1,000 values.');
  await expect(widget.getByTestId('own-readout')).toHaveAttribute('data-n', '1000');
  // Entry 418 (1-based) is 20, above a sine of amplitude 6: it ranks first.
  await expect(widget.getByTestId('own-top').locator('tbody tr').first().locator('td').first()).toHaveText('418');

  // The permalink carries the list compressed, within the link budget.
  await expect.poll(() => new URL(page.url()).searchParams.get('own-logits.z') ?? '').toMatch(/^z[A-Za-z0-9_-]+$/);
  const link = page.url();
  expect(link.length).toBeLessThan(8000);
  await expect(widget.getByTestId('paste-too-long')).toHaveCount(0);
  await widget.screenshot({ path: 'test-results/screenshots/paste-numbers-1000-desktop.png' });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  // As "Copy link" gives it: the state in the query, the widget in the hash.
  await other.goto(`${link}#own-logits`);
  const again = other.locator('#own-logits');
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByTestId('own-readout')).toHaveAttribute('data-n', '1000');
  const H = Number(await widget.getByTestId('own-readout').getAttribute('data-entropy'));
  expect(Number(await again.getByTestId('own-readout').getAttribute('data-entropy'))).toBe(H);
  await expect(again.getByTestId('own-top').locator('tbody tr').first().locator('td').first()).toHaveText('418');
  await expect(again.locator('.notice, [role="alert"]')).toHaveCount(0);
  await fresh.close();
  await expectAxeClean(page);
});

test('malformed input names the bad cell and keeps the state; a tensor printout parses', async ({ page }) => {
  await page.goto('/lessons/softmax-temperature');
  const widget = page.locator('#own-logits');
  const box = await openPaste(page, 'own-logits');
  const rows = LOGITS.slice(0, 20).map(String);
  rows[12] = '0.3x';
  await paste(box, `logit\n${rows.join('\n')}`);
  await expect(box.getByTestId('paste-message')).toHaveText('Row 14, column 1: “0.3x” is not a number.');
  await expect(box.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
  // The four default logits are still in use.
  await expect(widget.getByTestId('own-readout')).toHaveAttribute('data-n', '4');

  await paste(box, 'array([ 1.5e+00, nan, -2.0e+00])');
  await expect(box.getByTestId('paste-message')).toHaveText('Row 1, column 2: “nan” is not a finite number.');

  await paste(box, 'tensor([[ 2.1000, -0.3000,  1.2500,\n          0.0075]], grad_fn=<AddmmBackward0>)');
  await expect(box.getByTestId('paste-message')).toHaveText('Using 4 values.');
  await expect(widget.getByTestId('own-top').locator('tbody tr').first().locator('td').nth(1)).toHaveText('2.1');
  await expect.poll(() => new URL(page.url()).searchParams.get('own-logits.z')).toBe('2.1,-0.3,1.25,0.0075');
});

test('a hostile or stale compressed link falls back with a visible notice', async ({ page }) => {
  await page.goto('/lessons/softmax-temperature?own-logits.z=zNotDeflate_data&own-logits.t=2');
  const widget = page.locator('#own-logits');
  await expect(widget.getByText(/compressed list in the link could not be read/)).toBeVisible();
  await expect(widget.getByTestId('own-readout')).toHaveAttribute('data-n', '4');
});

test('too long for a link: the state stays, the link leaves it out and says so', async ({ page }) => {
  await page.goto('/lessons/softmax-temperature');
  const widget = page.locator('#own-logits');
  const box = await openPaste(page, 'own-logits');
  // 5,000 full-precision doubles barely compress: far beyond an 8,000-character link.
  const noise = Array.from({ length: 5000 }, (_, i) => Math.sin(i * 12.9898) * 43.758 + Math.cos(i * 7.1) / 3);
  await paste(box, noise.join(', '));
  await expect(box.getByTestId('paste-message')).toHaveText('Using 5,000 values.');
  await expect(widget.getByTestId('own-readout')).toHaveAttribute('data-n', '5000');
  await expect(widget.getByTestId('paste-too-long')).toBeVisible();
  expect(new URL(page.url()).searchParams.has('own-logits.z')).toBe(false);
  expect(page.url().length).toBeLessThan(8000);
  // Back to a short list: the link carries it again and the notice goes.
  await paste(box, '1, 2, 3');
  await expect(widget.getByTestId('paste-too-long')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('own-logits.z')).toBe('1,2,3');
});

test('fixed-length widgets say how many values they take and name out-of-range cells', async ({ page }) => {
  await page.goto('/lessons/sigmoid-vs-softmax');
  let box = await openPaste(page, 'mistake');
  await paste(box, 'tensor([[1.2, -0.3, 4.0]], grad_fn=<AddmmBackward0>)');
  await expect(box.getByTestId('paste-message')).toHaveText('This widget takes exactly 2 values; the text has 3.');
  await paste(box, 'tensor([[1.2, -0.3]], grad_fn=<AddmmBackward0>)');
  await expect(box.getByTestId('paste-message')).toHaveText('Using 2 values.');
  await expect.poll(() => new URL(page.url()).searchParams.get('mistake.z')).toBe('1.2,-0.3');

  await page.goto('/lessons/attention-gates');
  box = await openPaste(page, 'needles');
  await paste(box, 'score\n1\n2\n40\n0');
  await expect(box.getByTestId('paste-message')).toHaveText('Row 4, column 1: 40 is outside the range [−12, 12].');

  await page.goto('/lessons/overflow');
  box = await openPaste(page, 'softmax-steps');
  await paste(box, Array.from({ length: 9 }, (_, i) => i).join('\t'));
  await expect(box.getByTestId('paste-message')).toHaveText('Too many values: at most 8.');
  await paste(box, 'array([ 1.0e+01,  2.0e+00,  4.0e+04], dtype=float32)');
  await expect(box.getByTestId('paste-message')).toHaveText('Using 3 values.');
  await expect.poll(() => new URL(page.url()).searchParams.get('softmax-steps.z')).toBe('10,2,40000');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('#softmax-steps').screenshot({ path: 'test-results/screenshots/paste-numbers-overflow-phone.png' });
});

test('cross-entropy: a 3 × 3 CSV of probabilities for the model being edited, and q alone for H(p, q)', async ({ page }) => {
  await page.goto('/lessons/cross-entropy');
  let box = await openPaste(page, 'logloss');
  await paste(box, 'cat,dog,pig\n0.1,0.1,0.8\n0.2,0.6,0.2\n0.7,0.2');
  await expect(box.getByTestId('paste-message')).toHaveText('Row 4 has 2 values; the rows above have 3.');
  await paste(box, 'cat,dog,pig\n0.1,0.1,0.8\n0.2,0.6,0.2\n0.7,0.2,0.1');
  await expect(box.getByTestId('paste-message')).toHaveText('Using 9 values.');
  await expect.poll(() => new URL(page.url()).searchParams.get('logloss.m1')).toBe('0.1,0.1,0.8,0.2,0.6,0.2,0.7,0.2,0.1');
  box = page.locator('#hkl').locator('details.paste-numbers').nth(1);
  await box.locator('summary').click();
  await paste(box, 'tensor([0.5, 0.3, 1.2])');
  await expect(box.getByTestId('paste-message')).toHaveText('Row 1, column 3: 1.2 is outside the range [0, 1].');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('#hkl').screenshot({ path: 'test-results/screenshots/paste-numbers-hkl-phone.png' });
});

for (const lang of ['en', 'zh'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`paste control screenshots, ${lang} ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/lessons/softmax-temperature?lang=${lang}`);
      const widget = page.locator('#own-logits');
      const box = await openPaste(page, 'own-logits');
      await paste(box, 'logit\n1.5\n2\nabc');
      await expect(box.getByTestId('paste-message')).not.toBeEmpty();
      for (const [label, size] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
        await page.setViewportSize(size);
        await widget.scrollIntoViewIfNeeded();
        await widget.screenshot({ path: `test-results/screenshots/paste-numbers-${lang}-${scheme}-${label}.png` });
      }
    });
  }
}
