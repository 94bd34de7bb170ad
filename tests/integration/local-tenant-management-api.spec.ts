/**
 * The local tenant's Management API, the read-only part a diagnosis uses, as Logto 1.37.1 answers it (and the 1.40+ time window of 1.42.0):
 * a client-credentials JWT for `https://default.logto.app/api` with scope `all` from an M2M app that has
 * the Management API role; `GET /api/logs` (filters, pages, `Total-Number`, `Link` without `/api`,
 * `start_time` ignored), `GET /api/logs/:id`, the sign-in experience and the connectors; Logto's 401
 * and 403 bodies.
 */
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { faultScenarioApp } from '../../src/lib/fault-lab.ts';
import { LOCAL_DEMO_APP, LOCAL_MANAGEMENT_API_APP, LOCAL_NAVER_CONNECTOR, LOGTO_MANAGEMENT_API } from '../../src/lib/local-tenant-defaults.ts';
import type { AuditLogEntry } from '../../src/local-tenant/audit-log/log-entry.ts';
import { playgroundRedirectUri } from '../support/fault-lab-flow.ts';
import { test as base, expect, workerFixture } from '../support/fixtures.ts';
import { createTestLogtoClient, CookieJar, signInThroughTenant, startTestTenant } from '../support/local-tenant.ts';
import type { LocalTenant } from '../support/local-tenant.ts';
import { basicAuth, managementApiGet, managementApiToken, requestManagementApiToken } from '../support/management-api.ts';
import { testSiteOrigin } from '../support/ports.ts';

const test = base.extend<{}, { tenant: LocalTenant; token: string }>({
  // Recorded on Logto 1.37.1 (real-logto-faults.md); the 1.42 time window has its own tenant below.
  tenant: workerFixture(() => startTestTenant(undefined, { logtoVersion: '1.37' }), (tenant) => tenant.close()),
  token: [async ({ tenant }, use) => use(await managementApiToken(tenant.endpoint)), { scope: 'worker' }],
});

/** A made-up code at the demo app's token endpoint: one `ExchangeTokenBy.AuthorizationCode` ✗ entry. */
async function writeOneEntry(tenant: LocalTenant): Promise<void> {
  await fetch(`${tenant.endpoint}/oidc/token`, {
    method: 'POST',
    headers: { authorization: basicAuth(LOCAL_DEMO_APP.id, LOCAL_DEMO_APP.secret) },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: 'made-up', redirect_uri: playgroundRedirectUri }),
  });
}

async function logsPage(tenant: LocalTenant, token: string, query: Record<string, string>) {
  const response = await managementApiGet(tenant.endpoint, `/api/logs?${new URLSearchParams(query).toString()}`, token);
  return { response, entries: response.status === 200 ? ((await response.json()) as AuditLogEntry[]) : [] };
}

test.describe('the Management API token', () => {
  test("the M2M app with the Management API role gets an ES384 JWT for Logto's resource, with scope all", async ({ tenant }) => {
    const response = await requestManagementApiToken(tenant.endpoint);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'all' });
    const token = String(body['access_token']);
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'ES384' });
    expect(decodeJwt(token)).toMatchObject({
      iss: `${tenant.endpoint}/oidc`,
      aud: LOGTO_MANAGEMENT_API.resource,
      sub: LOCAL_MANAGEMENT_API_APP.id,
      client_id: LOCAL_MANAGEMENT_API_APP.id,
      scope: 'all',
    });
  });

  test('an M2M app without the role gets a token without the scope, and that token is 403 auth.forbidden', async ({ tenant }) => {
    const m2m = faultScenarioApp('m2m-app');
    const response = await requestManagementApiToken(tenant.endpoint, { id: m2m.appId, secret: m2m.appSecret });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body['scope']).toBeUndefined();
    const refused = await managementApiGet(tenant.endpoint, '/api/logs', String(body['access_token']));
    expect(refused.status).toBe(403);
    expect(await refused.text()).toBe('{"code":"auth.forbidden","message":"Forbidden. Please check your user roles and permissions."}');
  });

  test('another resource is invalid_target', async ({ tenant }) => {
    const response = await fetch(`${tenant.endpoint}/oidc/token`, {
      method: 'POST',
      headers: { authorization: basicAuth(LOCAL_MANAGEMENT_API_APP.id, LOCAL_MANAGEMENT_API_APP.secret) },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource: 'https://api.example.com', scope: 'all' }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'oidc.invalid_target', error: 'invalid_target' });
  });
});

