import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { languages } from '../../src/i18n/languages.ts';

const viewports = [
  { name: 'wide', width: 1280, height: 900 },
  { name: 'narrow', width: 390, height: 844 },
] as const;

for (const lang of languages) {
  for (const viewport of viewports) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${lang} guide, ${viewport.name}, ${colorScheme}: no serious or critical axe violations`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(`/${lang}/`);
        // Check the page as readers use it: with the playground island in and the tabs enhanced.
        await expect(page.locator('[data-playground-panel]')).toBeAttached();
        await expect(page.getByRole('tablist').first()).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        const blocking = results.violations
          .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(' ')) }));
        expect(blocking).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(10);
      });
    }
  }
}
