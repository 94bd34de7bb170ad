/**
 * Nothing in the step list moves when the guide's script fills and shows its progress line (the
 * space is reserved in the prerendered page). Measured with the browser's own layout-shift entries.
 */
import { devices } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';

for (const [name, viewport] of [
  ['mobile', devices['Pixel 7'].viewport],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  test(`showing the step list's progress line shifts nothing (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/en/');
    await expect(page.locator('.step-nav [data-progress]')).toBeVisible();
    const shiftsInStepList = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
              const inStepList = (entry.sources ?? []).some((source) => source.node instanceof Element && source.node.closest('.step-nav'));
              if (inStepList) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shiftsInStepList).toBe(0);
  });
}
