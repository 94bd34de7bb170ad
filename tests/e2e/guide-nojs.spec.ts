import { languages } from '../../src/i18n/languages.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { expect, test } from '../support/fixtures.ts';
import { saveTestTenantSettings } from '../support/playground-form.ts';
import { testTenantEndpoint } from '../support/ports.ts';

// With JavaScript switched off the guide is plain content, and the playground's forms still work:
// the fallback settings form saves and continues on the standalone playground page.
test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const lang of languages) {
    test(`${lang}: the guide reads as plain content and the settings form validates and saves`, async ({ page }) => {
      const p = playgroundStrings[lang];
      await page.goto(`/${lang}/`);
      // No tabs without script: every sample is there, each under its own heading, the first first; the
      // first SDK's code in the page, the others' a link away (their pages: the test below).
      await expect(page.getByRole('tablist')).toHaveCount(0);
      await expect(page.locator('#code-flask code.language-python').first()).toBeVisible();
      await expect(page.locator('#code-express .code-tab-elsewhere a')).toHaveAttribute('href', `/${lang}/sdk/express/`);
      await expect(page.locator('#code-next .code-tab-elsewhere a')).toHaveAttribute('href', `/${lang}/sdk/next/`);
      await expect(page.locator('#code-uris-express [data-sample-uris]')).toBeVisible();
      await expect(page.locator('[data-code-tab]').first()).toHaveAttribute('id', 'code-uris-flask');
      await expect(page.locator('[data-playground-panel]')).toHaveCount(0);

      const form = page.locator('[data-playground-region] form[action="/playground/settings"]');
      await form.getByLabel(p.endpointLabel).fill('http://tenant.example.com');
      await form.getByRole('button', { name: p.saveSettings }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/playground/$`));
      await expect(page.getByText(p.endpointNeedsHttps)).toBeVisible();

      await saveTestTenantSettings(page.locator('form[action="/playground/settings"]'), lang);
      await expect(page.getByText(p.settingsSaved)).toBeVisible();
      await expect(page.getByText(p.endpointNeedsHttps)).toHaveCount(0);
    });
  }

  for (const lang of languages) {
    test(`${lang}: an SDK the page links is a page of its own, with its code, in the page’s language`, async ({ page }) => {
      await page.goto(`/${lang}/`);
      await page.locator('#code-express .code-tab-elsewhere a').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/sdk/express/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toContainText('Node / Express');
      await expect(page.locator('[data-sample-file="examples/express/app.js"][data-sample-region="routes"] pre code')).toContainText('handleAuthRoutes');
      // Its headings under the page's h1 (axe checks the page: a11y-guide.spec.ts); its links to other
      // steps go to the guide.
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await expect(page.locator('main h4')).toHaveCount(0);
      await expect(page.locator('main a[href^="#step-"]')).toHaveCount(0);
      await expect(page.locator(`main a[href="/${lang}/#step-create-logto-app"]`).first()).toBeAttached();
      await page.locator(`main a[href="/${lang}/#step-integrate-sdk"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/#step-integrate-sdk$`));
    });
  }

  test('the sign-in and sign-out buttons are plain forms', async ({ page, context, newContext }) => {
    test.setTimeout(60_000);
    const p = playgroundStrings.en;
    await page.goto('/en/');
    await saveTestTenantSettings(page.locator('[data-playground-region] form[action="/playground/settings"]'), 'en');
    await expect(page.getByText(p.settingsSaved)).toBeVisible();

    // The sign-in button posts and is redirected to the tenant, with Naver as the direct sign-in target.
    await page.getByRole('button', { name: p.signIn }).click();
    await expect(page).toHaveURL(new RegExp(`^${testTenantEndpoint}/direct/social/naver`));

    // Logto's own sign-in pages need JavaScript (the real ones are a single-page app): finish there with it on.
    // (newContext inherits this file's options, so JavaScript is switched back on explicitly.)
    const withScript = await newContext({ storageState: await context.storageState(), javaScriptEnabled: true });
    const tenantPage = await withScript.newPage();
    await tenantPage.goto(page.url());
    await tenantPage.getByRole('button', { name: '동의하기' }).click();
    await expect(tenantPage).toHaveURL(/\/en\/playground\/$/);
    const signedIn = await withScript.storageState();

    // Back without JavaScript, with the signed-in cookies: the state is server-rendered, sign-out is a form.
    await context.clearCookies();
    await context.addCookies(signedIn.cookies);
    await page.goto('/en/playground/');
    await expect(page.locator('[data-playground-panel]')).toHaveAttribute('data-signed-in', 'true');
    await page.getByRole('button', { name: p.signOut }).click();
    await expect(page).toHaveURL(new RegExp(`^${testTenantEndpoint}/oidc/session/end`));
    await page.goto('/en/playground/');
    await expect(page.locator('[data-playground-panel]')).toHaveAttribute('data-signed-in', 'false');
  });
});
