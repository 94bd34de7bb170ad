import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { faultScenarioApp } from '../../src/lib/fault-lab.ts';
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { localizedLogtoPhrase } from '../../src/local-tenant/logto-phrases.ts';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { pageStrings } from '../../src/local-tenant/pages/strings.ts';
import { testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';

/**
 * The local tenant's own pages (sign-in, register, the sign-in page's toast after a failure at Naver,
 * the account-linking page, the "Access denied" page of app-level access control, the Naver mock's
 * consent page), reached as a reader reaches them: through
 * `/oidc/auth` of the tenant the test run started. No serious or critical axe violations, in each
 * language the pages speak.
 */

function authorizationUrl(params: Record<string, string>): string {
  const query = new URLSearchParams({
    client_id: LOCAL_DEMO_APP.id,
    redirect_uri: `${testSiteOrigin}/playground/callback`,
    response_type: 'code',
    scope: 'openid offline_access profile email identities',
    prompt: 'consent',
    code_challenge: 'ML_n9VPw-oQW_ZM0jS53bypYCeizysn4zo1Czyn0awY',
    code_challenge_method: 'S256',
    state: 'a11y-state',
    ...params,
  });
  return `${testTenantEndpoint}/oidc/auth?${query.toString()}`;
}

async function expectNoBlockingViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  expect(blocking).toEqual([]);
  // axe really looked at the page (a blank page would pass with nothing to check).
  expect(results.passes.length).toBeGreaterThan(5);
}

/** axe on the toast alone while it is shown (its colours, its role), and on the page around it. */
async function expectToastChecked(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('[data-toast]').analyze();
  expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
  expect(results.passes.map((pass) => pass.id)).toContain('color-contrast');
}

for (const lang of ['ja', 'en', 'ko'] as const) {
  const strings = pageStrings[lang];

  test(`${lang}: the tenant's sign-in and register screens pass axe and work by keyboard`, async ({ page }) => {
    await page.goto(authorizationUrl({ ui_locales: lang }));
    await expect(page).toHaveURL(/\/sign-in\?/);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const naver = page.locator('button[data-connector-id]');
    await expect(naver).toHaveText(strings.continueWith.replace('{connector}', lang === 'ko' ? '네이버' : 'Naver'));
    await expectNoBlockingViolations(page);
    // The first focusable thing is the Naver button, with a visible focus ring.
    await page.keyboard.press('Tab');
    await expect(naver).toBeFocused();
    const outline = await naver.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');

    await page.goto(authorizationUrl({ ui_locales: lang, first_screen: 'register' }));
    await expect(page).toHaveURL(/\/register\?/);
    await expect(page.locator('h1')).toContainText(strings.registerTitle.replace('{app}', '').trim());
    await expectNoBlockingViolations(page);
  });

  test(`${lang}: after a cancel at Naver the sign-in page shows Logto's toast, raw JSON in the page's language, announced, then gone`, async ({ page }) => {
    await page.goto(authorizationUrl({ ui_locales: lang, direct_sign_in: 'social:naver' }));
    // The Naver mock's consent page (Korean, as Naver's is): checked too, since readers land on it.
    const cancel = page.getByRole('button', { name: '취소' });
    await expect(cancel).toBeVisible();
    await expectNoBlockingViolations(page);
    // The page's timers stop here (Playwright's clock), so the toast stays while axe checks it.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await cancel.click();

    await expect(page).toHaveURL(new RegExp(`^${testTenantEndpoint}/sign-in\\?app_id=${LOCAL_DEMO_APP.id}$`));
    // Recorded: the toast is the API's message, which carries the callback data as raw JSON.
    const callbackData = {
      redirectUri: `${testTenantEndpoint}/callback/${LOCAL_NAVER_CONNECTOR.id}`,
      error: 'access_denied',
      error_description: 'Canceled By User',
      app_id: LOCAL_DEMO_APP.id,
    };
    const toast = page.getByRole('alert');
    await expect(toast).toHaveText(
      localizedLogtoPhrase('connector.general', lang, { errorDescription: JSON.stringify({ message: JSON.stringify(callbackData) }) }),
    );
    await expect(toast).toHaveCSS('position', 'fixed');
    await page.clock.resume();
    await expectToastChecked(page);
    // It fades after a few seconds, as Logto's does, and the page stays usable.
    await expect(toast).toHaveCount(0, { timeout: 10_000 });
    await expect(page.locator('button[data-connector-id]')).toBeVisible();
    await expectNoBlockingViolations(page);
  });
}

