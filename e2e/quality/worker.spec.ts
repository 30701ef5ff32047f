/**
 * Quality gate 9 · the training worker survives churn: on /lessons/dead-relu (the lesson
 * that trains on the worker through src/workers/trainingClient.ts), play → pause → reset the
 * run 50 times from the keyboard, then leave the lesson and come back; afterwards exactly one
 * worker is alive and it still trains.
 */
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { builtLessons } from './routes';

const status = (page: Page) => page.getByTestId('lab-status');

async function press(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

test('worker: 50 cancels and restarts leave exactly one live training worker', async ({ page }) => {
  test.skip(!builtLessons.includes('dead-relu'), 'dead-relu (the only lesson on the training worker) is not built');
  test.setTimeout(90_000);
  await page.goto('/lessons/dead-relu');
  await expect(status(page)).toHaveAttribute('data-step', '0');
  for (let i = 0; i < 50; i++) {
    await press(page, 'Play');
    await expect(status(page)).toHaveAttribute('data-running', 'true');
    await press(page, 'Pause');
    await press(page, 'Reset run');
    await expect(status(page)).toHaveAttribute('data-step', '0');
  }
  await expect.poll(() => page.workers().length).toBe(1);
  // Unmounting terminates the worker; coming back spawns one, not a second.
  await page.getByRole('link', { name: /Activation functions side by side|Previous/ }).first().click();
  await expect.poll(() => page.workers().length).toBe(0);
  await page.goBack();
  await expect(status(page)).toHaveAttribute('data-step', '0');
  await press(page, 'Play');
  await expect.poll(async () => Number(await status(page).getAttribute('data-step'))).toBeGreaterThan(0);
  await press(page, 'Pause');
  await expect.poll(() => page.workers().length).toBe(1);
});
