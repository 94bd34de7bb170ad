import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { test as base, expect, workerFixture } from '../support/fixtures.ts';
import { CookieJar, createTestLogtoClient, signInThroughTenant, startTestTenant } from '../support/local-tenant.ts';
import { recordedInvalidRedirectUriBody } from '../support/recorded-logto.ts';
import type { LocalTenant } from '../support/local-tenant.ts';
import { testSiteOrigin } from '../support/ports.ts';

/**
 * Each error case against what real Logto answered (real-logto-shapes.json; these are the same in 1.37
 * and 1.42, DIFF.md "Unchanged"; what differs is in local-tenant-logto-versions.spec.ts), with the tenant
 * endpoint in place of the recorded one.
 */

const redirectUri = `${testSiteOrigin}/playground/callback`;
const spaAppId = 'spa0app0for0local0tst';
const m2mAppId = 'm2m0app0for0local0tst';

// One tenant with an SPA and an M2M app next to the default one, shared by this file's tests.
const test = base.extend<{}, { tenant: LocalTenant }>({
  tenant: workerFixture(
    () =>
      startTestTenant((config) => ({
        ...config,
        apps: [
          ...config.apps,
          { ...config.apps[0]!, id: spaAppId, type: 'SPA' },
          { ...config.apps[0]!, id: m2mAppId, type: 'M2M', redirectUris: [], postLogoutRedirectUris: [] },
        ],
      })),
    (tenant) => tenant.close(),
  ),
});

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
const bogusCodeForm = {
  grant_type: 'authorization_code',
  code: 'bogus-code',
  redirect_uri: redirectUri,
  code_verifier: 'v'.repeat(86),
};

