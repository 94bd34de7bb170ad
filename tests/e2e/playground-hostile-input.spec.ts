import { randomBytes } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { permissionsPolicy } from '../../src/server/security-headers.ts';
import { expect, test } from '../support/fixtures.ts';
import { testSiteOrigin, testTenantEndpoint } from '../support/ports.ts';
import { panel } from '../support/playground-page.ts';

/**
 * What a hostile or careless client can post to the playground's endpoints: every answer is a 303 to a
 * same-site path, and whatever went wrong is told in the page's language, never as a 500 or as
 * "something unexpected". And what a hostile script in a page could ask the browser for: nothing.
 */

const origin = { Origin: testSiteOrigin };

async function post(request: APIRequestContext, path: string, form: Record<string, string>) {
  const response = await request.post(path, { form, headers: origin, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  return response.headers()['location'] ?? '';
}

/** The field messages and diagnoses the panel shows now. */
async function shown(page: Page, lang: 'ja' | 'en' | 'ko') {
  await page.goto(`/${lang}/playground/`);
  await expect(panel(page)).toBeVisible();
  const form = panel(page).locator('form[action="/playground/settings"]');
  return {
    errors: await form.locator('[id^="pg-"][id$="-error"]').evaluateAll((nodes) => nodes.map((node) => [node.id, node.textContent?.trim()])),
    diagnoses: await panel(page).locator('[data-diagnosis]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-diagnosis'))),
  };
}

test('returnTo never leaves the site, however it is dressed up', async ({ request }) => {
  const attempts = ['//evil.example/', '/\\evil.example', 'https:evil.example', 'https://evil.example/', '/.//evil.example', '/en/..//evil.example', '/%2e%2e//evil.example'];
  for (const returnTo of attempts) {
    const location = await post(request, '/playground/reset', { lang: 'ko', returnTo });
    expect(location, returnTo).toBe('/ko/playground/');
  }
  expect(await post(request, '/playground/reset', { lang: 'en', returnTo: '/en/#live-playground' })).toBe('/en/#live-playground');
});

