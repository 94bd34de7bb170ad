import type { Page } from '@playwright/test';
import { stepAnchor } from '../../src/guide/steps.ts';
import type { Lang } from '../../src/i18n/languages.ts';
import { diagnosisText } from '../../src/diagnosis/strings.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import type { TenantConfig } from '../../src/local-tenant/config/schema.ts';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { stepOf, type DiagnosisCode } from '../../src/diagnosis/codes.ts';
import { observationStrings } from '../../src/diagnosis/observation-strings.ts';
import { freePort } from '../../src/launcher/index.ts';
import { expect, test } from '../support/fixtures.ts';
import { testSiteOrigin } from '../support/ports.ts';
import { answerAtNaver, diagnosisCodes, openPlayground, panel, pickWhatYouSaw, saveSettings, startSignIn } from '../support/playground-page.ts';

/**
 * Every cause the local tenant can be configured to produce, each with a tenant made for it. The cause
 * must be named in the page's language and link to the guide step that fixes it.
 */

type Patch = (config: TenantConfig) => TenantConfig;
const firstApp = (patch: Partial<TenantConfig['apps'][number]>): Patch => (config) => ({
  ...config,
  apps: [{ ...config.apps[0]!, ...patch }, ...config.apps.slice(1)],
});

/** Checks the diagnosis is shown in `lang`, with its fix and its step link. */
async function expectDiagnosis(page: Page, lang: Lang, code: DiagnosisCode) {
  const article = panel(page).locator(`[data-diagnosis="${code}"]`);
  await expect(article).toBeVisible();
  const text = diagnosisText(lang, code);
  await expect(article.getByRole('heading')).toHaveText(text.title);
  if (lang !== 'en') expect(text.title).not.toBe(diagnosisText('en', code).title);
  const step = stepOf(code);
  // A cause no single step fixes links none.
  if (step === null) await expect(article.getByRole('link')).toHaveCount(0);
  else await expect(article.getByRole('link')).toHaveAttribute('href', `/${lang}/#${stepAnchor(step)}`);
}

/** Points the playground at a tenant and presses "Sign in with Naver"; the pre-checks stop it on this page. */
async function signInExpectingDiagnosis(page: Page, lang: Lang, endpoint: string, code: DiagnosisCode) {
  await openPlayground(page, lang);
  await saveSettings(page, { endpoint });
  await panel(page).locator('[data-sign-in]').click();
  await page.waitForURL(`${testSiteOrigin}/${lang}/playground/`);
  await expectDiagnosis(page, lang, code);
  expect(await diagnosisCodes(page)).toEqual([code]);
  await expect(panel(page).locator('[data-flow-state]')).toHaveAttribute('role', 'status');
  await expect(panel(page).locator('[data-result]')).toHaveCount(0);
}

const otherAppId = 'zzzzzzzzzzzzzzzzzzzzz';

// The causes a fault-lab scenario also stages (a wrong App secret, an unregistered redirect URI, SPA and
// M2M apps, the connector missing or not in the sign-in experience) are tested once, by the fault lab
// (tests/e2e/fault-lab.spec.ts and tests/integration/fault-lab-playground.spec.ts); these are the ones
// only a reader's own tenant has.
const preSignInCases: { name: string; lang: Lang; code: DiagnosisCode; patch: Patch }[] = [
  { name: 'unknown App ID', lang: 'ja', code: 'app_id_unknown', patch: firstApp({ id: otherAppId }) },
  { name: 'no redirect URI registered at all', lang: 'en', code: 'redirect_uri_not_registered', patch: firstApp({ redirectUris: [] }) },
];

