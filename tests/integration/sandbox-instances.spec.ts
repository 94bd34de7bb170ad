/**
 * The local tenant as a public sandbox served by several instances: two tenants (each with its Naver
 * mock) given the same TENANT_SECRET and REDIS_URL, behind round-robin balancers, so every hop of one
 * sign-in alternates between them; a real Redis (Debian's redis-server). `.ci/run` sets REQUIRE_REDIS,
 * so there a missing redis-server fails.
 */
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { callbackConnectorData, finishSocialSignIn, startSocialSignIn } from '../../src/local-tenant/pages/client/experience-flow.ts';
import { buildDefaultTenantConfig } from '../../src/local-tenant/config/default-config.ts';
import { startLocalTenant } from '../../src/local-tenant/server.ts';
import { expect, test } from '../support/fixtures.ts';
import { startRoundRobinProxy } from '../../src/launcher/round-robin-proxy.ts';
import {
  CookieJar,
  answerNaverConsent,
  browserRequest,
  createTestLogtoClient,
  experienceHttp,
  followRedirects,
  reachSignInPage,
  signInThroughTenant,
} from '../support/local-tenant.ts';
import { testSiteOrigin } from '../support/ports.ts';
import { findRedisServer, redisMissingMessage, startRedis } from '../support/redis.ts';

test.beforeEach(() => {
  if (findRedisServer()) return;
  if (process.env['REQUIRE_REDIS']) throw new Error(redisMissingMessage);
  test.skip(true, redisMissingMessage);
});

const secret = 'sandbox-instances-test-secret-0123456789';
const redirectUri = `${testSiteOrigin}/playground/callback`;

type Closer = <T extends { close(): Promise<void> }>(thing: T) => T;

/** Redis, two balancers and two sandbox instances behind them; `instances: 1` for a single one. */
async function startSandbox(closeAfterTest: Closer, { instances = 2 } = {}) {
  const redis = closeAfterTest(await startRedis());
  const tenantBalancer = closeAfterTest(await startRoundRobinProxy());
  const mockBalancer = closeAfterTest(await startRoundRobinProxy());
  const start = () =>
    startLocalTenant({
      siteOrigin: testSiteOrigin,
      config: (origins) => buildDefaultTenantConfig(origins),
      secret,
      redisUrl: redis.url,
      tenantOrigin: new URL(tenantBalancer.origin),
      naverMockOrigin: new URL(mockBalancer.origin),
      publicSandbox: true,
    });
  const tenants = [];
  for (let n = 0; n < instances; n += 1) tenants.push(closeAfterTest(await start()));
  for (const tenant of tenants) {
    tenantBalancer.add(tenant.boundEndpoint);
    mockBalancer.add(tenant.naverMockBoundOrigin);
  }
  return { redis, tenantBalancer, mockBalancer, tenants, endpoint: tenantBalancer.origin };
}

/** One reader's whole sign-in through the sandbox with @logto/node; its ID token's claims. */
async function signIn(endpoint: string, jar: CookieJar) {
  const { client, lastNavigation } = createTestLogtoClient({ endpoint, appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret });
  await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const { callbackUrl } = await signInThroughTenant(jar, lastNavigation(), { appOrigin: testSiteOrigin });
  // The SDK exchanges the code and verifies the ID token against the JWKS, each on whichever instance is next.
  await client.handleSignInCallback(callbackUrl);
  expect(await client.isAuthenticated()).toBe(true);
  return { claims: await client.getIdTokenClaims(), callbackUrl };
}

test('a sign-in started on one instance finishes on the other: one issuer, one key, one store', async ({ closeAfterTest }) => {
  const { tenantBalancer, mockBalancer, endpoint } = await startSandbox(closeAfterTest);
  const discovery = (await (await fetch(`${endpoint}/oidc/.well-known/openid-configuration`)).json()) as { issuer: string; token_endpoint: string };
  // Every URL the sandbox emits names its public origin, whichever instance answered.
  expect(discovery.issuer).toBe(`${endpoint}/oidc`);
  expect(discovery.token_endpoint).toBe(`${endpoint}/oidc/token`);
  const jwks = await Promise.all([0, 1].map(async () => ((await (await fetch(`${endpoint}/oidc/jwks`)).json()) as { keys: { kid: string }[] }).keys.map((key) => key.kid)));
  expect(jwks[0]).toEqual(jwks[1]);

  const { claims, callbackUrl } = await signIn(endpoint, new CookieJar());
  expect(new URL(callbackUrl).searchParams.get('iss')).toBe(`${endpoint}/oidc`);
  expect(claims.iss).toBe(`${endpoint}/oidc`);
  expect(claims.sub).toMatch(/^[a-z0-9]{12}$/);
  // Both instances served the hops of this one sign-in, the Naver mock's too.
  expect(tenantBalancer.served).toHaveLength(2);
  expect(tenantBalancer.served.every((count) => count > 0)).toBe(true);
  expect(mockBalancer.served.every((count) => count > 0)).toBe(true);
});

