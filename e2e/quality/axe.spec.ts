/**
 * Quality gate 9 · accessibility sweep: axe finds no serious or critical violation on home,
 * every built lesson and every embed, in English and Chinese, light and dark. One page per
 * route; the combinations are reached on it by the header selects (lessons, home) or by the
 * embed's ?theme=&lang= parameters. After a theme switch only the colour rules run again (a
 * theme changes CSS colour variables and nothing else). Embeds show the same widgets as their
 * lesson page, which gets the full rules in English (light and dark) and Chinese (dark), so
 * each embed runs the full rules once, in Chinese on the dark theme — the combination the
 * lesson pages check least — which covers the embed frame's own chrome and its styles.
 */
import { test, expect } from '../fixtures';
import { builtLessons, embeds } from './routes';
import { axeProblems, unfocusableControls, waitReady } from './helpers';

test.describe.configure({ mode: 'parallel' });

for (const path of ['/', ...builtLessons.map((s) => `/lessons/${s}`)]) {
  test(`axe: ${path} in en light/dark and zh dark`, async ({ page }) => {
    await page.goto(path);
    await waitReady(page);
    const problems = [...(await axeProblems(page, 'en light')), ...(await unfocusableControls(page, 'en light'))];
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    problems.push(...(await axeProblems(page, 'en dark', true)));
    await page.getByLabel('Language').selectOption('zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await waitReady(page);
    problems.push(...(await axeProblems(page, 'zh dark')));
    expect(problems, `axe on ${path}`).toEqual([]);
  });
}

for (const { id } of embeds) {
  test(`axe: /embed/${id} in zh dark`, async ({ page }) => {
    const problems: string[] = [];
    await page.goto(`/embed/${id}?lang=zh&theme=dark`);
    await waitReady(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    problems.push(...(await axeProblems(page, 'zh dark')), ...(await unfocusableControls(page, 'zh dark')));
    expect(problems, `axe on /embed/${id}`).toEqual([]);
  });
}