test.describe('playground diagnoses, before sending the reader to Logto', () => {
  for (const { name, lang, code, patch } of preSignInCases) {
    test(`${name} → ${code} (${lang})`, async ({ page, startTenant }) => {
      const tenant = await startTenant(patch);
      await signInExpectingDiagnosis(page, lang, tenant.endpoint, code);
    });
  }

  test('endpoint unreachable → endpoint_unreachable (ja)', async ({ page }) => {
    // A port that was free a moment ago: nothing listens there.
    const port = await freePort();
    await signInExpectingDiagnosis(page, 'ja', `http://localhost:${port}`, 'endpoint_unreachable');
  });

  test('not a Logto endpoint → endpoint_not_logto (ko)', async ({ page, startTenant }) => {
    const tenant = await startTenant();
    // The Naver mock answers HTTP, but it is no Logto tenant.
    await signInExpectingDiagnosis(page, 'ko', tenant.naverMockOrigin, 'endpoint_not_logto');
  });

  test('issuer does not match the endpoint → issuer_mismatch (en)', async ({ page, startTenant }) => {
    // The tenant calls itself 127.0.0.1; the reader types localhost: same server, another issuer.
    const tenant = await startTenant(undefined, { host: '127.0.0.1' });
    await signInExpectingDiagnosis(page, 'en', tenant.endpoint.replace('127.0.0.1', 'localhost'), 'issuer_mismatch');
    await expect(panel(page).locator('[data-diagnosis="issuer_mismatch"]')).toContainText(`${tenant.endpoint}/oidc`);
  });
});

