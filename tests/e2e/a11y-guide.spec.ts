import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { languages, type Lang } from '../../src/i18n/languages.ts';

const viewports = [
  { name: 'wide', width: 1280, height: 900 },
  { name: 'narrow', width: 390, height: 844 },
] as const;
const colorSchemes = ['light', 'dark'] as const;

interface Case {
  lang: Lang;
  viewport: (typeof viewports)[number];
  colorScheme: (typeof colorSchemes)[number];
}

// Each language once (its words, its lang attribute), and one language across every width and colour
// scheme (the layout and the colours do not depend on the language): 6 axe runs, not 12.
const acrossLayouts: Lang = 'en';
const cases: Case[] = [
  ...languages.filter((lang) => lang !== acrossLayouts).map((lang) => ({ lang, viewport: viewports[0], colorScheme: colorSchemes[0] })),
  ...viewports.flatMap((viewport) => colorSchemes.map((colorScheme) => ({ lang: acrossLayouts, viewport, colorScheme }))),
];

for (const { lang, viewport, colorScheme } of cases) {
  test(`${lang} guide, ${viewport.name}, ${colorScheme}: no serious or critical axe violations`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await page.goto(`/${lang}/`);
    // Check the page as readers use it: with the playground island in and the tabs enhanced.
    await expect(page.locator('[data-playground-panel]')).toBeAttached();
    await expect(page.getByRole('tablist').first()).toBeVisible();
    // The emulation really reached the page's styles: dark text on light, or light text on dark.
    const scheme = await page.evaluate(() => {
      const luminance = (colour: string) => {
        const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      const style = getComputedStyle(document.documentElement);
      return {
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
        background: luminance(style.backgroundColor),
        text: luminance(style.color),
      };
    });
    expect(scheme.dark).toBe(colorScheme === 'dark');
    if (colorScheme === 'dark') expect(scheme.background).toBeLessThan(0.2);
    else expect(scheme.background).toBeGreaterThan(0.8);
    expect(Math.abs(scheme.background - scheme.text)).toBeGreaterThan(0.6);
    const results = await new AxeBuilder({ page }).analyze();
    const blocking = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(' ')) }));
    expect(blocking).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
  });
}

// An SDK's own page (where an on-demand tab links), and the same code once it has arrived in the guide.
for (const { lang, colorScheme } of [{ lang: 'ko', colorScheme: 'light' }, { lang: 'en', colorScheme: 'dark' }] as const) {
  test(`${lang}, ${colorScheme}: an SDK's own page and its code arrived in the guide have no axe violations`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`/${lang}/sdk/next/`);
    await expect(page.locator('main pre code').first()).toBeVisible();
    const own = await new AxeBuilder({ page }).analyze();
    expect(own.violations).toEqual([]);
    expect(own.passes.length).toBeGreaterThan(10);

    await page.goto(`/${lang}/`);
    await page.locator('#code-flask').locator('xpath=..').getByRole('tab').last().click();
    await expect(page.locator('#code-next pre code').first()).toBeVisible();
    const arrived = await new AxeBuilder({ page }).include('#code-next').analyze();
    expect(arrived.violations).toEqual([]);
  });
}
