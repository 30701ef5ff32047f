/**
 * Quality gate 9 · a long training run does not leak: train /lessons/dead-relu for three
 * minutes and compare the page's JS heap (after a forced GC, read over CDP) with its size
 * at 30 s — it must stay within 1.5×. The run's history is thinned to a fixed number of
 * points and the worker's network is preallocated, so the heap should plateau; a leak
 * (snapshots kept, listeners piling up) grows it with every snapshot. The worker's own heap
 * is not readable from a page (no performance.memory in workers); its buffers are fixed-size
 * by construction (src/workers/trainingLoop.ts) and it must still be training at the end.
 */
import { test, expect } from '../fixtures';
import { builtLessons } from './routes';

test('heap: 3 minutes of training keep the JS heap within 1.5× of its 30-second size', async ({ page }) => {
  test.skip(!builtLessons.includes('dead-relu'), 'dead-relu (the lesson that trains on the worker) is not built');
  test.setTimeout(240_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  };
  const status = page.getByTestId('lab-status');
  await page.goto('/lessons/dead-relu');
  await expect(status).toHaveAttribute('data-step', '0');
  await page.getByRole('button', { name: 'Play', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveAttribute('data-running', 'true');
  await page.waitForTimeout(30_000);
  const at30 = await heap();
  const step30 = Number(await status.getAttribute('data-step'));
  await page.waitForTimeout(150_000);
  const at180 = await heap();
  const step180 = Number(await status.getAttribute('data-step'));
  expect(step180, 'still training after 3 minutes').toBeGreaterThan(step30);
  expect(page.workers()).toHaveLength(1);
  expect(at180 / at30, `JS heap ${Math.round(at30 / 1e3)} kB at 30 s, ${Math.round(at180 / 1e3)} kB at 3 min`).toBeLessThan(1.5);
});
