/**
 * The local tenant's audit log, fault by fault, against what real Logto 1.37.1 wrote for the same fault
 * (../shared/reference/real-logto-faults.md, the fault table and "The logs API"): the keys of the
 * browser's entries after the shared start P, their results, and the error each records (the raw
 * connector or got error before Logto maps it, the English RequestError, the oidc-provider error's
 * JSON). Read the way a diagnosis reads it: through `GET /api/logs` with the demo Management API
 * credential, by `applicationId`.
 */
import type { FaultScenarioId } from '../../src/lib/fault-lab.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import type { AuditLogEntry } from '../../src/local-tenant/audit-log/log-entry.ts';
import { callbackConnectorData } from '../../src/local-tenant/pages/client/experience-flow.ts';
import { afterNaver, appOf, authUrl, playgroundRedirectUri, submitNaverConsent, toNaver } from '../support/fault-lab-flow.ts';
import { test as base, expect, workerFixture } from '../support/fixtures.ts';
import {
  browserRequest,
  CookieJar,
  experienceHttp,
  followRedirects,
  reachSignInPage,
  startTestTenant,
  testBrowserUserAgent,
} from '../support/local-tenant.ts';
import type { LocalTenant } from '../support/local-tenant.ts';
import { auditLogEntries, basicAuth } from '../support/management-api.ts';
import { testSiteOrigin } from '../support/ports.ts';

// One default tenant for the file: each scenario is its own app, and entries are read by app.
const test = base.extend<{}, { tenant: LocalTenant }>({
  // The rows were recorded on Logto 1.37.1 (real-logto-faults.md): the tenant answers like it.
  tenant: workerFixture(() => startTestTenant(undefined, { logtoVersion: '1.37' }), (tenant) => tenant.close()),
});

/** The scenario app's entries the browser wrote (the sign-in page and the reader), oldest first. */
async function browserEntries(tenant: LocalTenant, scenario: FaultScenarioId): Promise<AuditLogEntry[]> {
  const entries = await auditLogEntries(tenant.endpoint, { applicationId: appOf(scenario).appId });
  return entries.filter((entry) => entry.payload['userAgent'] === testBrowserUserAgent);
}

/** The browser entries `run` adds for the scenario's app (tests share the tenant, and some share an app). */
async function entriesOfTry(tenant: LocalTenant, scenario: FaultScenarioId, run: () => Promise<unknown>): Promise<AuditLogEntry[]> {
  const before = (await browserEntries(tenant, scenario)).length;
  await run();
  return (await browserEntries(tenant, scenario)).slice(before);
}

const keysOf = (entries: AuditLogEntry[]) => entries.map((entry) => `${entry.key} ${String(entry.payload['result'])}`);

/** P: what every browser try shares (recorded). */
const start = [
  'Interaction.Create Success',
  'Interaction.SignIn.Create Success',
  'Interaction.SignIn.Verification.Social.Create Success',
];

/** The one `…Social.Submit` ✗ a connector failure writes after P (`run` is the try), and its error. */
async function socialSubmitFailure(tenant: LocalTenant, scenario: FaultScenarioId, run: () => Promise<unknown>) {
  const entries = await entriesOfTry(tenant, scenario, run);
  expect(keysOf(entries)).toEqual([...start, 'Interaction.SignIn.Verification.Social.Submit Error']);
  return entries.at(-1)!;
}

test.describe('P, the start every browser try shares', () => {
  test('Interaction.Create with direct_sign_in, SignIn.Create, Social.Create with the request; ip and user agent on each', async ({ tenant }) => {
    let flow: Awaited<ReturnType<typeof toNaver>> | undefined;
    const entries = await entriesOfTry(tenant, 'wrong-naver-client-id', async () => (flow = await toNaver(tenant, 'wrong-naver-client-id')));
    const { connectorId, callback } = flow!;
    // #9: Naver shows its page and nothing follows P.
    expect(keysOf(entries)).toEqual(start);
    const [create, signIn, social] = entries;
    expect(create?.payload).toMatchObject({
      applicationId: appOf('wrong-naver-client-id').appId,
      params: { client_id: appOf('wrong-naver-client-id').appId, direct_sign_in: 'social:naver', redirect_uri: playgroundRedirectUri },
      prompt: { name: 'login', reasons: expect.arrayContaining(['no_session']) },
    });
    expect(typeof create?.payload['interactionId']).toBe('string');
    expect(signIn?.payload['interaction']).toMatchObject({ interactionEvent: 'SignIn', verificationRecords: [] });
    expect(social?.payload['payload']).toEqual({ connectorId, state: 'naver-state', redirectUri: callback });
    for (const entry of entries) {
      expect(entry).toMatchObject({ tenantId: 'default', id: expect.stringMatching(/^[0-9a-z]{21}$/), createdAt: expect.any(Number) });
      expect(entry.payload).toMatchObject({ applicationId: appOf('wrong-naver-client-id').appId, ip: expect.any(String), result: 'Success' });
      // Experience entries carry no session or interaction id (recorded): only Interaction.Create does.
      if (entry !== create) expect(entry.payload).not.toHaveProperty('interactionId');
    }
  });
});

