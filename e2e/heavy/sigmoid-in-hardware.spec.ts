/**
 * Yosys in the browser: a ~34 MB download and a WebAssembly synthesis on a shared CI machine,
 * so this journey runs in its own Playwright project ("heavy") with generous timeouts.
 */
import type { Page } from '@playwright/test';
import { test, expect, VIEWPORTS } from '../fixtures';

/** The hardware panel and the Pareto widget at desktop and phone size, light and dark. */
async function shots(page: Page, lang: string): Promise<void> {
  // The site header is sticky: in an element screenshot it would cover the element's top.
  await page.addStyleTag({ content: 'header, .site-header { position: static !important; }' });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [label, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await page.waitForTimeout(150);
      for (const [what, sel] of [['panel', '#hw-bench .hw-hdl'], ['pareto', '#hw-pareto']] as const) {
        const el = page.locator(sel);
        await el.scrollIntoViewIfNeeded();
        await el.screenshot({ path: `test-results/screenshots/hw-synth-${what}-${lang}-${scheme}-${label}.png` });
      }
    }
  }
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.emulateMedia({ colorScheme: 'light' });
}

const yosysRequests = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/(yosys[.-]|yowasp-)|\.wasm(\?|$)/.test(r.url())) seen.push(r.url());
  });
  return seen;
};

test('Synthesize: Yosys loads only when asked, runs in a worker and counts iCE40 cells', async ({ page }) => {
  const seen = yosysRequests(page);
  // PLAN at ap_fixed<8,4>: the smallest design synthesizes in seconds once Yosys is loaded.
  // The Pareto plot at the same format, so the synthesized design shows up there too.
  await page.goto('/lessons/sigmoid-in-hardware?hw-bench.fixed=true&hw-bench.w=8&hw-bench.i=4&hw-bench.hdl=plan&hw-pareto.w=8&hw-pareto.i=4');
  const bench = page.locator('#hw-bench');
  await expect(bench.getByTestId('hdl-words')).toContainText('256 input words of ap_fixed<8,4>');
  await page.waitForLoadState('networkidle');
  expect(seen, 'page load fetches no Yosys bytes').toEqual([]);
  // The CSP allows WebAssembly compilation and no JavaScript eval.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp).not.toMatch(/'unsafe-eval'/);

  await bench.getByTestId('synth-button').click();
  await expect(bench.getByTestId('synth-status')).toContainText(/Downloading and compiling Yosys|Yosys is running|Generating/);
  // The page stays responsive while Yosys works: the table's sort buttons still answer.
  const maxTh = bench.locator('th:has(button[data-sort="max"])');
  await bench.getByRole('button', { name: /Max \|err\|/ }).click();
  await expect(maxTh).toHaveAttribute('aria-sort', 'descending');

  const table = bench.getByTestId('synth-table');
  await expect(table).toBeVisible({ timeout: 420_000 });
  const cell = (row: string, col: number) => table.locator('tr', { has: page.getByRole('rowheader', { name: row }) }).locator('td').nth(col);
  expect(Number(await cell('LUT4s', 0).textContent())).toBeGreaterThan(0);
  expect(Number(await cell('Gates / area', 1).textContent())).toBeGreaterThan(0);
  expect(Number(await cell('Logic depth', 0).textContent())).toBeGreaterThan(0);
  await expect(cell('Multipliers', 0)).toHaveText('0 DSP');
  await expect(table).toContainText('Yosys 0.55');
  expect(seen.some((u) => /yosys\.core-[\w-]+\.wasm/.test(u)), 'the wasm was fetched after the press').toBe(true);

  // The Pareto plot can now place this design by its synthesized gates.
  const pareto = page.locator('#hw-pareto');
  await pareto.getByRole('radio', { name: 'Yosys (generic gates)' }).check();
  await expect(pareto.getByTestId('pareto-synth')).toContainText('counted 1 of the 38 designs in ap_fixed<8,4>');
  await expect(pareto.locator('path.scatter-point')).toHaveCount(1);
  await expect(pareto.getByTestId('pareto-front')).toContainText('PLAN');
  await shots(page, 'en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(bench.getByTestId('synth-table')).toContainText('逻辑深度');
  await shots(page, 'zh');
});
