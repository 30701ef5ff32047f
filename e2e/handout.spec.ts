import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { lessonSlugs } from '../src/lessons/slugs';

/**
 * Handouts: every lesson prints to a clean PDF. In print media at the printable width of A4
 * (210 mm − 2 × 12 mm margins = 186 mm ≈ 703 CSS px) the page shows the title, the formulas,
 * every plot whole within the width, every exercise, and no button, slider or navigation;
 * then Chromium prints it (page.pdf) and, where Ghostscript is installed, the PDF's own text
 * is read back: the title and an exercise question are on its pages, KaTeX's fonts in it.
 */
const PRINT_WIDTH = 703;
const gs = ['/usr/bin/gs', '/usr/local/bin/gs'].find((p) => existsSync(p));

async function printProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
    };
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const b of document.querySelectorAll('button, input[type=range], nav, .site-header, .presenter-bar')) if (shown(b)) out.push(`visible in print: ${b.tagName.toLowerCase()} “${(b.textContent ?? '').trim().slice(0, 30)}”`);
    for (const svg of document.querySelectorAll('.prose .plot > svg')) {
      const r = svg.getBoundingClientRect();
      if (r.width === 0) out.push(`a plot is not printed (${svg.getAttribute('aria-label')?.slice(0, 40)})`);
      else if (r.left < -1 || r.right > width + 1) out.push(`a plot is clipped: [${Math.round(r.left)}, ${Math.round(r.right)}] on a ${width} px page`);
    }
    if (document.querySelector('[data-deferred-widget]')) out.push('a widget is still a placeholder');
    for (const ex of document.querySelectorAll('[data-exercise]')) if (!shown(ex)) out.push(`exercise ${(ex as HTMLElement).dataset.exercise} not printed`);
    if (!document.querySelector('h1') || !shown(document.querySelector('h1') as Element)) out.push('no title');
    if (![...document.querySelectorAll('.prose .katex')].some(shown)) out.push('no formula');
    return out;
  });
}

/** Letters and digits only, ligature-prone pairs dropped: the PDF's text has "ﬂ" where the page has "fl". */
const compact = (s: string) => s.replace(/ff|fi|fl/g, '').replace(/[^A-Za-z0-9]/g, '');

for (const slug of lessonSlugs) {
  test(`handout prints cleanly: ${slug}`, async ({ page }, info) => {
    test.setTimeout(180_000);
    await page.goto(`/lessons/${slug}?lang=en`);
    await expect(page.locator('h1')).toBeVisible();
    await page.locator('.prose').first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    test.skip((await page.locator('.prose').count()) === 0, `${slug}: not in this build`);
    await expect(page.locator('.prose .katex').first()).toBeVisible();
    const title = ((await page.locator('h1').textContent()) ?? '').trim();
    const question = ((await page.locator('[data-exercise] .exercise-question').first().textContent().catch(() => '')) ?? '').trim();

    // page.pdf does not fire beforeprint: mount the deferred widgets the way print does.
    await page.evaluate(() => document.dispatchEvent(new Event('logit-lab:mount-all')));
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: PRINT_WIDTH, height: 1000 });
    await expect.poll(() => printProblems(page), { timeout: 20_000 }).toEqual([]);
    const exercises = await page.locator('[data-exercise]').count();
    if (exercises > 0) expect(await page.locator('[data-exercise]').first().evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(80);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(0);
    if (!gs) return;
    const dir = info.outputPath('handout');
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/${slug}.pdf`, pdf);
    const text = execFileSync(gs, ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=txtwrite', '-sOutputFile=-', `${dir}/${slug}.pdf`], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(compact(text)).toContain(compact(title));
    // Formulas: KaTeX's own fonts are embedded (typeset maths, not a blank or a fallback).
    expect(pdf.toString('latin1'), 'KaTeX fonts in the PDF').toMatch(/KaTeX_(Main|Math)-/);
    if (question) expect(compact(text)).toContain(compact(question).slice(0, 24));
  });
}
