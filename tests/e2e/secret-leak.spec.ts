import { unwrapSession } from '@logto/node';
import type { BrowserContext, Page } from '@playwright/test';
import { LOCAL_DEMO_APP, LOCAL_MANAGEMENT_API_APP } from '../../src/lib/local-tenant-defaults.ts';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/config.ts';
import { deriveCookieKeys } from '../../src/playground/state/cookie-keys.ts';
import { expect, test } from '../support/fixtures.ts';
import { testNaverMockOrigin, testSiteOrigin } from '../support/ports.ts';
import { answerAtNaver, openPart, openPlayground, panel, saveSettings, startSignIn } from '../support/playground-page.ts';
import { panelParts } from '../../src/playground/parts/panel-parts.ts';

/**
 * Records every response the browser receives (URL, headers, body) and every URL it requests, over full
 * flows including the error paths, then fails if an app secret or any token value appears in them.
 * Tokens are read from the site's own encrypted @logto/node cookie, with the key the test server uses.
 */

// The secret playwright.config.ts starts the site with.
const SITE_COOKIE_SECRET = 'test-only-cookie-secret-0123456789abcdef';

interface Seen {
  url: string;
  text: string;
}

function record(page: Page, seen: Seen[], pending: Promise<void>[]) {
  // Request URLs too (a secret must never ride in a URL); request bodies are the reader's own form posts.
  page.on('request', (request) => seen.push({ url: request.url(), text: request.url() }));
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders());
        const body = await response.body().then((b) => b.toString('utf8')).catch(() => '');
        seen.push({ url: response.url(), text: `${response.url()}\n${headers}\n${body}` });
      })(),
    );
  });
}

/** Every token value in the site's @logto/node cookie right now. */
async function tokensInCookie(context: BrowserContext): Promise<string[]> {
  const cookie = (await context.cookies(testSiteOrigin)).find((c) => c.name === 'pg_logto');
  if (!cookie) return [];
  const data = (await unwrapSession(decodeURIComponent(cookie.value), deriveCookieKeys(SITE_COOKIE_SECRET).logto)) as Record<string, string | undefined>;
  const tokens = [data['idToken'], data['refreshToken']];
  const accessMap = data['accessToken'] ? (JSON.parse(data['accessToken']) as Record<string, { token: string }>) : {};
  for (const entry of Object.values(accessMap)) tokens.push(entry.token);
  return tokens.filter((token): token is string => typeof token === 'string' && token.length > 0);
}

function leaks(seen: Seen[], secrets: string[]): string[] {
  const found: string[] = [];
  for (const entry of seen) {
    for (const secret of secrets) {
      if (entry.text.includes(secret) || entry.text.includes(encodeURIComponent(secret))) {
        found.push(`${secret.slice(0, 4)}… in ${entry.url}`);
      }
    }
  }
  return found;
}

test('no app secret or token reaches the browser, over full flows and error paths', async ({ page, context, startTenant }) => {
  test.setTimeout(90_000);
  const seen: Seen[] = [];
  const pending: Promise<void>[] = [];
  record(page, seen, pending);
  const tokens: string[] = [];
  const typedSecret = 'TypedByTheReader0123456789abcdEF';

  // 1. Happy path on the default tenant: sign in, read tokens, sign out.
  await openPlayground(page, 'en');
  await startSignIn(page, testNaverMockOrigin);
  await answerAtNaver(page, { nickname: defaultNaverTestUsers[0].nickname });
  await page.waitForURL(`${testSiteOrigin}/en/playground/`);
  await expect(panel(page)).toHaveAttribute('data-signed-in', 'true');
  tokens.push(...(await tokensInCookie(context)));
  // The parts fetched once opened are recorded like every other response.
  for (const part of panelParts) await openPart(page, part);
  expect(tokens.length).toBe(3);
  expect(tokens.every((token) => token.length >= 40)).toBe(true);
  await panel(page).locator('[data-sign-out]').click();
  await page.waitForURL(`${testSiteOrigin}/en/playground/`);

  // 2. A secret the reader types, on a tenant whose app has it: full flow, in Korean.
  const typedTenant = await startTenant((config) => ({ ...config, apps: [{ ...config.apps[0]!, secret: typedSecret }] }));
  await openPlayground(page, 'ko');
  await saveSettings(page, { endpoint: typedTenant.endpoint, appSecret: typedSecret });
  await startSignIn(page, typedTenant.naverMockOrigin);
  await answerAtNaver(page, { nickname: defaultNaverTestUsers[1].nickname });
  await page.waitForURL(`${testSiteOrigin}/ko/playground/`);
  await expect(panel(page)).toHaveAttribute('data-signed-in', 'true');
  tokens.push(...(await tokensInCookie(context)));
  for (const part of panelParts) await openPart(page, part);
  await panel(page).locator('[data-sign-out]').click();
  await page.waitForURL(`${testSiteOrigin}/ko/playground/`);

  // 3. Error paths with that secret saved: a forged callback, then a cancel at Naver.
  await startSignIn(page, typedTenant.naverMockOrigin);
  await page.goto(`${testSiteOrigin}/playground/callback?code=forged&state=forged`);
  await expect(panel(page).locator('[data-diagnosis="state_mismatch"]')).toBeVisible();
  await startSignIn(page, typedTenant.naverMockOrigin);
  await answerAtNaver(page, 'cancel');
  // Logto's own sign-in page, before leaving it (a navigation started now would race the cancel's).
  await page.waitForURL((url) => url.origin === typedTenant.endpoint && url.pathname === '/sign-in');
  await openPlayground(page, 'ko');
  await expect(panel(page).locator('[data-diagnosis="sign_in_not_completed"]')).toBeVisible();

  // 4. Wrong secret (pre-check stops it) and a settings error, in Japanese.
  const wrongTenant = await startTenant((config) => ({ ...config, apps: [{ ...config.apps[0]!, secret: 'Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz' }] }));
  await openPlayground(page, 'ja');
  await saveSettings(page, { endpoint: wrongTenant.endpoint, appSecret: LOCAL_DEMO_APP.secret });
  await panel(page).locator('[data-sign-in]').click();
  await expect(panel(page).locator('[data-diagnosis="app_secret_wrong"]')).toBeVisible();
  await saveSettings(page, { endpoint: 'not a url', appSecret: typedSecret });
  await expect(panel(page).locator('#pg-endpoint-error')).toBeVisible();

  await Promise.all(pending);
  expect(tokens.length).toBe(6);
  expect(seen.length).toBeGreaterThan(30);
  expect(seen.filter((entry) => entry.url.includes('/playground/part?part=')).length, 'the opened parts were recorded').toBeGreaterThanOrEqual(2 * panelParts.length);
  // The check itself works: the secrets we look for are real strings of realistic length.
  expect(leaks([{ url: 'self-test', text: `x${typedSecret}x` }], [typedSecret])).toHaveLength(1);
  // The demo Management API credential is in the reader's settings from the start: its secret too.
  expect(leaks(seen, [LOCAL_DEMO_APP.secret, LOCAL_MANAGEMENT_API_APP.secret, typedSecret, ...tokens])).toEqual([]);
});