test.describe('playground diagnoses during and after the flow', () => {
  test('post sign-out URI not registered: a warning at sign-in, and sign-out is stopped (ja)', async ({ page, startTenant }) => {
    const tenant = await startTenant(firstApp({ postLogoutRedirectUris: [] }));
    await openPlayground(page, 'ja');
    await saveSettings(page, { endpoint: tenant.endpoint });
    await startSignIn(page, tenant.naverMockOrigin);
    await answerAtNaver(page, { nickname: defaultNaverTestUsers[0].nickname });
    await page.waitForURL(`${testSiteOrigin}/ja/playground/`);
    await expect(panel(page)).toHaveAttribute('data-signed-in', 'true');
    await expectDiagnosis(page, 'ja', 'post_sign_out_uri_not_registered');

    await panel(page).locator('[data-sign-out]').click();
    await page.waitForURL(`${testSiteOrigin}/ja/playground/`);
    await expectDiagnosis(page, 'ja', 'post_sign_out_uri_not_registered');
    // Not sent to Logto's error page, and still signed in: the reader fixes the URI and tries again.
    await expect(panel(page)).toHaveAttribute('data-signed-in', 'true');
  });

  test('cancelled at Naver → sign_in_not_completed when the reader comes back, naver_cancelled once they pick Logto’s toast (ko)', async ({ page, startTenant }) => {
    const tenant = await startTenant();
    await openPlayground(page, 'ko');
    await saveSettings(page, { endpoint: tenant.endpoint });
    await startSignIn(page, tenant.naverMockOrigin);
    // Logto's toast fades after three seconds: the page's timers wait (Playwright's clock) until it is read.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await answerAtNaver(page, 'cancel');
    // Logto shows its own sign-in page with its toast (raw JSON, as recorded); the app is never told.
    await page.waitForURL((url) => url.origin === tenant.endpoint && url.pathname === '/sign-in');
    await expect(page.getByRole('alert')).toContainText('"error\\":\\"access_denied\\"');
    await page.clock.resume();
    await openPlayground(page, 'ko');
    await expectDiagnosis(page, 'ko', 'sign_in_not_completed');
    await expect(panel(page).locator('[data-sign-in]')).toBeVisible();
    // A post naming nothing of the list (a stale page, a crafted post) is refused in the reader's language.
    const refused = await page.request.post('/playground/saw', {
      form: { sight: 'cancel-at-naver', lang: 'ko', returnTo: '/ko/playground/' },
      headers: { Origin: testSiteOrigin },
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(303);
    expect(refused.headers()['location']).toBe('/ko/playground/');
    await openPlayground(page, 'ko');
    await expect(panel(page).locator('#pg-saw-error')).toHaveText(observationStrings.ko.pickerUnknown);
    await expectDiagnosis(page, 'ko', 'sign_in_not_completed');
    // The reader says what Logto's page showed: the cause and its step, for any tenant.
    await pickWhatYouSaw(page, 'logto-connector-error-canceled');
    await expectDiagnosis(page, 'ko', 'naver_cancelled');
    expect(await diagnosisCodes(page)).toEqual(['naver_cancelled']);
  });

  test('Naver refuses the connector’s secret → sign_in_not_completed, then naver_client_secret_wrong from Logto’s toast (en)', async ({ page, startTenant }) => {
    const patch: Patch = (config) => ({
      ...config,
      naver: { ...config.naver, apps: config.naver.apps.map((app) => ({ ...app, clientSecret: 'SomethingElse' })) },
    });
    const tenant = await startTenant(patch);
    await openPlayground(page, 'en');
    await saveSettings(page, { endpoint: tenant.endpoint });
    await startSignIn(page, tenant.naverMockOrigin);
    await answerAtNaver(page, { nickname: defaultNaverTestUsers[0].nickname });
    await page.waitForURL((url) => url.origin === tenant.endpoint && url.pathname === '/sign-in');
    await openPlayground(page, 'en');
    await expectDiagnosis(page, 'en', 'sign_in_not_completed');
    await pickWhatYouSaw(page, 'logto-invalid-response');
    await expectDiagnosis(page, 'en', 'naver_client_secret_wrong');
  });

  test('sign-in finished without the playground cookie → session_lost (ja)', async ({ page, context, startTenant }) => {
    const tenant = await startTenant();
    await openPlayground(page, 'ja');
    await saveSettings(page, { endpoint: tenant.endpoint });
    await startSignIn(page, tenant.naverMockOrigin);
    // As if the flow finished in another browser: the site's cookies are gone, the tenant's remain.
    const siteHost = new URL(testSiteOrigin).hostname;
    const kept = (await context.cookies()).filter((cookie) => !cookie.name.startsWith('pg_'));
    await context.clearCookies({ domain: siteHost });
    await context.addCookies(kept);
    await answerAtNaver(page, { nickname: defaultNaverTestUsers[0].nickname });
    await page.waitForURL((url) => url.origin === testSiteOrigin && url.pathname.endsWith('/playground/'));
    await openPlayground(page, 'ja');
    await expectDiagnosis(page, 'ja', 'session_lost');
  });

  test('a callback that is not this browser’s last sign-in → state_mismatch (ko)', async ({ page, startTenant }) => {
    const tenant = await startTenant();
    await openPlayground(page, 'ko');
    await saveSettings(page, { endpoint: tenant.endpoint });
    await startSignIn(page, tenant.naverMockOrigin);
    // An old or forged link to the callback arrives while this sign-in is pending.
    const stale = new URL('/playground/callback', testSiteOrigin);
    stale.search = new URLSearchParams({ code: 'stale-code', state: 'state-of-another-sign-in', iss: `${tenant.endpoint}/oidc` }).toString();
    await page.goto(stale.href);
    await page.waitForURL(`${testSiteOrigin}/ko/playground/`);
    await expectDiagnosis(page, 'ko', 'state_mismatch');
  });

  test('bad settings get field messages in the page’s language, and nothing is saved (ja)', async ({ page }) => {
    await openPlayground(page, 'ja');
    await saveSettings(page, { endpoint: 'http://example.com/console', appId: 'x y' });
    const form = panel(page).locator('form[action="/playground/settings"]');
    await expect(form.locator('[role="alert"]')).toBeVisible();
    await expect(form.locator('input[name="endpoint"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.locator('#pg-endpoint-error')).toHaveText(playgroundStrings.ja.endpointNotOrigin);
    await expect(form.locator('#pg-appId-error')).toHaveText(playgroundStrings.ja.appIdInvalid);
    await expect(form.locator('input[name="endpoint"]')).toHaveValue('http://example.com/console');
    await expect(panel(page)).not.toHaveAttribute('data-endpoint', 'http://example.com');
  });
});
