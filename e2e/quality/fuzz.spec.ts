/**
 * Quality gate 9 · hostile URLs in the browser: for every embed, 2 of 5 URLs (rotating with
 * the embed, so every hostile value is tried on every kind somewhere) whose every schema
 * parameter is hostile for its kind (NaN, ±Infinity, 1e309, 10 000-element lists, markup,
 * __proto__/constructor, empty strings, emoji) plus junk keys. The widget must still render
 * (no error boundary), show a notice naming each parameter it corrected, log no console error
 * (fixtures' guard) and open no dialog. The exhaustive check of parseState is unit-level:
 * src/lessons/quality.test.ts.
 */
import { test, expect } from '../fixtures';
import { embeds } from './routes';

test.describe.configure({ mode: 'parallel' });

const XSS = '<script>alert(1)</script>';
const HOSTILE: Record<string, readonly string[]> = {
  number: ['NaN', '1e309', XSS, '', '-Infinity'],
  enum: [XSS, '__proto__', 'constructor', '', '😀'],
  boolean: ['yes', XSS, '__proto__', '', 'NaN'],
  numbers: ['NaN,1e309', Array.from({ length: 10_000 }, () => '1').join(','), XSS, 'Infinity,-Infinity,NaN', ','],
  enums: [XSS, '__proto__,constructor', 'x,'.repeat(5000), '😀', 'constructor,constructor'],
};

for (const [n, { id, params }] of embeds.entries()) {
  test(`hostile URLs: /embed/${id}`, async ({ page }) => {
    expect(params.length, `widget “${id}” declares no parameters`).toBeGreaterThan(0);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    for (const i of [n % 5, (n + 2) % 5]) {
      const q = new URLSearchParams();
      for (const { key, kind } of params) q.set(`${id}.${key}`, (HOSTILE[kind] ?? [XSS])[i]);
      q.set('__proto__', XSS);
      q.set('constructor', 'x');
      q.set(`${id}.__proto__`, '1');
      await page.goto(`/embed/${id}?${q.toString()}`);
      const widget = page.locator(`section.widget#${id}`);
      await expect(widget).toBeVisible();
      await expect(page.locator('.widget-error')).toHaveCount(0);
      const notice = widget.locator('.url-notice');
      await expect(notice, `URL ${i + 1} of /embed/${id}`).toBeVisible();
      const items = await notice.locator('li').allTextContents();
      for (const { key } of params) expect(items.some((t) => t.startsWith(`${key}:`)), `notice names ${key} (URL ${i + 1}): ${items.join(' | ')}`).toBe(true);
      expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted === undefined && document.querySelectorAll('script:not([src])').length === 0)).toBe(true);
    }
    expect(dialogs, 'no dialog may open').toEqual([]);
  });
}
