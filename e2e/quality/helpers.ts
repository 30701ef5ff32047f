/** Shared steps of the quality sweeps (not a spec). */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The page has rendered: a heading or a widget, and no lazy chunk still loading. */
export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('main h1, main .widget, main [role=alert]').first()).toBeVisible();
  await expect(page.locator('main [role=status]').filter({ hasText: /^(Loading…|加载中…)$/ })).toHaveCount(0);
}

/** axe violations of serious or critical impact, one line each (empty when clean). */
export async function axeProblems(page: Page, label: string, colourOnly = false): Promise<string[]> {
  // A theme switch only changes colours (CSS variables), so the second theme of a page
  // re-runs the colour rules alone: the same verdict for a fraction of the time.
  const builder = new AxeBuilder({ page });
  const results = await (colourOnly ? builder.withRules(['color-contrast', 'link-in-text-block']) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/**
 * Custom controls (an element with a widget role that is not a native control) that cannot
 * take keyboard focus. SVG attribute names are case-sensitive: a `tabIndex` attribute (what
 * preact/compat writes for the prop) is ignored on SVG, so the embed runtime needs its own
 * check, not only the React-built lesson pages.
 */
export async function unfocusableControls(page: Page, label: string): Promise<string[]> {
  return page.evaluate((label) => {
    const roles = '[role=slider], [role=button], [role=checkbox], [role=radio], [role=spinbutton], [role=switch], [role=tab], [role=option]';
    const native = 'input, button, select, textarea, a[href], summary';
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement | SVGElement>(roles)) {
      if (el.matches(native) || el.closest('[inert], [hidden], [aria-disabled=true]')) continue;
      if (el.tabIndex < 0) out.push(`${label}: <${el.tagName.toLowerCase()} role=${el.getAttribute('role')} aria-label="${el.getAttribute('aria-label') ?? ''}"> cannot take focus`);
    }
    return out;
  }, label);
}
