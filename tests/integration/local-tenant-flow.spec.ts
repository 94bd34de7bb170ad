import { Prompt } from '@logto/node';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { test as base, expect, workerFixture } from '../support/fixtures.ts';
import {
  browserRequest,
  CookieJar,
  createTestLogtoClient,
  reachSignInPage,
  signInThroughTenant,
  startTestTenant,
} from '../support/local-tenant.ts';
import type { LocalTenant } from '../support/local-tenant.ts';
import { testSiteOrigin } from '../support/ports.ts';
import { recordedShapes } from '../support/recorded-shapes.ts';

const redirectUri = `${testSiteOrigin}/playground/callback`;
const signedOutUri = `${testSiteOrigin}/playground/signed-out`;
// The ID token claims real Logto 1.42 issued, as the default tenant answers (real-logto-1.42/real-logto-shapes.json).
const logtoIdTokenClaims = recordedShapes('1.42').signIn.idToken.claimNames;

// A default tenant of this file's own (its tests sign users up), shared by them.
const test = base.extend<{}, { tenant: LocalTenant }>({
  tenant: workerFixture(() => startTestTenant(), (tenant) => tenant.close()),
});

function basicAuth(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

async function tokenRequest(tenant: LocalTenant, form: Record<string, string>) {
  const response = await fetch(`${tenant.endpoint}/oidc/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: basicAuth(LOCAL_DEMO_APP.id, LOCAL_DEMO_APP.secret),
    },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

test('Naver sign-in with @logto/node: redirects, verified claims, userinfo identities, refresh, sign-out', async ({ tenant }) => {
  const naverUser = tenant.config.naver.users[0]!;
  const appConfig = { endpoint: tenant.endpoint, appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret };
  const { client, storage, lastNavigation } = createTestLogtoClient(appConfig);
  await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const authorizationUrl = lastNavigation();
  expect(new URL(authorizationUrl).searchParams.get('direct_sign_in')).toBe('social:naver');

  const jar = new CookieJar();
  const { callbackUrl, hops } = await signInThroughTenant(jar, authorizationUrl, { appOrigin: testSiteOrigin });

  // The browser hops real Logto made (real-logto-hops.txt): direct sign-in page, then the consent detour.
  expect(hops[0]).toMatchObject({ status: 303, location: `/direct/social/naver?app_id=${LOCAL_DEMO_APP.id}&fallback=sign-in` });
  expect(hops[1]).toMatchObject({ status: 200 });
  const consentHops = hops.slice(2);
  expect(consentHops.map((hop) => hop.status)).toEqual([303, 302, 303]);
  expect(consentHops[0]?.url).toMatch(new RegExp(`^${tenant.endpoint}/oidc/auth/[\\w-]+$`));
  expect(consentHops[0]?.location).toBe(`/consent?app_id=${LOCAL_DEMO_APP.id}`);
  expect(consentHops[1]?.location).toMatch(new RegExp(`^${tenant.endpoint}/oidc/auth/[\\w-]+$`));
  expect(consentHops[1]?.location).not.toBe(consentHops[0]?.url);
  const callback = new URL(callbackUrl);
  expect(`${callback.origin}${callback.pathname}`).toBe(redirectUri);
  expect([...callback.searchParams.keys()]).toEqual(['code', 'state', 'iss']);
  expect(callback.searchParams.get('iss')).toBe(`${tenant.endpoint}/oidc`);

  await client.handleSignInCallback(callbackUrl);
  expect(await client.isAuthenticated()).toBe(true);

  // The ID token, checked independently of the SDK: ES384 with a kid from the JWKS, Logto's claims only.
  const idToken = storage.get('idToken') ?? '';
  const header = decodeProtectedHeader(idToken);
  // 1.42's header: `{alg, kid}`, no `typ` (the playground's verifier must not need it).
  expect(Object.keys(header)).toEqual(['alg', 'kid']);
  expect(header.alg).toBe('ES384');
  expect(header.kid).toMatch(/^[\w-]{43}$/);
  const discovery = (await (await fetch(`${tenant.endpoint}/oidc/.well-known/openid-configuration`)).json()) as { jwks_uri: string };
  const { payload, protectedHeader } = await jwtVerify(idToken, createRemoteJWKSet(new URL(discovery.jwks_uri)), {
    issuer: `${tenant.endpoint}/oidc`,
    audience: LOCAL_DEMO_APP.id,
    algorithms: ['ES384'],
  });
  expect(protectedHeader.kid).toBe(header.kid);
  expect(Object.keys(payload)).toEqual(logtoIdTokenClaims);
  expect(payload.sub).toMatch(/^[0-9a-z]{12}$/);
  expect(payload).toMatchObject({
    name: naverUser.nickname,
    picture: naverUser.profile_image,
    email: naverUser.email,
    email_verified: true,
  });
  expect(payload['username']).toMatch(/^naver_[0-9a-z]{8}$/);
  expect(typeof payload['created_at']).toBe('number');
  expect(payload['created_at']).toBeGreaterThan(Date.now() - 60_000);
  expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(3600);

  const userInfo = await client.fetchUserInfo();
  expect(userInfo.sub).toBe(payload.sub);
  expect(userInfo.sso_identities).toEqual([]);
  const naverIdentity = userInfo.identities?.['naver'];
  expect(naverIdentity?.userId).toBe(naverUser.id);
  expect(Object.keys(naverIdentity?.details ?? {})).toEqual(['id', 'name', 'email', 'avatar', 'rawData']);
  expect(naverIdentity?.details).toMatchObject({
    id: naverUser.id,
    name: naverUser.nickname,
    email: naverUser.email,
    avatar: naverUser.profile_image,
    rawData: { resultcode: '00', message: 'success', response: { id: naverUser.id, name: naverUser.name } },
  });

  // Refresh through the SDK: an expired access token is exchanged with the refresh token.
  const firstAccessToken = await client.getAccessToken();
  const stored = JSON.parse(storage.get('accessToken') ?? '{}') as Record<string, { token: string; scope: string; expiresAt: number }>;
  for (const entry of Object.values(stored)) entry.expiresAt = Math.floor(Date.now() / 1000) - 10;
  storage.set('accessToken', JSON.stringify(stored));
  const laterClient = createTestLogtoClient(appConfig, storage).client;
  const refreshedAccessToken = await laterClient.getAccessToken();
  expect(refreshedAccessToken).not.toBe(firstAccessToken);
  expect(refreshedAccessToken).toMatch(/^[\w-]{43}$/);

  // The refresh grant itself answers with Logto's token response shape.
  const refreshToken = storage.get('refreshToken') ?? '';
  const refreshed = await tokenRequest(tenant, { grant_type: 'refresh_token', refresh_token: refreshToken });
  expect(refreshed.status).toBe(200);
  expect(Object.keys(refreshed.body)).toEqual(['access_token', 'expires_in', 'id_token', 'refresh_token', 'scope', 'token_type']);
  expect(refreshed.body).toMatchObject({ expires_in: 3600, token_type: 'Bearer', scope: 'openid offline_access profile email identities' });
  const latestRefreshToken = String(refreshed.body['refresh_token']);

  // Revocation answers 200, and a revoked token is refused afterwards.
  const revoked = await fetch(`${tenant.endpoint}/oidc/token/revocation`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuth(LOCAL_DEMO_APP.id, LOCAL_DEMO_APP.secret) },
    body: new URLSearchParams({ token: latestRefreshToken, token_type_hint: 'refresh_token' }).toString(),
  });
  expect(revoked.status).toBe(200);
  const afterRevocation = await tokenRequest(tenant, { grant_type: 'refresh_token', refresh_token: latestRefreshToken });
  expect(afterRevocation).toMatchObject({ status: 400, body: { code: 'oidc.invalid_grant' } });

  // Sign-out: end_session page → self-submitting form → confirm → 303 to the registered URI.
  await client.signOut(signedOutUri);
  expect(await client.isAuthenticated()).toBe(false);
  const endSessionUrl = new URL(lastNavigation());
  expect(`${endSessionUrl.origin}${endSessionUrl.pathname}`).toBe(`${tenant.endpoint}/oidc/session/end`);
  const endSessionPage = await browserRequest(jar, endSessionUrl.toString());
  expect(endSessionPage.status).toBe(200);
  const html = await endSessionPage.text();
  const action = /<form id="op\.logoutForm" method="post" action="([^"]+)"/.exec(html)?.[1];
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
  expect(action).toBe(`${tenant.endpoint}/oidc/session/end/confirm`);
  expect(html).toContain(".submit()");
  const confirmed = await browserRequest(jar, action ?? '', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ xsrf: xsrf ?? '', logout: 'yes' }).toString(),
  });
  expect(confirmed.status).toBe(303);
  expect(confirmed.headers.get('location')).toBe(signedOutUri);

  // The session is gone: a new sign-in shows the sign-in page again instead of going straight through.
  await client.signIn({ redirectUri });
  const again = await reachSignInPage(jar, lastNavigation(), testSiteOrigin);
  expect(again.hops[0]?.location).toBe(`/sign-in?app_id=${LOCAL_DEMO_APP.id}`);
});

test('a returning Naver user is recognised: same sub and username, no second account', async ({ tenant }) => {
  const signInOnce = async () => {
    const { client, lastNavigation } = createTestLogtoClient({
      endpoint: tenant.endpoint,
      appId: LOCAL_DEMO_APP.id,
      appSecret: LOCAL_DEMO_APP.secret,
    });
    await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
    const naverUserId = tenant.config.naver.users[1]!.id;
    const { callbackUrl } = await signInThroughTenant(new CookieJar(), lastNavigation(), {
      appOrigin: testSiteOrigin,
      naver: { action: 'agree', userId: naverUserId },
    });
    await client.handleSignInCallback(callbackUrl);
    return client.getIdTokenClaims();
  };
  const first = await signInOnce();
  const second = await signInOnce();
  expect(first.name).toBe(tenant.config.naver.users[1]!.nickname);
  expect(second.sub).toBe(first.sub);
  expect(second.username).toBe(first.username);
  expect(second.created_at).toBe(first.created_at);
});

test('without prompt=consent, offline_access is dropped and no refresh token is issued', async ({ tenant }) => {
  const { client, storage, lastNavigation } = createTestLogtoClient({
    endpoint: tenant.endpoint,
    appId: LOCAL_DEMO_APP.id,
    appSecret: LOCAL_DEMO_APP.secret,
    prompt: Prompt.Login,
  });
  await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const { callbackUrl } = await signInThroughTenant(new CookieJar(), lastNavigation(), { appOrigin: testSiteOrigin });
  await client.handleSignInCallback(callbackUrl);
  expect(storage.get('idToken')).toBeTruthy();
  expect(storage.has('refreshToken')).toBe(false);
  expect(decodeJwt(storage.get('idToken') ?? '').aud).toBe(LOCAL_DEMO_APP.id);
});