test.describe("Logto's answers without a good token", () => {
  test('no Authorization header: 401 auth.authorization_header_missing', async ({ tenant }) => {
    const response = await fetch(`${tenant.endpoint}/api/logs`);
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('{"code":"auth.authorization_header_missing","message":"Authorization header is missing."}');
  });

  test('another scheme: 401 auth.authorization_token_type_not_supported, naming Bearer', async ({ tenant }) => {
    const response = await fetch(`${tenant.endpoint}/api/connectors`, { headers: { authorization: basicAuth(LOCAL_MANAGEMENT_API_APP.id, LOCAL_MANAGEMENT_API_APP.secret) } });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      code: 'auth.authorization_token_type_not_supported',
      data: { supportedTypes: ['Bearer'] },
      message: 'Authorization type is not supported.',
    });
  });

  test("a token that is not the tenant's Management API JWT: 401 auth.unauthorized, in the request's language", async ({ tenant }) => {
    const garbage = await fetch(`${tenant.endpoint}/api/logs`, { headers: { authorization: 'Bearer not-a-jwt', 'accept-language': 'ko' } });
    expect(garbage.status).toBe(401);
    expect(await garbage.json()).toMatchObject({ code: 'auth.unauthorized', message: '인증되지 않았어요. 로그인 정보와 범위를 확인해 주세요.' });
    // A user's access token for userinfo (opaque) is no Management API token either.
    const { client, lastNavigation } = createTestLogtoClient({ endpoint: tenant.endpoint, appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret });
    await client.signIn({ redirectUri: `${testSiteOrigin}/playground/callback`, directSignIn: { method: 'social', target: 'naver' } });
    const { callbackUrl } = await signInThroughTenant(new CookieJar(), lastNavigation(), { appOrigin: testSiteOrigin });
    await client.handleSignInCallback(callbackUrl);
    const userToken = await client.getAccessToken();
    const refused = await managementApiGet(tenant.endpoint, '/api/logs', userToken);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'auth.unauthorized', message: 'Unauthorized. Please check credentials and its scope.' });
  });
});