test('oversized settings fields get their field message in the page’s language, not an unexpected failure', async ({ page }) => {
  const t = playgroundStrings.ko;
  // Long but compressible: fits the cookie, but must still be read back. (Under the server's 16 KB body
  // limit; a larger body is refused whole with a 413 page: tests/integration/server-public.spec.ts.)
  await post(page.request, '/playground/settings', {
    lang: 'ko',
    endpoint: `https://${'a'.repeat(12_000)}.example`,
    appId: 'mfltvwzoqspy906wvwgqe',
    directSignInTarget: 'naver',
    interactionMode: 'signIn',
  });
  expect(await shown(page, 'ko')).toEqual({ errors: [['pg-endpoint-error', t.endpointInvalid]], diagnoses: [] });

  // Long and random: what is echoed back can't fit a cookie at all.
  const noise = (chars: number) => randomBytes(chars).toString('base64url').slice(0, chars);
  const form = new URLSearchParams({ lang: 'ko', endpoint: noise(5000), appId: `${noise(3000)}!`, directSignInTarget: noise(400), interactionMode: noise(100) });
  for (let i = 0; i < 30; i += 1) form.append('scopes', noise(100));
  const response = await page.request.post('/playground/settings', {
    headers: { ...origin, 'content-type': 'application/x-www-form-urlencoded' },
    data: form.toString(),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  const after = await shown(page, 'ko');
  expect(after.diagnoses).toEqual([]);
  expect(Object.fromEntries(after.errors)).toEqual({
    'pg-endpoint-error': t.endpointInvalid,
    'pg-appId-error': t.appIdInvalid,
    'pg-appSecret-error': t.appSecretNeededForNewApp,
    'pg-target-error': t.targetInvalid,
  });
  await expect(panel(page).getByText(t.interactionModeInvalid)).toBeVisible();
  await expect(panel(page).getByText(t.scopesInvalid)).toBeVisible();
});

test('missing fields and a file where text belongs are field messages too', async ({ page }) => {
  const response = await page.request.post('/playground/settings', {
    headers: origin,
    multipart: { lang: 'ja', endpoint: { name: 'e.txt', mimeType: 'text/plain', buffer: Buffer.from('https://x.example') } },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  const t = playgroundStrings.ja;
  const after = await shown(page, 'ja');
  expect(after.diagnoses).toEqual([]);
  expect(Object.fromEntries(after.errors)).toMatchObject({ 'pg-endpoint-error': t.endpointRequired, 'pg-appId-error': t.appIdRequired });
});

test('a form error does not outlive the next action, and the guide’s panel shows it once', async ({ page }) => {
  const bad = { lang: 'en', endpoint: 'not a url', appId: 'mfltvwzoqspy906wvwgqe', directSignInTarget: 'naver', interactionMode: 'signIn' };
  const endpointError = [['pg-endpoint-error', playgroundStrings.en.endpointInvalid]];
  await post(page.request, '/playground/settings', bad);
  expect((await shown(page, 'en')).errors).toEqual(endpointError);
  await post(page.request, '/playground/preflight', { lang: 'en' });
  expect((await shown(page, 'en')).errors).toEqual([]);
  await expect(panel(page).locator('input[name="endpoint"]')).not.toHaveValue('not a url');

  // The guide page's panel (a server island) clears it as it shows it.
  await post(page.request, '/playground/settings', bad);
  await page.goto('/en/');
  await expect(panel(page).locator('#pg-endpoint-error')).toHaveText(playgroundStrings.en.endpointInvalid);
  await page.reload();
  await expect(panel(page).locator('form[action="/playground/settings"]')).toBeVisible();
  await expect(panel(page).locator('#pg-endpoint-error')).toHaveCount(0);
});

test('"Start over" forgets the last check results too', async ({ page }) => {
  await post(page.request, '/playground/preflight', { lang: 'en' });
  await page.goto('/en/playground/');
  await expect(page.locator('#preflight')).not.toHaveAttribute('data-preflight-verified-steps', '');
  await post(page.request, '/playground/reset', { lang: 'en' });
  await page.goto('/en/playground/');
  await expect(page.locator('#preflight')).toHaveAttribute('data-preflight-verified-steps', '');
  expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('pg_preflight');
});

test('every playground cookie is HttpOnly and SameSite=Lax, and Secure once SITE_ORIGIN is https', async ({ request, startSiteInstance }) => {
  const setCookies = async (base: string) => {
    const response = await request.post(`${base}/playground/sign-in`, { form: { lang: 'en' }, headers: { Origin: base }, maxRedirects: 0 });
    expect(response.status()).toBe(303);
    return response.headersArray()
      .filter((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('pg_'))
      .map((h) => h.value)
      // Deletions (of a previous sign-in's result) carry no value to protect.
      .filter((value) => !/Expires=Thu, 01 Jan 1970/i.test(value));
  };
  const plain = await setCookies(testSiteOrigin);
  expect(plain.length).toBeGreaterThanOrEqual(2);
  for (const cookie of plain) {
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).not.toMatch(/; Secure/i);
  }

  // The same build behind a TLS-terminating proxy: the public origin is https, the socket plain http.
  const server = await startSiteInstance({
    SITE_ORIGIN: 'https://guide.example.com',
    SANDBOX_ENDPOINT: testTenantEndpoint,
    COOKIE_SECRET: 'test-only-cookie-secret-0123456789abcdef',
  });
  const secure = await setCookies(server.origin);
  expect(secure.length).toBeGreaterThanOrEqual(2);
  for (const cookie of secure) {
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Secure/i);
  }
});

test('a script that gets into a page can ask the reader for no powerful feature: Chromium applies the whole Permissions-Policy', async ({ page }) => {
  const denied = permissionsPolicy.split(', ').map((directive) => directive.replace(/=\(\)$/, ''));
  expect(denied.length).toBeGreaterThan(10);
  // The prerendered guide (a build file) and an on-demand page.
  for (const path of ['/en/', '/ko/playground/']) {
    await page.goto(path);
    const policy = await page.evaluate((features) => {
      // Chromium's own view of the policy in force (not in the DOM types: a Chromium API).
      const featurePolicy = (document as unknown as { featurePolicy: { features(): string[]; allowsFeature(name: string): boolean } }).featurePolicy;
      const known = featurePolicy.features();
      return {
        unrecognized: features.filter((feature) => !known.includes(feature)),
        allowed: features.filter((feature) => featurePolicy.allowsFeature(feature)),
        clipboardWrite: featurePolicy.allowsFeature('clipboard-write'),
      };
    }, denied);
    // Every name is one Chromium knows (an unknown one is a console error), all are denied, and the
    // guide's copy buttons keep the clipboard.
    expect(policy, path).toEqual({ unrecognized: [], allowed: [], clipboardWrite: true });
  }
});
