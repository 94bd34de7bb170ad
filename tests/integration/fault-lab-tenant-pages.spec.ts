/**
 * The never-coming-back scenarios in a real browser: the tenant's sign-in page script runs, Naver's mock
 * page is answered by clicking, and the reader ends on `/sign-in?app_id=…` with the error region showing
 * what went wrong and Logto's own message (the text real Logto's toast shows, as recorded).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import type { Closable } from '../support/fixtures.ts';
import { faultScenarioApp } from '../../src/lib/fault-lab.ts';
import type { FaultScenarioId } from '../../src/lib/fault-lab.ts';
import { expect, test } from '../support/fixtures.ts';
import type { LocalTenant } from '../support/local-tenant.ts';
import { testSiteOrigin } from '../support/ports.ts';

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

function authUrl(tenant: LocalTenant, scenario: FaultScenarioId): string {
  const query = new URLSearchParams({
    client_id: faultScenarioApp(scenario).appId,
    redirect_uri: `${testSiteOrigin}/playground/callback`,
    response_type: 'code',
    scope: 'openid profile email identities',
    prompt: 'consent',
    state: 'fault-lab-page',
    direct_sign_in: 'social:naver',
  });
  return `${tenant.endpoint}/oidc/auth?${query.toString()}`;
}

/** Starts the scenario's sign-in in the browser, presses `button` at Naver, and waits for the sign-in page. */
async function signInUntilSignInPage(browser: Browser, tenant: LocalTenant, scenario: FaultScenarioId, button: '동의하기' | '취소') {
  const page = await browser.newPage({ locale: 'en-US' });
  await page.goto(authUrl(tenant, scenario));
  await page.waitForURL((url) => url.origin === tenant.naverMockOrigin);
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL((url) => url.pathname === '/sign-in');
  return page;
}

const cases: { scenario: FaultScenarioId; button: '동의하기' | '취소'; explanation: RegExp; logto: string | null }[] = [
  {
    scenario: 'wrong-naver-client-secret',
    button: '동의하기',
    explanation: /connector\.invalid_response/,
    logto: "The connector's response is invalid.",
  },
  { scenario: 'wrong-naver-client-secret-401', button: '동의하기', explanation: /HTTP 500/, logto: 'Internal server error.' },
  {
    scenario: 'sign-in-only-new-user',
    button: '동의하기',
    explanation: /only lets existing users sign in/,
    logto: 'The social account has not been registered yet.',
  },
  // Real Logto's toast shows raw JSON here; the page says it in a sentence instead.
  { scenario: 'cancel-at-naver', button: '취소', explanation: /You cancelled at Naver/, logto: null },
];

for (const { scenario, button, explanation, logto } of cases) {
  test(`${scenario}: the reader lands on /sign-in?app_id=… with the reason and Logto's message`, async ({ startTenant, closeAfterTest }) => {
    const tenant = await startTenant();
    const page = await signInUntilSignInPage(await launchChromium(closeAfterTest), tenant, scenario, button);
    expect(new URL(page.url()).searchParams.get('app_id')).toBe(faultScenarioApp(scenario).appId);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(explanation);
    if (logto === null) await expect(alert).not.toContainText('{');
    else await expect(alert).toContainText(`Logto said: "${logto}"`);
    // The app's own connector is offered again, so the reader can retry at once.
    await expect(page.getByRole('button', { name: 'Continue with Naver' })).toBeVisible();
    if (scenario === 'sign-in-only-new-user') await expect(page.getByRole('link', { name: /Create one/ })).toHaveCount(0);
  });
}