test.describe("core's call to Naver failed: the log names the raw error", () => {
  test('#10 wrong client secret, Naver 200: the token guard\'s ZodError, as zod 3 wrote it', async ({ tenant }) => {
    const entry = await socialSubmitFailure(tenant, 'wrong-naver-client-secret', () => afterNaver(tenant, 'wrong-naver-client-secret'));
    expect(entry.payload['error']).toEqual({
      message:
        'Error: ConnectorError: {"issues":[{"code":"invalid_type","expected":"string","received":"undefined","path":["access_token"],"message":"Required"},' +
        '{"code":"invalid_type","expected":"string","received":"undefined","path":["token_type"],"message":"Required"}],"name":"ZodError"}',
    });
  });

  test("#11 wrong client secret, Naver 401: got's HTTPError", async ({ tenant }) => {
    const entry = await socialSubmitFailure(tenant, 'wrong-naver-client-secret-401', () => afterNaver(tenant, 'wrong-naver-client-secret-401'));
    expect(entry.payload['error']).toEqual({ message: 'HTTPError: Response code 401 (Unauthorized)' });
  });

  test("#15 Naver's token endpoint 503: got's HTTPError naming the status", async ({ tenant }) => {
    const entry = await socialSubmitFailure(tenant, 'naver-token-endpoint-down', () => afterNaver(tenant, 'naver-token-endpoint-down'));
    expect(entry.payload['error']).toEqual({ message: 'HTTPError: Response code 503 (Service Unavailable)' });
  });

  test("#16 Naver's profile API 503: the body, quoted twice, and a code in connectorData", async ({ tenant }) => {
    let connectorData: Record<string, string> = {};
    const entry = await socialSubmitFailure(tenant, 'naver-profile-api-down', async () => ({ connectorData } = await afterNaver(tenant, 'naver-profile-api-down')));
    expect(entry.payload['error']).toEqual({
      message: 'Error: ConnectorError: "\\"{\\\\\\"error\\\\\\":\\\\\\"server_error\\\\\\",\\\\\\"error_description\\\\\\":\\\\\\"Service temporarily unavailable\\\\\\"}\\""',
    });
    expect(entry.payload['payload']).toMatchObject({ connectorData: { code: connectorData['code'] } });
    expect(entry.payload['error']).not.toHaveProperty('code');
  });

  test('#25 cancel at Naver: the callback data in the error, connectorData without a code', async ({ tenant }) => {
    let tried: Awaited<ReturnType<typeof afterNaver>> | undefined;
    const entry = await socialSubmitFailure(tenant, 'cancel-at-naver', async () => (tried = await afterNaver(tenant, 'cancel-at-naver', { action: 'cancel' })));
    const { connectorData, callback } = tried!;
    const expectedData = { redirectUri: callback, error: 'access_denied', error_description: 'Canceled By User', app_id: appOf('cancel-at-naver').appId };
    expect(connectorData).toEqual(expectedData);
    expect(entry.payload['error']).toEqual({ message: `Error: ConnectorError: ${JSON.stringify(JSON.stringify(expectedData))}` });
    expect(entry.payload['payload']).toEqual({ connectorId: expect.any(String), verificationId: expect.any(String), connectorData: expectedData });
  });

  test('the failed entry carries the interaction: the verification without a social user', async ({ tenant }) => {
    const entry = (await entriesOfTry(tenant, 'wrong-naver-client-secret-401', () => afterNaver(tenant, 'wrong-naver-client-secret-401'))).at(-1)!;
    expect(entry.payload['interaction']).toMatchObject({
      interactionEvent: 'SignIn',
      verificationRecords: [{ type: 'Social', connectorId: expect.any(String) }],
    });
    expect(JSON.stringify(entry.payload['interaction'])).not.toContain('socialUserInfo');
  });
});