test('an instance stopped between Naver’s consent and the callback: the sign-in finishes on the other', async ({ closeAfterTest }) => {
  const { tenantBalancer, mockBalancer, tenants, endpoint } = await startSandbox(closeAfterTest);
  const { client, lastNavigation } = createTestLogtoClient({ endpoint, appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret });
  await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const jar = new CookieJar();
  await reachSignInPage(jar, lastNavigation(), testSiteOrigin);
  const http = experienceHttp(jar, endpoint);
  const connectorId = LOCAL_NAVER_CONNECTOR.id;
  const naverCallback = `${endpoint}/callback/${connectorId}`;
  const state = 'state-instance-stopped';
  const { authorizationUri, verificationId } = await startSocialSignIn(http, { connectorId, redirectUri: naverCallback, state, interactionEvent: 'SignIn' });
  const callback = await answerNaverConsent(jar, authorizationUri, { action: 'agree' });

  // The first instance goes away (its tenant and its Naver mock), as in a deploy; the balancers drop it.
  const stopped = tenants[0]!;
  tenantBalancer.remove(stopped.boundEndpoint);
  mockBalancer.remove(stopped.naverMockBoundOrigin);
  await stopped.close();
  const servedBefore = [...tenantBalancer.served];

  await (await browserRequest(jar, callback)).body?.cancel();
  const redirectTo = await finishSocialSignIn(http, {
    connectorId,
    verificationId,
    connectorData: callbackConnectorData(new URL(callback).searchParams, naverCallback, LOCAL_DEMO_APP.id),
    chooseUsername: async () => {
      throw new Error('the default tenant asks for no username');
    },
  });
  const finished = await followRedirects(jar, redirectTo, testSiteOrigin);
  await client.handleSignInCallback(finished.url);
  expect(await client.isAuthenticated()).toBe(true);
  // Everything after the stop was served by the second instance.
  expect(tenantBalancer.served[0]).toBe(servedBefore[0]);
  expect(tenantBalancer.served[1]!).toBeGreaterThan(servedBefore[1]!);
  expect(servedBefore[0]).toBeGreaterThan(0);
});

test('visitors never meet: each browser has its own Naver accounts and users; a returning one is recognised on any instance', async ({
  closeAfterTest,
}) => {
  const { endpoint, mockBalancer } = await startSandbox(closeAfterTest);
  const [first, second] = [new CookieJar(), new CookieJar()];
  const a = await signIn(endpoint, first);
  const b = await signIn(endpoint, second);
  // The same first test account on the consent page, but each browser's own copy of it.
  expect(a.claims.sub).not.toBe(b.claims.sub);
  expect(a.claims['email']).not.toBe(b.claims['email']);
  expect(String(a.claims['email'])).toContain('+');
  expect(a.claims['username']).not.toBe(b.claims['username']);
  // The first browser again, its tenant session gone but its cookie at Naver kept: the same user, not a new one.
  const returning = new CookieJar();
  const visitorCookie = first.header(mockBalancer.origin);
  expect(visitorCookie).toMatch(/^nid_sandbox_visitor=[\w-]{22}$/);
  returning.store(mockBalancer.origin, new Response(null, { headers: { 'set-cookie': `${visitorCookie}; Path=/` } }));
  const again = await signIn(endpoint, returning);
  expect(again.claims.sub).toBe(a.claims.sub);
});