async function post(tenant: LocalTenant, path: string, form: Record<string, string>, authorization?: string) {
  const response = await fetch(`${tenant.endpoint}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(authorization ? { authorization } : {}) },
    body: new URLSearchParams(form).toString(),
  });
  return { response, text: await response.text() };
}

function authUrl(tenant: LocalTenant, params: Record<string, string>): string {
  const query = new URLSearchParams({
    client_id: LOCAL_DEMO_APP.id,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid offline_access profile email identities',
    prompt: 'consent',
    code_challenge: 'ML_n9VPw-oQW_ZM0jS53bypYCeizysn4zo1Czyn0awY',
    code_challenge_method: 'S256',
    state: 'probe-state-123',
    ...params,
  });
  return `${tenant.endpoint}/oidc/auth?${query.toString()}`;
}

const invalidGrantBody = JSON.stringify({
  code: 'oidc.invalid_grant',
  message: 'Grant request is invalid.',
  error_uri: 'https://openid.sh/debug/invalid_grant',
  error: 'invalid_grant',
  error_description: 'grant request is invalid',
});
const invalidClientBody = JSON.stringify({
  code: 'oidc.invalid_client',
  message: 'An OIDC error occurred: oidc.invalid_client.',
  error: 'invalid_client',
  error_description: 'client authentication failed',
});

test('a bad code is 400 invalid_grant, with the secret sent as Basic or in the body', async ({ tenant }) => {
  const viaBasic = await post(tenant, '/oidc/token', bogusCodeForm, basic(LOCAL_DEMO_APP.id, LOCAL_DEMO_APP.secret));
  const viaPost = await post(tenant, '/oidc/token', { ...bogusCodeForm, client_id: LOCAL_DEMO_APP.id, client_secret: LOCAL_DEMO_APP.secret });
  for (const { response, text } of [viaBasic, viaPost]) {
    expect(response.status).toBe(400);
    expect(text).toBe(invalidGrantBody);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('www-authenticate')).toBeNull();
  }
});

test('a wrong secret is 401 invalid_client with WWW-Authenticate Basic; no secret is 401 without it', async ({ tenant }) => {
  const wrong = await post(tenant, '/oidc/token', bogusCodeForm, basic(LOCAL_DEMO_APP.id, 'Wrong0Secret0Wrong0Secret0Wrong00'));
  expect(wrong.response.status).toBe(401);
  expect(wrong.text).toBe(invalidClientBody);
  expect(wrong.response.headers.get('www-authenticate')).toBe(
    `Basic realm="${tenant.endpoint}/oidc", error="invalid_client", error_description="client authentication failed"`,
  );
  const none = await post(tenant, '/oidc/token', { ...bogusCodeForm, client_id: LOCAL_DEMO_APP.id });
  expect(none.response.status).toBe(401);
  expect(none.text).toBe(invalidClientBody);
  expect(none.response.headers.get('www-authenticate')).toBeNull();
});

test('@logto/node with a wrong app secret fails the callback with oidc.invalid_client', async ({ tenant }) => {
  const { client, lastNavigation } = createTestLogtoClient({
    endpoint: tenant.endpoint,
    appId: LOCAL_DEMO_APP.id,
    appSecret: 'Wrong0Secret0Wrong0Secret0Wrong00',
  });
  await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const { callbackUrl } = await signInThroughTenant(new CookieJar(), lastNavigation(), { appOrigin: testSiteOrigin });
  const error = await client.handleSignInCallback(callbackUrl).catch((caught: unknown) => caught);
  expect(error).toMatchObject({ code: 'oidc.invalid_client' });
});

test('an SPA app signs in without a secret (PKCE) and is refused with one', async ({ tenant }) => {
  const spa = createTestLogtoClient({ endpoint: tenant.endpoint, appId: spaAppId });
  await spa.client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const signedIn = await signInThroughTenant(new CookieJar(), spa.lastNavigation(), { appOrigin: testSiteOrigin });
  await spa.client.handleSignInCallback(signedIn.callbackUrl);
  expect((await spa.client.getIdTokenClaims()).aud).toBe(spaAppId);

  const withSecret = createTestLogtoClient({ endpoint: tenant.endpoint, appId: spaAppId, appSecret: LOCAL_DEMO_APP.secret });
  await withSecret.client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const second = await signInThroughTenant(new CookieJar(), withSecret.lastNavigation(), { appOrigin: testSiteOrigin });
  const error = await withSecret.client.handleSignInCallback(second.callbackUrl).catch((caught: unknown) => caught);
  expect(error).toMatchObject({ code: 'oidc.invalid_client' });
});

test('an unregistered redirect_uri gets a 400 JSON page, not a redirect', async ({ tenant }) => {
  const response = await fetch(authUrl(tenant, { redirect_uri: `${testSiteOrigin}/not-registered-callback` }), {
    redirect: 'manual',
    headers: { accept: 'text/html,application/xhtml+xml' },
  });
  expect(response.status).toBe(400);
  expect(response.headers.get('location')).toBeNull();
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(await response.text()).toBe(
    recordedInvalidRedirectUriBody(tenant.endpoint, 'probe-state-123'),
  );
});

test('an M2M app has no redirect URIs, so /oidc/auth refuses it with the redirect_uri error', async ({ tenant }) => {
  const response = await fetch(authUrl(tenant, { client_id: m2mAppId }), { redirect: 'manual' });
  expect(response.status).toBe(400);
  expect(response.headers.get('location')).toBeNull();
  expect(await response.json()).toMatchObject({ code: 'oidc.invalid_redirect_uri', error: 'invalid_redirect_uri' });
});

test('an unknown client_id is 400 invalid_client at /oidc/auth', async ({ tenant }) => {
  const response = await fetch(authUrl(tenant, { client_id: 'unknown0app0id0000000' }), { redirect: 'manual' });
  expect(response.status).toBe(400);
  expect(response.headers.get('location')).toBeNull();
  expect(await response.json()).toMatchObject({
    code: 'oidc.invalid_client',
    message: 'An OIDC error occurred: oidc.invalid_client.',
    error: 'invalid_client',
  });
});

test('an unregistered post_logout_redirect_uri is 400 invalid_request', async ({ tenant }) => {
  const query = new URLSearchParams({ client_id: LOCAL_DEMO_APP.id, post_logout_redirect_uri: `${testSiteOrigin}/elsewhere` });
  const response = await fetch(`${tenant.endpoint}/oidc/session/end?${query.toString()}`, { redirect: 'manual' });
  expect(response.status).toBe(400);
  expect(await response.text()).toBe(
    JSON.stringify({
      code: 'oidc.invalid_request',
      message: 'Request is invalid.',
      error: 'invalid_request',
      error_description: 'post_logout_redirect_uri not registered',
    }),
  );
});

test('userinfo: a bogus token is 401 invalid_token (the same in 1.37 and 1.42; no token: local-tenant-logto-versions.spec.ts)', async ({ tenant }) => {
  const bogus = await fetch(`${tenant.endpoint}/oidc/me`, { headers: { authorization: 'Bearer bogus' } });
  expect(bogus.status).toBe(401);
  expect(bogus.headers.get('www-authenticate')).toBe(
    `Bearer realm="${tenant.endpoint}/oidc", error="invalid_token", error_description="invalid token provided"`,
  );
  expect(await bogus.text()).toBe(
    JSON.stringify({
      code: 'oidc.invalid_token',
      message: 'Invalid token provided.',
      error: 'invalid_token',
      error_description: 'invalid token provided',
    }),
  );
});

test('a path segment that is not valid percent-encoding is a 404, never a 500', async ({ tenant }) => {
  const broken = '%E0%A4%A';
  for (const [method, path] of [
    ['GET', `/direct/social/${broken}`],
    ['GET', `/callback/${broken}`],
    ['POST', `/api/experience/verification/social/${broken}/authorization-uri`],
    ['GET', `/assets/${broken}`],
  ] as const) {
    const response = await fetch(`${tenant.endpoint}${path}`, {
      method,
      redirect: 'manual',
      ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
    });
    await response.body?.cancel();
    expect(response.status, `${method} ${path}`).toBe(404);
  }
  // The same routes still answer with a well-formed segment.
  const page = await fetch(`${tenant.endpoint}/callback/${tenant.config.connectors[0]!.id}`);
  await page.body?.cancel();
  expect(page.status).toBe(200);
});
