import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean, screenshots } from './fixtures';

const status = (page: Page) => page.getByTestId('lab-status');

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
  // Paused: the histogram is computed from the worker's weights.
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

test('dead-relu lab: negative bias init is dead at birth; He init is not', async ({ page }) => {
  await page.goto('/lessons/dead-relu');
  await expect(status(page)).toHaveAttribute('data-step', '0');
  await press(page, 'Negative bias init');
  await expect(page.getByRole('button', { name: 'Negative bias init' })).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveAttribute('data-dead', '16');
  await press(page, 'He init');
  await expect(page.getByRole('button', { name: 'He init' })).toHaveAttribute('aria-pressed', 'true');
  await expect(status(page)).toHaveAttribute('data-dead', '0');
});