test('x1 Naver unreachable after 동의하기: got\'s RequestError with the address the connector tried', async ({ startTenant }) => {
  const tenant = await startTenant(undefined, { logtoVersion: '1.37' });
  const { port } = new URL(tenant.naverMockOrigin);
  let error: unknown;
  const entry = await socialSubmitFailure(tenant, 'cancel-at-naver', async () => {
    ({ error } = await afterNaver(tenant, 'cancel-at-naver', { action: 'agree' }, () => tenant.stopNaverMock()));
  });
  expect(error).toMatchObject({ status: 500, message: 'Internal server error.' });
  expect(entry.payload['error']).toEqual({ message: expect.stringMatching(new RegExp(`^RequestError: connect ECONNREFUSED (127\\.0\\.0\\.1|::1):${port}$`)) });
});

test('x2 Naver unreachable before the sign-in: P, and nothing after it (the browser shows its own error)', async ({ startTenant }) => {
  const tenant = await startTenant(undefined, { logtoVersion: '1.37' });
  await tenant.stopNaverMock();
  // Logto builds Naver's URL without calling Naver; the browser then cannot reach it.
  const entries = await entriesOfTry(tenant, 'cancel-at-naver', () => toNaver(tenant, 'cancel-at-naver'));
  expect(keysOf(entries)).toEqual(start);
});

test.describe('refusals on Naver\'s own page: nothing follows P', () => {
  for (const scenario of ['wrong-naver-client-id', 'naver-callback-url-mismatch', 'naver-app-in-development'] as const) {
    test(`${scenario}: the last browser entry is Social.Create ✓`, async ({ tenant }) => {
      expect(keysOf(await entriesOfTry(tenant, scenario, () => toNaver(tenant, scenario)))).toEqual(start);
    });
  }
});

test('#17 sign in only, a new Naver user: Social.Submit ✓, then Identifier.Submit ✗ in English while the API answers in Japanese', async ({ tenant }) => {
  const before = (await browserEntries(tenant, 'sign-in-only-new-user')).length;
  const flow = await toNaver(tenant, 'sign-in-only-new-user');
  const naverAnswer = await submitNaverConsent(flow.jar, flow.authorizationUri, { action: 'agree', user_id: tenant.config.naver.users[1]!.id });
  const connectorData = callbackConnectorData(new URL(naverAnswer.headers.get('location') ?? '').searchParams, flow.callback);
  const verify = await flow.http('POST', `/api/experience/verification/social/${flow.connectorId}/verify`, { connectorData, verificationId: flow.verificationId });
  expect(verify.status).toBe(200);
  // The reader's page is Japanese: the API answers in Japanese (recorded body).
  const identification = await browserRequest(flow.jar, `${tenant.endpoint}/api/experience/identification`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'ja' },
    body: JSON.stringify({ verificationId: flow.verificationId }),
  });
  expect(identification.status).toBe(404);
  expect(await identification.text()).toBe('{"code":"user.identity_not_exist","data":{},"message":"このソーシャルアカウントは登録されていません。"}');

  const entries = (await browserEntries(tenant, 'sign-in-only-new-user')).slice(before);
  expect(keysOf(entries)).toEqual([...start, 'Interaction.SignIn.Verification.Social.Submit Success', 'Interaction.SignIn.Identifier.Submit Error']);
  const identifier = entries.at(-1)!;
  // The log keeps Logto's English message.
  expect(identifier.payload['error']).toEqual({ message: 'The social account has not been registered yet.', code: 'user.identity_not_exist', data: {} });
  expect(identifier.payload['payload']).toEqual({ verificationId: flow.verificationId });
  // The connector id only inside the interaction's verification records (recorded), with Naver's whole profile.
  expect(identifier.payload['interaction']).toMatchObject({
    verificationRecords: [{ connectorId: flow.connectorId, socialUserInfo: { rawData: { response: { mobile: '010-2345-6789' } } } }],
  });
});