test('a consent form naming another browser’s account is refused at the mock', async ({ closeAfterTest }) => {
  const { endpoint } = await startSandbox(closeAfterTest, { instances: 1 });
  const { client, lastNavigation } = createTestLogtoClient({ endpoint, appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret });
  await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
  const authorizationUrl = lastNavigation();
  const owner = await signIn(endpoint, new CookieJar());
  const ownerNaverId = String((owner.claims['identities'] as Record<string, { userId: string }> | undefined)?.['naver']?.userId ?? '');
  // Another browser reaches the consent page and posts the first browser's account id.
  const intruder = new CookieJar();
  await reachSignInPage(intruder, authorizationUrl, testSiteOrigin);
  const consentUrl = await findConsentUrl(endpoint, intruder);
  const page = await browserRequest(intruder, consentUrl);
  const html = await page.text();
  expect(html).not.toContain(ownerNaverId || 'never-empty');
  const form = new URLSearchParams(new URL(consentUrl).searchParams);
  form.set('action', 'agree');
  form.set('user_id', ownerNaverId);
  const answer = await browserRequest(intruder, new URL('/oauth2.0/authorize', consentUrl).toString(), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  expect(answer.status).toBe(400);
  expect(answer.headers.get('location')).toBeNull();
});

/** The Naver authorization URL the sign-in page's experience API hands this browser. */
async function findConsentUrl(endpoint: string, jar: CookieJar): Promise<string> {
  const put = await browserRequest(jar, `${endpoint}/api/experience`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ interactionEvent: 'SignIn' }),
  });
  expect(put.status).toBe(204);
  const connectorId = buildDefaultTenantConfig({ siteOrigin: testSiteOrigin, tenantEndpoint: endpoint }).connectors[0]!.id;
  const answer = await browserRequest(jar, `${endpoint}/api/experience/verification/social/${connectorId}/authorization-uri`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ state: 'state-x', redirectUri: `${endpoint}/callback/${connectorId}` }),
  });
  return ((await answer.json()) as { authorizationUri: string }).authorizationUri;
}

for (const [lang, title] of [
  ['ja', 'サンドボックスは現在利用できません'],
  ['en', 'The sandbox is unavailable'],
  ['ko', '샌드박스를 지금 사용할 수 없습니다'],
] as const) {
  test(`Redis stopped mid-flow: the reader gets the localized "sandbox unavailable" (${lang}), no stack trace`, async ({ closeAfterTest }) => {
    const { redis, endpoint, mockBalancer } = await startSandbox(closeAfterTest, { instances: 1 });
    const { client, lastNavigation } = createTestLogtoClient({ endpoint, appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret });
    await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
    const jar = new CookieJar();
    const reached = await reachSignInPage(jar, lastNavigation(), testSiteOrigin);
    expect(reached.hops.at(-1)?.status).toBe(200);
    await redis.close();

    const headers = { 'accept-language': lang };
    // The sign-in page's API call: JSON in the reader's language.
    const api = await browserRequest(jar, `${endpoint}/api/experience`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ interactionEvent: 'SignIn' }),
    });
    expect(api.status).toBe(503);
    const body = (await api.json()) as { code: string; message: string };
    expect(body.code).toBe('sandbox.unavailable');
    expect(body.message).toContain(title);
    // A browser navigation to the provider (a new sign-in): the page.
    const page = await browserRequest(jar, lastNavigation(), { headers: { ...headers, accept: 'text/html' } });
    const html = await page.text();
    expect(page.status).toBe(503);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(html).toContain(`<html lang="${lang}">`);
    expect(html).toContain(title);
    for (const leak of ['Error', 'at ', 'redis://', 'ECONNREFUSED', 'server_error']) expect(html).not.toContain(leak);

    // At the Naver mock: the consent page needs no store, agreeing (which issues a code) does.
    const config = buildDefaultTenantConfig({ siteOrigin: testSiteOrigin, tenantEndpoint: endpoint });
    const naverApp = config.naver.apps[0]!;
    const consent = new URL('/oauth2.0/authorize', mockBalancer.origin);
    consent.search = new URLSearchParams({ client_id: naverApp.clientId, redirect_uri: naverApp.callbackUrls[0]!, response_type: 'code', state: 's' }).toString();
    const consentPage = await browserRequest(jar, consent.toString(), { headers });
    const userId = /name="user_id"[^>]*value="([^"]+)"/.exec(await consentPage.text())?.[1] ?? '';
    expect(userId).toMatch(/\./);
    const agreed = await browserRequest(jar, consent.toString(), {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...Object.fromEntries(consent.searchParams), action: 'agree', user_id: userId }).toString(),
    });
    const agreedHtml = await agreed.text();
    expect(agreed.status).toBe(503);
    expect(agreedHtml).toContain(title);
    expect(agreed.headers.get('location')).toBeNull();
  });
}