test('the toast stays three seconds, then goes, as Logto’s Toast does', async ({ page }) => {
  await page.goto(authorizationUrl({ ui_locales: 'en', direct_sign_in: 'social:naver' }));
  const cancel = page.getByRole('button', { name: '취소' });
  await expect(cancel).toBeVisible();
  // Time only moves when the test moves it, so "three seconds" is the page's own, not this machine's.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await cancel.click();
  const toast = page.getByRole('alert');
  await expect(toast).toContainText('Canceled By User');
  await page.clock.runFor(2900);
  await expect(toast).toHaveCount(1);
  await page.clock.runFor(200);
  await expect(toast).toHaveCount(0);
});

test('a new Naver account with the email of an existing user: Logto’s account-linking page, which links them (ja)', async ({ page }) => {
  await page.goto(authorizationUrl({ ui_locales: 'ja', direct_sign_in: 'social:naver' }));
  const existing = defaultNaverTestUsers[3];
  await page.getByRole('radio', { name: new RegExp(existing.nickname) }).check();
  await page.getByRole('button', { name: '동의하기' }).click();
  await expect(page).toHaveURL(new RegExp(`^${testTenantEndpoint}/social/link/${LOCAL_NAVER_CONNECTOR.id}\\?app_id=${LOCAL_DEMO_APP.id}$`));
  const strings = pageStrings.ja;
  await expect(page.locator('h1')).toHaveText(strings.bindAccountTitle);
  // Recorded on real Logto: "アカウントのリンクまたは作成 … nave****@naver.com とリンクする".
  const link = page.getByRole('button', { name: 'yeon****@naver.com とリンクする' });
  await expect(link).toBeVisible();
  // This tenant lets new users register, so creating a new account instead is offered too.
  await expect(page.getByRole('button', { name: strings.createAccountWithoutLinking })).toBeVisible();
  await expectNoBlockingViolations(page);
  // The test stops where the app takes over: the browser's request to the app's callback.
  const appCallback = page.waitForRequest((request) => request.url().startsWith(`${testSiteOrigin}/playground/callback?`));
  await link.click();
  // Linked and signed in: the app's callback gets its code.
  expect(new URL((await appCallback).url()).searchParams.get('code')).toBeTruthy();
});

test('a user the app’s access control leaves out: Logto’s “Access denied” page, whose one button signs out by keyboard (ko)', async ({ page }) => {
  const app = faultScenarioApp('app-access-denied');
  await page.goto(authorizationUrl({ client_id: app.appId, ui_locales: 'ko', direct_sign_in: 'social:naver' }));
  await page.getByRole('button', { name: '동의하기' }).click();
  await expect(page).toHaveURL(`${testTenantEndpoint}/consent?app_id=${app.appId}`);
  const strings = pageStrings.ko;
  await expect(page.locator('h1')).toHaveText(strings.accessDeniedTitle);
  // The phrase's two lines, as ACCESS-CONTROL.md records them.
  await expect(page.getByRole('alert')).toHaveText(strings.applicationAccessDenied.replace('\n', ''));
  await expectNoBlockingViolations(page);
  const signOut = page.getByRole('button', { name: strings.revokeSession });
  await signOut.focus();
  await expect(signOut).toBeFocused();
  await page.keyboard.press('Enter');
  // No post sign-out URI is sent: the tenant's own signed-out page, never the app. It follows the
  // browser's Accept-Language (Playwright's: en-US), not the sign-in's ui_locales.
  await expect(page.locator('h1')).toHaveText(pageStrings.en.signedOutTitle);
  expect(new URL(page.url()).origin).toBe(testTenantEndpoint);
});