test('the ok row: a new user registers, then signs in again; the app redeems the code, refreshes and signs out (recorded keys)', async ({ tenant }) => {
  const signIn = async () => {
    const { redirectTo, jar } = await afterNaver(tenant, 'jwks-rotated');
    if (!redirectTo) throw new Error('the sign-in did not finish');
    const { url } = await followRedirects(jar, redirectTo, testSiteOrigin);
    return new URL(url).searchParams.get('code') ?? '';
  };
  // The first sign-in registers the user: the sign-in page switches the interaction to Register.
  const registration = await entriesOfTry(tenant, 'jwks-rotated', signIn);
  expect(keysOf(registration).slice(start.length, -3)).toEqual([
    'Interaction.SignIn.Verification.Social.Submit Success',
    'Interaction.SignIn.Identifier.Submit Error',
    'Interaction.SignIn.Update Success',
    'Interaction.Register.Identifier.Submit Success',
    'Interaction.Register.Submit Success',
  ]);
  expect(registration.find((entry) => entry.key === 'Interaction.SignIn.Update')?.payload['interactionEvent']).toBe('Register');
  expect(registration.find((entry) => entry.key === 'Interaction.Register.Identifier.Submit')?.payload).toMatchObject({
    verification: { type: 'Social' },
    user: { id: expect.any(String), primaryEmail: tenant.config.naver.users[0]!.email },
  });
  const before = (await browserEntries(tenant, 'jwks-rotated')).length;
  const code = await signIn();
  const app = appOf('jwks-rotated');
  // The app's back channel (no browser user agent): the code exchange, then sign-out's revocation.
  const token = await fetch(`${tenant.endpoint}/oidc/token`, {
    method: 'POST',
    headers: { authorization: basicAuth(app.appId, app.appSecret) },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: playgroundRedirectUri }),
  });
  const { refresh_token: refreshToken } = (await token.json()) as { refresh_token: string };
  const refreshed = await fetch(`${tenant.endpoint}/oidc/token`, {
    method: 'POST',
    headers: { authorization: basicAuth(app.appId, app.appSecret) },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }),
  });
  expect(refreshed.status).toBe(200);
  const { refresh_token: rotated } = (await refreshed.json()) as { refresh_token?: string };
  const revoked = await fetch(`${tenant.endpoint}/oidc/token/revocation`, {
    method: 'POST',
    headers: { authorization: basicAuth(app.appId, app.appSecret) },
    body: new URLSearchParams({ token: rotated ?? refreshToken, token_type_hint: 'refresh_token' }),
  });
  expect(revoked.status).toBe(200);

  const all = await auditLogEntries(tenant.endpoint, { applicationId: app.appId });
  const browser = all.filter((entry) => entry.payload['userAgent'] === testBrowserUserAgent).slice(before);
  expect(keysOf(browser)).toEqual([
    ...start,
    'Interaction.SignIn.Verification.Social.Submit Success',
    'Interaction.SignIn.Identifier.Submit Success',
    'Interaction.SignIn.Profile.Update Success',
    'Interaction.SignIn.Submit Success',
    'Interaction.End Success',
    'Interaction.Create Success',
    'Interaction.End Success',
  ]);
  const userId = browser.find((entry) => entry.key === 'Interaction.SignIn.Identifier.Submit')?.payload['userId'];
  expect(userId).toEqual(expect.stringMatching(/^[0-9a-z]{12}$/));
  expect(browser.find((entry) => entry.key === 'Interaction.SignIn.Profile.Update')?.payload['syncedProfile']).toMatchObject({
    socialIdentity: { target: 'naver', userInfo: { id: tenant.config.naver.users[0]!.id } },
  });
  expect(browser.at(-2)?.payload['prompt']).toMatchObject({ name: 'consent' });

  const backChannel = all.filter((entry) => entry.payload['userAgent'] !== testBrowserUserAgent);
  const exchange = backChannel.findLast((entry) => entry.key === 'ExchangeTokenBy.AuthorizationCode');
  expect(exchange?.payload).toMatchObject({
    result: 'Success',
    userId,
    tokenTypes: ['AccessToken', 'RefreshToken', 'IdToken'],
    applicationSecret: { name: 'Default secret' },
    // In clear, as real Logto logs them.
    params: { grant_type: 'authorization_code', code },
  });
  expect(backChannel.at(-2)).toMatchObject({ key: 'ExchangeTokenBy.RefreshToken', payload: { result: 'Success', userId, params: { grant_type: 'refresh_token' } } });
  expect(backChannel.at(-1)).toMatchObject({ key: 'RevokeToken', payload: { result: 'Success', userId, grantId: expect.any(String) } });
});

