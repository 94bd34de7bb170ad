import { expect, test, type Request } from '@playwright/test';
import { createSafeFetch } from '../../src/lib/safe-fetch.ts';
import { playgroundUris } from '../../src/tenant/redirect-uris.ts';
import { formatTable } from '../../src/preflight/cli/table.ts';
import { runPreflight } from '../../src/preflight/run-preflight.ts';
import { settled } from '../../src/preflight/check-definitions.ts';
import { tenantCheckSettings } from './settings.ts';

/**
 * The tenant check: first the preflight (every check must pass, with its reasons printed when one
 * doesn't), then the real thing in Chromium: the playground's "Sign in with Naver" up to Naver's
 * authorize page. That request is intercepted (never sent to nid.naver.com) and its query asserted.
 */

const settings = tenantCheckSettings();
const fetch = createSafeFetch({ mode: 'LOCAL', timeoutMs: 10_000 });

const preflight = () =>
  runPreflight(
    {
      endpoint: settings.endpoint,
      appId: settings.appId,
      appSecret: settings.appSecret,
      ...playgroundUris(settings.siteOrigin),
      target: 'naver',
      expectedNaverClientId: settings.expectedNaverClientId,
    },
    { fetch },
  );

/** Naver's authorize endpoint, real or the local mock: matched by path, or by Naver's host for anything else. */
const isNaverAuthorize = (url: URL) => url.pathname === '/oauth2.0/authorize' || url.hostname.endsWith('naver.com');

test('preflight: every check passes', async () => {
  const results = await preflight();
  const table = formatTable(results, 'en', settings.siteOrigin);
  // A reminder's warning (both Naver Callback URLs, on Logto 1.42) is printed in the table, not a failure.
  expect(results.filter((result) => !settled(result)), table).toEqual([]);
});

test('the playground sign-in reaches Naver with the expected client_id and redirect_uri', async ({ page }) => {
  const results = await preflight();
  const clientCheck = results.find((result) => result.id === 'naver.client-id');
  const callbackCheck = results.find((result) => result.id === 'naver.callback-url');
  const connectorId = results.find((result) => result.id === 'naver.connector')?.details?.['connectorId'];
  expect(connectorId, 'the sign-in experience has an enabled Naver connector').toBeTruthy();

  const naverRequests: Request[] = [];
  // Intercept instead of navigating: the check must not depend on (or log in to) Naver itself.
  await page.route(isNaverAuthorize, async (route) => {
    naverRequests.push(route.request());
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Naver (intercepted)</title>' });
  });

  await page.goto('/en/playground/');
  const form = page.locator('form[action="/playground/settings"]');
  await form.locator('[name=endpoint]').fill(settings.endpoint);
  await form.locator('[name=appId]').fill(settings.appId);
  await form.locator('[name=appSecret]').fill(settings.appSecret);
  await form.locator('[name=directSignInTarget]').fill('naver');
  await form.locator('button[type=submit]').click();
  await page.locator('[data-sign-in]').click();

  await expect.poll(() => naverRequests.length, { message: 'the browser reached Naver’s authorize page' }).toBeGreaterThan(0);
  const authorize = new URL(naverRequests[0]!.url());
  expect(authorize.searchParams.get('response_type')).toBe('code');
  expect(authorize.searchParams.get('state')).toBeTruthy();
  expect(authorize.searchParams.get('client_id')).toBe(settings.expectedNaverClientId ?? clientCheck?.details?.['clientId']);
  expect(authorize.searchParams.get('redirect_uri')).toBe(`${settings.endpoint}/callback/${connectorId}`);
  // What the browser saw is what the preflight reported as the Callback URL to register at Naver.
  expect(authorize.searchParams.get('redirect_uri')).toBe(callbackCheck?.details?.['callbackUrl']);
});
