/**
 * The never-coming-back scenarios in a real browser: the tenant's sign-in page script runs, Naver's mock
 * page is answered by clicking, and the reader ends where real Logto left the reader (recorded in
 * ../shared/reference/real-logto-faults.md): on `/sign-in?app_id=…` with Logto's toast, in the page's
 * language, the raw JSON where real Logto shows raw JSON; or on the account-linking page.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import type { Closable } from '../support/fixtures.ts';
import { faultScenarioApp } from '../../src/lib/fault-lab.ts';
import type { FaultScenarioId } from '../../src/lib/fault-lab.ts';
import { LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { faultLabConnectorId } from '../../src/local-tenant/config/fault-lab.ts';
import { pageStrings } from '../../src/local-tenant/pages/strings.ts';
import { authUrl } from '../support/fault-lab-flow.ts';
import { expect, test } from '../support/fixtures.ts';
import type { LocalTenant } from '../support/local-tenant.ts';
import { testSiteOrigin } from '../support/ports.ts';
import { logtoVersions } from '../support/tenant-versions.ts';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/**
 * Debian's Chromium, launched here because the integration project has no browser of its own; closed
 * after the test by the closeAfterTest fixture.
 */
async function launchChromium(closeAfterTest: (thing: Closable) => Closable): Promise<Browser> {
  const browser = await chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  closeAfterTest({ close: () => browser.close() });
  return browser;
}

/**
 * Starts the scenario's sign-in in a browser speaking `locale`, picks the Naver test account `account`
 * and presses `button` at Naver, and waits for the tenant's page after it. The page's timers are held
 * (Playwright's clock) so the toast, which fades after three seconds, is read while it is there.
 */
async function signInUntilTenantPage(
  browser: Browser,
  tenant: LocalTenant,
  scenario: FaultScenarioId,
  { button, locale, account = 0, path = '/sign-in' }: { button: '동의하기' | '취소'; locale: string; account?: number; path?: string },
) {
  const page = await browser.newPage({ locale });
  await page.goto(authUrl(tenant, scenario));
  await page.waitForURL((url) => url.origin === tenant.naverMockOrigin);
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await page.getByRole('radio', { name: new RegExp(tenant.config.naver.users[account]!.nickname) }).check();
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL((url) => url.pathname.startsWith(path));
  return page;
}

const profileDownBody = '{"error":"server_error","error_description":"Service temporarily unavailable"}';

/** The toast each fault shows, per the records (the locale is the reader's browser's). */
const cases: { scenario: FaultScenarioId; button: '동의하기' | '취소'; locale: string; toast: (tenant: LocalTenant) => string }[] = [
  { scenario: 'wrong-naver-client-secret', button: '동의하기', locale: 'en-US', toast: () => "The connector's response is invalid." },
  { scenario: 'wrong-naver-client-secret', button: '동의하기', locale: 'ko-KR', toast: () => '연동 응답이 유효하지 않아요.' },
  // 500s are not localized.
  { scenario: 'wrong-naver-client-secret-401', button: '동의하기', locale: 'ja-JP', toast: () => 'Internal server error.' },
  { scenario: 'naver-token-endpoint-down', button: '동의하기', locale: 'ko-KR', toast: () => 'Internal server error.' },
  {
    scenario: 'naver-profile-api-down',
    button: '동의하기',
    locale: 'en-US',
    toast: () => `Error occurred in connector: ${JSON.stringify({ message: JSON.stringify(profileDownBody) })}`,
  },
  { scenario: 'sign-in-only-new-user', button: '동의하기', locale: 'ja-JP', toast: () => 'このソーシャルアカウントは登録されていません。' },
  {
    scenario: 'cancel-at-naver',
    button: '취소',
    locale: 'en-US',
    toast: (tenant) =>
      `Error occurred in connector: ${JSON.stringify({
        message: JSON.stringify({
          redirectUri: `${tenant.endpoint}/callback/${LOCAL_NAVER_CONNECTOR.id}`,
          error: 'access_denied',
          error_description: 'Canceled By User',
          app_id: faultScenarioApp('cancel-at-naver').appId,
        }),
      })}`,
  },
];

// In each version the local tenant plays: the pages a reader is left on are the fault lab's point.
for (const version of logtoVersions) {
  test.describe(`Logto ${version}`, () => {
    test.use({ tenantVersion: version });

    for (const { scenario, button, locale, toast } of cases) {
      test(`${scenario} (${locale}): /sign-in?app_id=… with Logto's toast, as recorded, which fades`, async ({ startTenant, closeAfterTest }) => {
        const tenant = await startTenant();
        const page = await signInUntilTenantPage(await launchChromium(closeAfterTest), tenant, scenario, { button, locale });
        expect(new URL(page.url()).searchParams.get('app_id')).toBe(faultScenarioApp(scenario).appId);
        const shown = page.getByRole('alert');
        await expect(shown).toHaveText(toast(tenant));
        // The app's own connector is offered again, so the reader can retry at once.
        await expect(page.locator('button[data-connector-id]')).toBeVisible();
        if (scenario === 'sign-in-only-new-user') await expect(page.locator('a[href^="/register"]')).toHaveCount(0);
        // Logto's toast fades.
        await page.clock.runFor(3000);
        await expect(shown).toHaveCount(0);
      });
    }

    test("sign-in-only-new-user with the account whose email a user has: the linking page, without 'create a new one' (ja)", async ({ startTenant, closeAfterTest }) => {
      const tenant = await startTenant();
      const connectorId = faultLabConnectorId('sign-in-only-new-user');
      const page = await signInUntilTenantPage(await launchChromium(closeAfterTest), tenant, 'sign-in-only-new-user', {
        button: '동의하기',
        locale: 'ja-JP',
        account: 3,
        path: '/social/link/',
      });
      expect(page.url()).toBe(`${tenant.endpoint}/social/link/${connectorId}?app_id=${faultScenarioApp('sign-in-only-new-user').appId}`);
      await expect(page.locator('h1')).toHaveText('アカウントのリンクまたは作成');
      await expect(page.getByRole('button', { name: 'yeon****@naver.com とリンクする' })).toBeVisible();
      await expect(page.getByRole('button', { name: pageStrings.ja.createAccountWithoutLinking })).toHaveCount(0);
      await page.clock.resume();
      // The test stops where the app takes over: the browser's request to the app's callback.
      const appCallback = page.waitForRequest((request) => request.url().startsWith(`${testSiteOrigin}/playground/callback?`));
      await page.getByRole('button', { name: 'yeon****@naver.com とリンクする' }).click();
      // Linked: the sign-in goes on to the app's callback, with a code.
      expect(new URL((await appCallback).url()).searchParams.get('code')).toBeTruthy();
    });
  });
}
