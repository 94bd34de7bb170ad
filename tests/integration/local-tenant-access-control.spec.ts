import { faultScenarioApp } from '../../src/lib/fault-lab.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { expect, test } from '../support/fixtures.ts';
import { browserRequest, CookieJar, createTestLogtoClient, signInThroughTenant, type LocalTenant } from '../support/local-tenant.ts';
import { testSiteOrigin } from '../support/ports.ts';

/**
 * App-level access control (Logto 1.41+) refusing a user, hop by hop as ACCESS-CONTROL.md recorded it on
 * 1.42: a first sign-in stays on the tenant's "Access denied" page (the consent API answers 400
 * oidc.access_denied) and the app hears nothing; a user with a session and a grant gets error=access_denied
 * at the redirect URI; a refresh answers 400 access_denied and is not used up.
 */

const redirectUri = `${testSiteOrigin}/playground/callback`;
const recordedDenied = { code: 'oidc.access_denied', message: 'Access denied.', error: 'access_denied', error_description: 'Access denied.' };

function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

async function refresh(tenant: LocalTenant, refreshToken: string, acceptLanguage?: string) {
  const response = await fetch(`${tenant.endpoint}/oidc/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: basic(LOCAL_DEMO_APP.id, LOCAL_DEMO_APP.secret),
      ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
    },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }).toString(),
  });
  return { status: response.status, text: await response.text() };
}

test('A: the fault lab app refuses a new Naver user on the tenant’s own page; the consent API says why', async ({ startTenant }) => {
  const tenant = await startTenant();
  const app = faultScenarioApp('app-access-denied');
  const { client, lastNavigation } = createTestLogtoClient({ endpoint: tenant.endpoint, ...app });
  await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const jar = new CookieJar();
  const { callbackUrl, hops } = await signInThroughTenant(jar, lastNavigation(), { appOrigin: testSiteOrigin });

  // It never reaches the app: the last hop is the tenant's /consent page, 200.
  expect(new URL(callbackUrl).origin).toBe(tenant.endpoint);
  expect(`${new URL(callbackUrl).pathname}${new URL(callbackUrl).search}`).toBe(`/consent?app_id=${app.appId}`);
  expect(hops.at(-1)?.status).toBe(200);
  expect(hops.some((hop) => new URL(hop.url).origin === testSiteOrigin)).toBe(false);

  const page = await browserRequest(jar, callbackUrl, { headers: { 'accept-language': 'ja' } });
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain('<h1>アクセスが拒否されました</h1>');
  expect(html).toContain('このアプリケーションにアクセスする権限がありません。<br>管理者にお問い合わせください。');
  expect(html).toContain(`action="/oidc/session/end"`);
  expect(html).toContain(`value="${app.appId}"`);

  for (const [lang, message] of [['en', 'Access denied.'], ['ja', 'アクセスが拒否されました。'], ['ko', '접근이 금지되었어요.']] as const) {
    const api = await browserRequest(jar, `${tenant.endpoint}/api/interaction/consent`, { headers: { 'accept-language': lang } });
    expect(api.status).toBe(400);
    expect(await api.text()).toBe(JSON.stringify({ code: 'oidc.access_denied', message }));
  }
  const posted = await browserRequest(jar, `${tenant.endpoint}/api/interaction/consent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  expect(posted.status).toBe(400);
  await posted.body?.cancel();

  // The RP trying again with prompt=consent in the same browser: the same page, never the app.
  await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const again = await browserRequest(jar, lastNavigation());
  await again.body?.cancel();
  expect(again.status).toBe(303);
  expect(again.headers.get('location')).toBe(`/consent?app_id=${app.appId}`);
});

test('C: a signed-in user removed from the rules gets access_denied at the redirect URI and on a refresh; allowed again, the same refresh token works', async ({ startTenant }) => {
  const tenant = await startTenant();
  const { client, storage, lastNavigation } = createTestLogtoClient({ endpoint: tenant.endpoint, appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret });
  await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const jar = new CookieJar();
  const signedIn = await signInThroughTenant(jar, lastNavigation(), { appOrigin: testSiteOrigin });
  await client.handleSignInCallback(signedIn.callbackUrl);
  const userId = (await client.getIdTokenClaims()).sub;
  const refreshToken = storage.get('refreshToken') ?? '';
  const accessToken = await client.getAccessToken();

  // The admin turns access control on with only someone else allowed.
  const otherUserId = tenant.config.users[0]?.id ?? '';
  expect(otherUserId).not.toBe(userId);
  await tenant.accessControl.allowOnly(LOCAL_DEMO_APP.id, [otherUserId]);

  expect(await refresh(tenant, refreshToken)).toEqual({ status: 400, text: JSON.stringify(recordedDenied) });

  // Userinfo is not checked: the access token works until it expires.
  const me = await fetch(`${tenant.endpoint}/oidc/me`, { headers: { authorization: `Bearer ${accessToken}` } });
  expect(me.status).toBe(200);
  await me.body?.cancel();

  // A new authorization in the same session: redirected to the app with access_denied, its state and iss.
  await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const authorizationUrl = new URL(lastNavigation());
  const refused = await browserRequest(jar, authorizationUrl.toString());
  await refused.body?.cancel();
  expect(refused.status).toBe(303);
  const location = new URL(refused.headers.get('location') ?? '');
  expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
  expect([...location.searchParams.entries()]).toEqual([
    ['error', 'access_denied'],
    ['error_description', 'Access denied.'],
    ['state', authorizationUrl.searchParams.get('state') ?? ''],
    ['iss', `${tenant.endpoint}/oidc`],
  ]);
  // What the SDK makes of it at the callback.
  const callbackError = await client.handleSignInCallback(location.toString()).catch((error: unknown) => error);
  expect(callbackError).toMatchObject({ code: 'callback_uri_verification.error_found' });

  // Allowed again: the refused refresh token was not used up.
  await tenant.accessControl.allowOnly(LOCAL_DEMO_APP.id, [otherUserId, userId]);
  expect((await refresh(tenant, refreshToken)).status).toBe(200);
});
