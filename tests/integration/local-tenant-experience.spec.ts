import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import {
  callbackConnectorData,
  ExperienceError,
  finishSocialSignIn,
  listSocialConnectors,
  startSocialSignIn,
} from '../../src/local-tenant/pages/client/experience-flow.ts';
import { test as base, expect, workerFixture } from '../support/fixtures.ts';
import {
  answerNaverConsent,
  browserRequest,
  CookieJar,
  createTestLogtoClient,
  experienceHttp,
  reachSignInPage,
  signInThroughTenant,
  startTestTenant,
} from '../support/local-tenant.ts';
import type { LocalTenant, NaverChoice } from '../support/local-tenant.ts';
import type { TenantConfig } from '../../src/local-tenant/config/schema.ts';
import { testSiteOrigin } from '../support/ports.ts';

// A default tenant of this file's own, shared by the tests in 'the default tenant' (they sign users in);
// the other tests start one with their own config.
const test = base.extend<{}, { tenant: LocalTenant }>({
  tenant: workerFixture(() => startTestTenant(), (tenant) => tenant.close()),
});

const redirectUri = `${testSiteOrigin}/playground/callback`;
const connectorId = LOCAL_NAVER_CONNECTOR.id;

function authUrl(endpoint: string, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({
    client_id: LOCAL_DEMO_APP.id,
    redirect_uri: redirectUri,
    code_challenge: 'ML_n9VPw-oQW_ZM0jS53bypYCeizysn4zo1Czyn0awY',
    code_challenge_method: 'S256',
    state: 'experience-state',
    response_type: 'code',
    prompt: 'consent',
    scope: 'openid offline_access profile email identities',
    ...params,
  });
  return `${endpoint}/oidc/auth?${query.toString()}`;
}

/** Runs the sign-in page's calls up to the connector's verify step and returns what verify threw. */
async function verifyAfterNaver(tenant: LocalTenant, choice: NaverChoice) {
  const jar = new CookieJar();
  await reachSignInPage(jar, authUrl(tenant.endpoint, { direct_sign_in: 'social:naver' }), testSiteOrigin);
  const http = experienceHttp(jar, tenant.endpoint);
  const callbackBase = `${tenant.endpoint}/callback/${connectorId}`;
  const { authorizationUri, verificationId } = await startSocialSignIn(http, {
    connectorId,
    redirectUri: callbackBase,
    state: 'naver-state',
    interactionEvent: 'SignIn',
  });
  const callback = await answerNaverConsent(jar, authorizationUri, choice);
  const connectorData = callbackConnectorData(new URL(callback).searchParams, callbackBase, LOCAL_DEMO_APP.id);
  const error = await finishSocialSignIn(http, {
    connectorId,
    verificationId,
    connectorData,
    chooseUsername: () => Promise.reject(new Error('not asked')),
  }).catch((caught: unknown) => caught);
  return { error, connectorData, callback };
}

