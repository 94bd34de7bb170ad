import { expect, test } from '@playwright/test';
import { languages } from '../../src/i18n/languages.ts';

// The home page negotiates the language, and each guide page renders in Debian Chromium.
for (const lang of languages) {
  test.describe(`home page for a ${lang} browser`, () => {
    test.use({ locale: lang, extraHTTPHeaders: { 'Accept-Language': `${lang};q=1, de;q=0.5` } });

    test('redirects to the guide in that language and renders it', async ({ page }) => {
      const response = await page.goto('/');
      expect(response?.ok()).toBe(true);
      await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
}
