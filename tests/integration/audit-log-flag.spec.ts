/**
 * AUDIT_LOG_DIAGNOSIS: on by default in LOCAL mode (the panel offers the Management API credential,
 * prefilled with the built-in tenant's demo one, its secret never in the page); `false` offers no such
 * fields, and a credential posted anyway is not kept.
 */
import { LOCAL_MANAGEMENT_API_APP } from '../../src/lib/local-tenant-defaults.ts';
import { playgroundStrings } from '../../src/playground/strings.ts';
import { expect, test } from '../support/fixtures.ts';
import { testTenantEndpoint } from '../support/ports.ts';

test.describe.configure({ timeout: 90_000 });

const env = { COOKIE_SECRET: 'audit-log-flag-test-secret-0123456789abcdef', SANDBOX_ENDPOINT: testTenantEndpoint };

/** The playground page; `query` as the no-JS links ask it (`?show=settings`: the form behind Edit, in place). */
const page = async (origin: string, cookie = '', query = '') => (await fetch(`${origin}/en/playground/${query}`, { headers: cookie ? { cookie } : {} })).text();

test('unset in LOCAL mode: the credential fieldset, with the demo App ID and no secret', async ({ startSiteInstance }) => {
  const { origin } = await startSiteInstance(env);
  const html = await page(origin);
  expect(html).toContain('name="m2mAppId"');
  expect(html).toContain(`value="${LOCAL_MANAGEMENT_API_APP.id}"`);
  expect(html).not.toContain(LOCAL_MANAGEMENT_API_APP.secret);
});

test('AUDIT_LOG_DIAGNOSIS=false: no credential fields, and one posted anyway is not kept', async ({ startSiteInstance }) => {
  const { origin } = await startSiteInstance({ ...env, AUDIT_LOG_DIAGNOSIS: 'false' });
  expect(await page(origin)).not.toContain('name="m2mAppId"');
  const saved = await fetch(`${origin}/playground/settings`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      lang: 'en',
      returnTo: '/en/playground/',
      endpoint: testTenantEndpoint,
      appId: 'mfltvwzoqspy906wvwgqe',
      directSignInTarget: 'naver',
      interactionMode: 'signIn',
      m2mAppId: LOCAL_MANAGEMENT_API_APP.id,
      m2mAppSecret: LOCAL_MANAGEMENT_API_APP.secret,
    }),
  });
  expect(saved.status).toBe(303);
  const cookies = saved.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
  expect(cookies).toContain('pg_settings=');
  // Turned on again for the same cookies, the panel would show a saved credential's App ID: there is none.
  const { origin: on } = await startSiteInstance(env);
  // Saved, the form is behind Edit: asked for in place, as without JavaScript.
  const html = await page(on, cookies, '?show=settings');
  // An empty value renders as a bare `value` attribute.
  expect(html).toMatch(/name="m2mAppId"[^>]*\svalue(?!=)/);
  expect(html).toContain(playgroundStrings.en.m2mAppSecretNone);
});