test.describe('the default tenant', () => {

  test('sign-in-exp lists the enabled Naver connector, without auth', async ({ tenant }) => {
    const response = await fetch(`${tenant.endpoint}/api/.well-known/sign-in-exp`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body['socialSignInConnectorTargets']).toEqual(['naver']);
    expect(body['socialConnectors']).toEqual([
      expect.objectContaining({ id: connectorId, target: 'naver', name: expect.objectContaining({ en: 'Naver', ko: '네이버' }) }),
    ]);
  });

  test('/oidc/auth sets the interaction cookies and sends plain sign-in to /sign-in', async ({ tenant }) => {
    const jar = new CookieJar();
    const response = await browserRequest(jar, authUrl(tenant.endpoint));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/sign-in?app_id=${LOCAL_DEMO_APP.id}`);
    expect(jar.names(`${tenant.endpoint}/api/experience`)).toEqual(
      expect.arrayContaining(['_interaction', '_interaction.sig', '_logto']),
    );
    const resumeCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith('_interaction_resume='));
    expect(resumeCookie).toMatch(/path=\/oidc\/auth\/[\w-]+/);
  });

  test('interaction_mode=signUp and first_screen=register open the register screen', async ({ tenant }) => {
    for (const params of [{ interaction_mode: 'signUp' }, { first_screen: 'register' }]) {
      const jar = new CookieJar();
      const reached = await reachSignInPage(jar, authUrl(tenant.endpoint, params), testSiteOrigin);
      expect(reached.hops[0]?.location).toBe(`/register?app_id=${LOCAL_DEMO_APP.id}`);
      expect(reached.hops[1]?.status).toBe(200);
      expect(reached.url).toBe(`${tenant.endpoint}/register?app_id=${LOCAL_DEMO_APP.id}`);
    }
  });

  test('ui_locales and login_hint reach the page; Accept-Language picks the language otherwise', async ({ tenant }) => {
    const response = await fetch(authUrl(tenant.endpoint, { ui_locales: 'ko', login_hint: 'reader@example.com' }), { redirect: 'manual' });
    const location = response.headers.get('location') ?? '';
    expect(location).toBe(`/sign-in?app_id=${LOCAL_DEMO_APP.id}&ui_locales=ko&login_hint=reader%40example.com`);
    const korean = await (await fetch(new URL(location, tenant.endpoint))).text();
    expect(korean).toContain('<html lang="ko">');
    expect(korean).toContain(`${LOCAL_DEMO_APP.name}에 로그인`);
    expect(korean).toContain('reader@example.com');
    const japanese = await (
      await fetch(`${tenant.endpoint}/sign-in?app_id=${LOCAL_DEMO_APP.id}`, { headers: { 'accept-language': 'ja-JP,ja;q=0.9,en;q=0.5' } })
    ).text();
    expect(japanese).toContain('<html lang="ja">');
    expect(japanese).toContain('Naver で続ける');
  });

  test('an unknown direct sign-in target still goes to /direct/social/google, and the page falls back', async ({ tenant }) => {
    const jar = new CookieJar();
    const reached = await reachSignInPage(jar, authUrl(tenant.endpoint, { direct_sign_in: 'social:google' }), testSiteOrigin);
    expect(reached.hops[0]).toMatchObject({ status: 303, location: `/direct/social/google?app_id=${LOCAL_DEMO_APP.id}&fallback=sign-in` });
    expect(reached.hops[1]?.status).toBe(200);
    // What the page's script decides: no enabled connector has target google, so it goes to /sign-in.
    const connectors = await listSocialConnectors(experienceHttp(jar, tenant.endpoint));
    expect(connectors.find((connector) => connector.target === 'google')).toBeUndefined();
    const page = await (await browserRequest(jar, reached.url)).text();
    const pageData = JSON.parse(/<script type="application\/json" id="page-data">(.*?)<\/script>/s.exec(page)?.[1] ?? '{}') as Record<string, unknown>;
    expect(pageData).toMatchObject({ page: 'direct', target: 'google', fallback: 'sign-in' });
    const fallback = await browserRequest(jar, `${tenant.endpoint}/sign-in`);
    expect(fallback.status).toBe(200);
  });

  test('cancelling at Naver: verify answers 400 connector.general with the callback data (recorded)', async ({ tenant }) => {
    const { error, connectorData } = await verifyAfterNaver(tenant, { action: 'cancel' });
    expect(connectorData).toMatchObject({ error: 'access_denied', error_description: 'Canceled By User' });
    expect(error).toBeInstanceOf(ExperienceError);
    expect(error).toMatchObject({ status: 400, code: 'connector.general', data: { message: JSON.stringify(connectorData) } });
  });

  test('the experience API needs the interaction cookies', async ({ tenant }) => {
    const response = await fetch(`${tenant.endpoint}/api/experience`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ interactionEvent: 'SignIn' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'session.not_found', message: 'Session not found. Please go back and sign in again.' });
  });

  test('authorization-uri answers Logto\'s shape and points at the Naver mock with the connector callback', async ({ tenant }) => {
    const jar = new CookieJar();
    await reachSignInPage(jar, authUrl(tenant.endpoint, { direct_sign_in: 'social:naver' }), testSiteOrigin);
    const http = experienceHttp(jar, tenant.endpoint);
    expect((await http('PUT', '/api/experience', { interactionEvent: 'SignIn' })).status).toBe(204);
    const response = await http('POST', `/api/experience/verification/social/${connectorId}/authorization-uri`, {
      state: 'abc',
      redirectUri: `${tenant.endpoint}/callback/${connectorId}`,
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { authorizationUri: string; verificationId: string };
    expect(Object.keys(body)).toEqual(['authorizationUri', 'verificationId']);
    const expected = new URLSearchParams({
      client_id: LOCAL_NAVER_CONNECTOR.clientId,
      redirect_uri: `${tenant.endpoint}/callback/${connectorId}`,
      response_type: 'code',
      state: 'abc',
    });
    expect(body.authorizationUri).toBe(`${tenant.naverMockOrigin}/oauth2.0/authorize?${expected.toString()}`);
    const unknown = await http('POST', '/api/experience/verification/social/aaaaaaaaaaaa/authorization-uri', {
      state: 'abc',
      redirectUri: `${tenant.endpoint}/callback/aaaaaaaaaaaa`,
    });
    expect(unknown.status).toBe(404);
    // Recorded for a deleted connector.
    expect(await unknown.json()).toEqual({ code: 'entity.not_found', message: 'The resource does not exist.' });
    const badBody = await http('PUT', '/api/experience', { interactionEvent: 'Nope' });
    expect(badBody.status).toBe(400);
    expect(await badBody.json()).toMatchObject({ code: 'guard.invalid_input' });
  });
});

test('a connector disabled in the sign-in experience is not listed, so direct sign-in falls back', async ({ startTenant }) => {
  const tenant = await startTenant(
    (config) => ({ ...config, connectors: config.connectors.map((connector) => ({ ...connector, enabledInSignInExperience: false })) }),
  );
  const body = (await (await fetch(`${tenant.endpoint}/api/.well-known/sign-in-exp`)).json()) as Record<string, unknown>;
  expect(body['socialConnectors']).toEqual([]);
  expect(body['socialSignInConnectorTargets']).toEqual([]);
  const signInPage = await (await fetch(`${tenant.endpoint}/sign-in`)).text();
  expect(signInPage).not.toContain('data-connector-id');
});

test('a wrong Naver client secret: verify answers 400 connector.invalid_response', async ({ startTenant }) => {
  const tenant = await startTenant(
    (config) => ({ ...config, connectors: config.connectors.map((connector) => ({ ...connector, clientSecret: 'WrongSecret' })) }),
  );
  const { error } = await verifyAfterNaver(tenant, { action: 'agree' });
  expect(error).toMatchObject({ status: 400, code: 'connector.invalid_response', message: "The connector's response is invalid." });
});

test('Naver answering the token call with HTTP 401: verify answers 500 "Internal server error."', async ({ startTenant }) => {
  const tenant = await startTenant(
    (config) => ({
      ...config,
      connectors: config.connectors.map((connector) => ({ ...connector, clientSecret: 'WrongSecret' })),
      naver: { ...config.naver, apps: config.naver.apps.map((app) => ({ ...app, tokenErrorStatus: 401 as const })) },
    }),
  );
  const { error } = await verifyAfterNaver(tenant, { action: 'agree' });
  expect(error).toMatchObject({ status: 500, message: 'Internal server error.' });
});

test('a failing Naver profile call: verify answers 401 connector.social_invalid_access_token', async ({ startTenant }) => {
  const tenant = await startTenant(
    (config) => ({ ...config, naver: { ...config.naver, apps: config.naver.apps.map((app) => ({ ...app, profileCallFails: true })) } }),
  );
  const { error } = await verifyAfterNaver(tenant, { action: 'agree' });
  expect(error).toMatchObject({ status: 401, code: 'connector.social_invalid_access_token' });
});

/** Signs a new Naver user in through a tenant that requires a username, choosing `username` when asked. */
async function signInChoosingUsername(
  tenant: LocalTenant,
  options: { interactionMode?: 'signIn' | 'signUp'; naverUserIndex: number; username?: string },
) {
  const { client, lastNavigation } = createTestLogtoClient({
    endpoint: tenant.endpoint,
    appId: LOCAL_DEMO_APP.id,
    appSecret: LOCAL_DEMO_APP.secret,
  });
  await client.signIn({
    redirectUri,
    directSignIn: { method: 'social', target: 'naver' },
    ...(options.interactionMode ? { interactionMode: options.interactionMode } : {}),
  });
  const { callbackUrl } = await signInThroughTenant(new CookieJar(), lastNavigation(), {
    appOrigin: testSiteOrigin,
    naver: { action: 'agree', userId: tenant.config.naver.users[options.naverUserIndex]!.id },
    ...(options.username ? { username: options.username } : {}),
  });
  await client.handleSignInCallback(callbackUrl);
  return client.getIdTokenClaims();
}

const requireUsername = (config: TenantConfig): TenantConfig => ({ ...config, signUp: { requireUsername: true } });

test('a tenant that requires a username asks a new Naver user for one (422 user.missing_profile)', async ({ startTenant }) => {
  const tenant = await startTenant(requireUsername);
  const claims = await signInChoosingUsername(tenant, { naverUserIndex: 0, username: 'chosen_name' });
  expect(claims.username).toBe('chosen_name');

  // Without a username the flow cannot finish: the page must ask.
  const refused = await signInChoosingUsername(tenant, { naverUserIndex: 2 }).catch((caught: unknown) => caught);
  expect(refused).toBeInstanceOf(Error);
  expect((refused as Error).message).toBe('the tenant asked for a username and none was given');
});

test('in sign-up mode a tenant that requires a username asks for it too, then registers the user', async ({ startTenant }) => {
  const tenant = await startTenant(requireUsername);
  const claims = await signInChoosingUsername(tenant, { interactionMode: 'signUp', naverUserIndex: 1, username: 'signup_name' });
  expect(claims.username).toBe('signup_name');
});