test.describe('GET /api/logs (1.37)', () => {
  test('pages from 1 with Total-Number and Link headers whose path lacks /api, newest first', async ({ tenant, token }) => {
    for (let i = 0; i < 3; i += 1) await writeOneEntry(tenant);
    const query = { applicationId: LOCAL_DEMO_APP.id, logKey: 'ExchangeTokenBy.AuthorizationCode', page_size: '2' };
    const first = await logsPage(tenant, token, query);
    expect(first.response.status).toBe(200);
    const total = Number(first.response.headers.get('total-number'));
    expect(total).toBeGreaterThanOrEqual(3);
    expect(first.entries).toHaveLength(2);
    const origin = tenant.endpoint;
    const lastPage = Math.ceil(total / 2);
    const search = (page: number) => new URLSearchParams({ ...query, page: String(page) }).toString();
    expect(first.response.headers.get('link')).toBe(
      [`<${origin}/logs?${search(1)}>; rel="first"`, `<${origin}/logs?${search(lastPage)}>; rel="last"`, `<${origin}/logs?${search(2)}>; rel="next"`].join(', '),
    );
    const second = await logsPage(tenant, token, { ...query, page: '2' });
    expect(second.response.headers.get('link')).toContain(`<${origin}/logs?${search(1)}>; rel="prev"`);
    const created = [...first.entries, ...second.entries].map((entry) => entry.createdAt);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(new Set([...first.entries, ...second.entries].map((entry) => entry.id)).size).toBe(4);
  });

  test('page_size 1–100, default 20; 101, 0 or not a number is 400 guard.invalid_pagination', async ({ tenant, token }) => {
    for (let i = 0; i < 21; i += 1) await writeOneEntry(tenant);
    expect((await logsPage(tenant, token, {})).entries).toHaveLength(20);
    expect((await logsPage(tenant, token, { page_size: '100' })).response.status).toBe(200);
    for (const bad of [{ page_size: '101' }, { page_size: '0' }, { page: '0' }, { page: 'x' }]) {
      const { response } = await logsPage(tenant, token, bad);
      expect(response.status, JSON.stringify(bad)).toBe(400);
      expect(await response.text()).toBe('{"code":"guard.invalid_pagination","message":"The request pagination value is invalid."}');
    }
  });

  test('start_time and end_time are ignored (a 1.37 tenant has no time window), like any unknown parameter', async ({ tenant, token }) => {
    await writeOneEntry(tenant);
    const query = { applicationId: LOCAL_DEMO_APP.id };
    const all = await logsPage(tenant, token, query);
    const tomorrow = String(Date.now() + 24 * 60 * 60 * 1000);
    for (const ignored of [{ start_time: tomorrow }, { start_time: 'abc' }, { end_time: '1' }, { result: 'Error' }]) {
      const page = await logsPage(tenant, token, { ...query, ...ignored });
      expect(page.response.status).toBe(200);
      expect(page.response.headers.get('total-number')).toBe(all.response.headers.get('total-number'));
      expect(page.entries.map((entry) => entry.id)).toEqual(all.entries.map((entry) => entry.id));
    }
  });

  test('logKey and applicationId filter exactly; userId finds the entries of a user', async ({ tenant, token }) => {
    const { client, lastNavigation } = createTestLogtoClient({ endpoint: tenant.endpoint, appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret });
    await client.signIn({ redirectUri: `${testSiteOrigin}/playground/callback`, directSignIn: { method: 'social', target: 'naver' } });
    const { callbackUrl } = await signInThroughTenant(new CookieJar(), lastNavigation(), {
      appOrigin: testSiteOrigin,
      naver: { action: 'agree', userId: tenant.config.naver.users[2]!.id },
    });
    await client.handleSignInCallback(callbackUrl);
    const userId = (await client.getIdTokenClaims()).sub;
    const byUser = await logsPage(tenant, token, { userId, page_size: '100' });
    expect(byUser.entries.length).toBeGreaterThanOrEqual(3);
    expect(byUser.entries.every((entry) => entry.payload['userId'] === userId)).toBe(true);
    expect(byUser.entries.map((entry) => entry.key)).toEqual(expect.arrayContaining(['Interaction.Register.Submit', 'ExchangeTokenBy.AuthorizationCode']));
    const byKey = await logsPage(tenant, token, { logKey: 'Interaction.Register.Submit', page_size: '100' });
    expect(byKey.entries.length).toBeGreaterThanOrEqual(1);
    expect(byKey.entries.every((entry) => entry.key === 'Interaction.Register.Submit')).toBe(true);
    expect((await logsPage(tenant, token, { logKey: 'Interaction.Register' })).entries).toEqual([]);
    const byApp = await logsPage(tenant, token, { applicationId: LOCAL_MANAGEMENT_API_APP.id, page_size: '100' });
    expect(byApp.entries.every((entry) => entry.key === 'ExchangeTokenBy.ClientCredentials')).toBe(true);
  });

  test('GET /api/logs/:id is that entry, and an unknown id 404 entity.not_exists_with_id', async ({ tenant, token }) => {
    await writeOneEntry(tenant);
    const [latest] = (await logsPage(tenant, token, { page_size: '1' })).entries;
    const one = await managementApiGet(tenant.endpoint, `/api/logs/${latest!.id}`, token);
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual(latest);
    const missing = await managementApiGet(tenant.endpoint, '/api/logs/nosuchentry0000000000', token);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('{"code":"entity.not_exists_with_id","message":"The logs with ID `nosuchentry0000000000` does not exist."}');
  });

  test('its own calls write nothing to the log', async ({ tenant, token }) => {
    const count = async () => Number((await logsPage(tenant, token, { page_size: '1' })).response.headers.get('total-number'));
    const before = await count();
    for (const path of ['/api/logs', '/api/sign-in-exp', '/api/connectors', `/api/connectors/${LOCAL_NAVER_CONNECTOR.id}`]) {
      expect((await managementApiGet(tenant.endpoint, path, token)).status).toBe(200);
    }
    expect(await count()).toBe(before);
  });
});

