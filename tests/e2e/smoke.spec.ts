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

test.describe('an address with no page', () => {
  test.use({ locale: 'ja' });

  test('answers 404 in the language of its path, with a way back to that guide', async ({ page }) => {
    const response = await page.goto('/ko/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.getByRole('link', { name: '가이드로 돌아가기' }).click();
    await expect(page).toHaveURL(/\/ko\/$/);
  });

  test('without a language in the path, it follows the browser', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  });
});