test.describe('entries the site itself causes, and what writes nothing', () => {
  test("N: the playground's made-up code is ExchangeTokenBy ✗ with oidc-provider's error as a JSON string", async ({ tenant }) => {
    const response = await fetch(`${tenant.endpoint}/oidc/token`, {
      method: 'POST',
      headers: { authorization: basicAuth(LOCAL_DEMO_APP.id, LOCAL_DEMO_APP.secret) },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: 'made-up-code', redirect_uri: playgroundRedirectUri }),
    });
    expect(response.status).toBe(400);
    const entry = (await auditLogEntries(tenant.endpoint, { applicationId: LOCAL_DEMO_APP.id, logKey: 'ExchangeTokenBy.AuthorizationCode' })).at(-1)!;
    expect(entry.payload).toMatchObject({ result: 'Error', tokenTypes: [], params: { code: 'made-up-code' } });
    expect(typeof entry.payload['error']).toBe('string');
    expect(JSON.parse(String(entry.payload['error']))).toMatchObject({
      error: 'invalid_grant',
      error_description: 'grant request is invalid',
      error_detail: 'authorization code not found',
      stack: expect.stringContaining('InvalidGrant'),
    });
  });

  test('#7 a sign-in an app starts itself, with the connector out of the sign-in experience: a lone Interaction.Create', async ({ tenant }) => {
    const entries = await entriesOfTry(tenant, 'connector-not-in-sign-in-experience', async () => {
      const jar = new CookieJar();
      await reachSignInPage(jar, authUrl(tenant, 'connector-not-in-sign-in-experience'), testSiteOrigin);
      // The page's script reads the sign-in experience (which writes nothing) and falls back to /sign-in.
      await experienceHttp(jar, tenant.endpoint)('GET', `/api/.well-known/sign-in-exp?appId=${appOf('connector-not-in-sign-in-experience').appId}`);
    });
    expect(keysOf(entries)).toEqual(['Interaction.Create Success']);
    expect(entries[0]?.payload['params']).toMatchObject({ direct_sign_in: 'social:naver' });
  });

  test('#8 a deleted connector: Social.Create ✗ entity.not_found, with the old connector id', async ({ tenant }) => {
    const jar = new CookieJar();
    await reachSignInPage(jar, authUrl(tenant, 'no-naver-connector'), testSiteOrigin);
    const http = experienceHttp(jar, tenant.endpoint);
    await http('PUT', '/api/experience', { interactionEvent: 'SignIn' });
    const gone = 'aaaaaaaaaaaa';
    const answer = await http('POST', `/api/experience/verification/social/${gone}/authorization-uri`, {
      state: 's',
      redirectUri: `${tenant.endpoint}/callback/${gone}`,
    });
    expect(answer.status).toBe(404);
    const entry = (await browserEntries(tenant, 'no-naver-connector')).at(-1)!;
    expect(entry.key).toBe('Interaction.SignIn.Verification.Social.Create');
    expect(entry.payload).toMatchObject({ result: 'Error', error: { message: 'The resource does not exist.', code: 'entity.not_found' } });
    expect(entry.payload['payload']).toMatchObject({ connectorId: gone });
  });

  test("token-endpoint-503: the tenant's simulated outage in front of Logto leaves no ExchangeTokenBy entry", async ({ tenant }) => {
    const app = appOf('token-endpoint-503');
    const response = await fetch(`${tenant.endpoint}/oidc/token`, {
      method: 'POST',
      headers: { authorization: basicAuth(app.appId, app.appSecret) },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: 'made-up-code', redirect_uri: playgroundRedirectUri }),
    });
    expect(response.status).toBe(503);
    expect(await auditLogEntries(tenant.endpoint, { applicationId: app.appId, logKey: 'ExchangeTokenBy.AuthorizationCode' })).toEqual([]);
  });
});