test.describe('the sign-in experience and the connectors', () => {
  test("GET /api/sign-in-exp is the tenant's experience: sign-in mode and the social targets", async ({ tenant, token }) => {
    const response = await managementApiGet(tenant.endpoint, '/api/sign-in-exp', token);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ tenantId: 'default', id: 'default', signInMode: 'SignInAndRegister', socialSignInConnectorTargets: ['naver'] });
    // The Management API's row, not the sign-in page's well-known answer.
    expect(body).not.toHaveProperty('socialConnectors');
  });

  test('GET /api/connectors lists each with its config in clear, as Logto shows it; /api/connectors/:id one, or 404', async ({ tenant, token }) => {
    const list = (await (await managementApiGet(tenant.endpoint, '/api/connectors', token)).json()) as Record<string, unknown>[];
    expect(list).toHaveLength(tenant.config.connectors.length);
    const one = await managementApiGet(tenant.endpoint, `/api/connectors/${LOCAL_NAVER_CONNECTOR.id}`, token);
    const naver = (await one.json()) as Record<string, unknown>;
    expect(naver).toMatchObject({
      type: 'Social',
      id: LOCAL_NAVER_CONNECTOR.id,
      connectorId: 'naver-universal',
      target: 'naver',
      platform: 'Universal',
      name: { en: 'Naver', ko: '네이버' },
      config: { clientId: LOCAL_NAVER_CONNECTOR.clientId, clientSecret: LOCAL_NAVER_CONNECTOR.clientSecret },
    });
    expect(list).toContainEqual(naver);
    const missing = await managementApiGet(tenant.endpoint, '/api/connectors/aaaaaaaaaaaa', token);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('{"code":"entity.not_found","message":"The resource does not exist."}');
  });

  test('read-only: no route changes the tenant', async ({ tenant, token }) => {
    for (const [method, path] of [['PATCH', '/api/sign-in-exp'], ['DELETE', `/api/connectors/${LOCAL_NAVER_CONNECTOR.id}`], ['POST', '/api/connectors'], ['DELETE', '/api/logs']] as const) {
      const response = await fetch(`${tenant.endpoint}${path}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: method === 'DELETE' ? null : '{}' });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const still = (await (await managementApiGet(tenant.endpoint, `/api/connectors/${LOCAL_NAVER_CONNECTOR.id}`, token)).json()) as Record<string, unknown>;
    expect(still['id']).toBe(LOCAL_NAVER_CONNECTOR.id);
  });
});

test.describe('GET /api/logs (1.42: the 1.40+ time window)', () => {
  const recent = base.extend<{}, { tenant: LocalTenant; token: string }>({
    tenant: workerFixture(() => startTestTenant(undefined, { logtoVersion: '1.42' }), (tenant) => tenant.close()),
    token: [async ({ tenant }, use) => use(await managementApiToken(tenant.endpoint)), { scope: 'worker' }],
  });

  // Recorded in real-logto-faults.md, "The logs API: v1.37.1 vs v1.42.0".
  recent('start_time/end_time filter the list; a bad one or an inverted window is 400', async ({ tenant, token }) => {
    await writeOneEntry(tenant);
    const query = { applicationId: LOCAL_DEMO_APP.id };
    const all = await logsPage(tenant, token, query);
    expect(all.entries.length).toBeGreaterThan(0);
    const tomorrow = String(Date.now() + 24 * 60 * 60 * 1000);
    const future = await logsPage(tenant, token, { ...query, start_time: tomorrow });
    expect(future.response.status).toBe(200);
    expect(future.entries).toEqual([]);
    expect(future.response.headers.get('total-number')).toBe('0');
    const oldest = Math.min(...all.entries.map((entry) => entry.createdAt));
    const inWindow = await logsPage(tenant, token, { ...query, start_time: String(oldest), end_time: tomorrow });
    expect(inWindow.entries.map((entry) => entry.id)).toEqual(all.entries.map((entry) => entry.id));

    const bad = await logsPage(tenant, token, { ...query, start_time: 'abc' });
    expect(bad.response.status).toBe(400);
    expect(await bad.response.text()).toBe('{"code":"guard.invalid_input","message":"The request start_time is invalid."}');
    const inverted = await logsPage(tenant, token, { ...query, start_time: tomorrow, end_time: '1' });
    expect(inverted.response.status).toBe(400);
    expect(await inverted.response.text()).toBe('{"code":"log.invalid_time_window","message":"`end_time` must be after `start_time`."}');
  });
});
