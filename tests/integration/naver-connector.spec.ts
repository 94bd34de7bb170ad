import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ConnectorError,
  getAuthorizationUri,
  getUserInfo,
  naverEndpointsFor,
} from '../../src/local-tenant/naver-connector/index.ts';
import type { NaverConnectorConfig, NaverEndpoints } from '../../src/local-tenant/naver-connector/index.ts';
import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/index.ts';
import { test as base, expect, workerFixture, type TestFixtures } from '../support/fixtures.ts';
import { callbackQuery, callbackUrl, goodApp, goodConfig, startTestNaverMock, submitConsent } from '../support/naver-mock.ts';
import type { TestNaverMock } from '../support/naver-mock.ts';

const user = defaultNaverTestUsers[2];
const strictApp = { clientId: 'naverStrictClient', clientSecret: 'strictSecret', callbackUrls: [callbackUrl], tokenErrorStatus: 401 as const };
const brokenProfileApp = { clientId: 'naverNoProfile', clientSecret: 'noProfileSecret', callbackUrls: [callbackUrl], profileCallFails: true };

// One mock with these apps, shared by this file's tests.
const test = base.extend<{}, { naver: TestNaverMock }>({
  naver: workerFixture(() => startTestNaverMock([strictApp, brokenProfileApp]), (naver) => naver.mock.close()),
});

/** Follows getAuthorizationUri to the consent page, submits it, and returns the callback data the sign-in page sends. */
async function signInAtNaver(naver: TestNaverMock, config: NaverConnectorConfig, action: 'agree' | 'cancel') {
  const uri = getAuthorizationUri(config, naver.endpoints, { state: 'VhIg4gCKEow', redirectUri: callbackUrl });
  const page = await fetch(uri);
  expect(page.status).toBe(200);
  const query = Object.fromEntries(new URL(uri).searchParams);
  const response = await submitConsent(naver.endpoints, {
    clientId: query['client_id'] ?? '',
    redirectUri: query['redirect_uri'] ?? '',
    state: query['state'] ?? '',
    action,
    userId: user.id,
  });
  return { ...callbackQuery(response), redirectUri: callbackUrl };
}

/** What the connector threw: a ConnectorError, or the raw error that escapes it (core answers 500 then). */
async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw error;
  }
  throw new Error('expected the connector to fail');
}

async function connectorErrorOf(promise: Promise<unknown>): Promise<ConnectorError> {
  const error = await failureOf(promise);
  if (error instanceof ConnectorError) return error;
  throw error;
}

test('the whole Naver sign-in against the mock yields Logto’s user info', async ({ naver }) => {
  const connectorData = await signInAtNaver(naver, goodConfig, 'agree');
  expect(connectorData).toMatchObject({ state: 'VhIg4gCKEow' });
  const info = await getUserInfo(goodConfig, naver.endpoints, { connectorData });
  expect(info).toEqual({
    id: user.id,
    name: user.nickname,
    email: user.email,
    avatar: user.profile_image,
    rawData: { resultcode: '00', message: 'success', response: { ...user } },
  });
});

test('cancel at Naver is general, carrying the callback data', async ({ naver }) => {
  const connectorData = await signInAtNaver(naver, goodConfig, 'cancel');
  const error = await connectorErrorOf(getUserInfo(goodConfig, naver.endpoints, { connectorData }));
  expect(error).toMatchObject({ code: 'general', data: { message: JSON.stringify(connectorData) } });
  expect(String(error)).toContain('\\"error_description\\":\\"Canceled By User\\"');
});

test("a wrong secret answered with HTTP 200 fails the token guard: invalid_response with zod 3's issues", async ({ naver }) => {
  const connectorData = await signInAtNaver(naver, goodConfig, 'agree');
  const wrong = { ...goodConfig, clientSecret: 'not-the-secret' };
  const error = await connectorErrorOf(getUserInfo(wrong, naver.endpoints, { connectorData }));
  expect(error.code).toBe('invalid_response');
  expect(JSON.parse(JSON.stringify(error.data))).toEqual({
    issues: [
      { code: 'invalid_type', expected: 'string', received: 'undefined', path: ['access_token'], message: 'Required' },
      { code: 'invalid_type', expected: 'string', received: 'undefined', path: ['token_type'], message: 'Required' },
    ],
    name: 'ZodError',
  });
  expect(String(error)).not.toContain('not-the-secret');
});

test("a wrong secret answered with HTTP 401 escapes as got's HTTPError (core answers 500)", async ({ naver }) => {
  const config = { clientId: strictApp.clientId, clientSecret: 'not-the-secret' };
  const connectorData = await signInAtNaver(naver, config, 'agree');
  const error = await failureOf(getUserInfo(config, naver.endpoints, { connectorData }));
  expect(error).not.toBeInstanceOf(ConnectorError);
  expect(String(error)).toBe('HTTPError: Response code 401 (Unauthorized)');
});

test('a profile call answered 401 is social_invalid_access_token', async ({ naver }) => {
  const config = { clientId: brokenProfileApp.clientId, clientSecret: brokenProfileApp.clientSecret };
  const connectorData = await signInAtNaver(naver, config, 'agree');
  const error = await connectorErrorOf(getUserInfo(config, naver.endpoints, { connectorData }));
  expect(String(error)).toBe('Error: ConnectorError: social_invalid_access_token');
});

test('a code used twice fails the token guard too: Naver answers its error body', async ({ naver }) => {
  const connectorData = await signInAtNaver(naver, goodConfig, 'agree');
  await getUserInfo(goodConfig, naver.endpoints, { connectorData });
  const error = await connectorErrorOf(getUserInfo(goodConfig, naver.endpoints, { connectorData }));
  expect(error.code).toBe('invalid_response');
});

test('an unregistered callback URL stops at Naver’s error page', async ({ naver }) => {
  const uri = getAuthorizationUri(goodConfig, naver.endpoints, {
    state: 's',
    redirectUri: 'http://localhost:3001/callback/notregistered',
  });
  const response = await fetch(uri, { redirect: 'manual' });
  expect(response.status).toBe(400);
  const html = await response.text();
  expect(html).toContain('<title>네이버 : 오류</title>');
  expect(html).toContain('Callback URL이 일치하지 않습니다.');
  expect(html).toContain('redirect_uri not registered: http://localhost:3001/callback/notregistered');
});

test("Naver unreachable escapes as got's RequestError, naming the address tried", async ({ startNaverMock }) => {
  const closed = await startNaverMock();
  await closed.mock.close();
  const error = await failureOf(getUserInfo(goodConfig, closed.endpoints, { connectorData: { code: 'c', redirectUri: callbackUrl } }));
  const { port } = new URL(closed.endpoints.tokenEndpoint);
  expect(String(error)).toMatch(new RegExp(`^RequestError: connect ECONNREFUSED (127\\.0\\.0\\.1|::1):${port}$`));
});

test.describe('against a scripted Naver', () => {
  type Seen = { method: string; path: string; contentType: string; authorization: string; body: string };
  type Script = (path: string) => { status: number; body: unknown };

  /** A fake Naver that records each request and answers from `script`; closed after the test. */
  async function scriptedNaver(httpServer: TestFixtures['httpServer'], script: Script): Promise<{ endpoints: NaverEndpoints; seen: Seen[] }> {
    const seen: Seen[] = [];
    const server = await httpServer((request: IncomingMessage, response: ServerResponse) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        seen.push({
          method: request.method ?? '',
          path,
          contentType: request.headers['content-type'] ?? '',
          authorization: request.headers.authorization ?? '',
          body,
        });
        const answer = script(path);
        response.writeHead(answer.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer.body));
      });
    });
    return { endpoints: naverEndpointsFor(server.origin), seen };
  }

  const tokenOk = { status: 200, body: { access_token: 'naver-access', refresh_token: 'r', token_type: 'bearer', expires_in: '3600' } };
  const profileOk = { status: 200, body: { resultcode: '00', message: 'success', response: { id: 'u1', nickname: '별명' } } };

  test('the token call is a form without state, the profile call a POST with Bearer', async ({ httpServer }) => {
    const fake = await scriptedNaver(httpServer, (path) => (path === '/oauth2.0/token' ? tokenOk : profileOk));
    const info = await getUserInfo(goodConfig, fake.endpoints, { connectorData: { code: 'the-code', redirectUri: callbackUrl } });
    expect(info).toMatchObject({ id: 'u1', name: '별명' });
    const [token, profile] = fake.seen;
    expect(token?.method).toBe('POST');
    expect(token?.path).toBe('/oauth2.0/token');
    expect(token?.contentType).toContain('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(token?.body))).toEqual({
      code: 'the-code',
      client_id: goodApp.clientId,
      client_secret: goodApp.clientSecret,
      redirect_uri: callbackUrl,
      grant_type: 'authorization_code',
    });
    expect(profile).toMatchObject({ method: 'POST', path: '/v1/nid/me', authorization: 'Bearer naver-access' });
  });

  // What the audit log records for each (String(error)).
  const failures: [string, Script, string][] = [
    [
      'an empty access_token is social_auth_code_invalid',
      (path) => (path === '/oauth2.0/token' ? { status: 200, body: { access_token: '', token_type: 'bearer' } } : profileOk),
      'Error: ConnectorError: social_auth_code_invalid',
    ],
    [
      'a profile without a response object fails the profile guard',
      (path) => (path === '/oauth2.0/token' ? tokenOk : { status: 200, body: { resultcode: '024', message: 'Authentication failed' } }),
      'Error: ConnectorError: {"issues":[{"code":"invalid_type","expected":"object","received":"undefined","path":["response"],"message":"Required"}],"name":"ZodError"}',
    ],
    [
      'a profile HTTP 500 is general with the body quoted',
      (path) => (path === '/oauth2.0/token' ? tokenOk : { status: 500, body: { resultcode: '500', message: 'Internal' } }),
      'Error: ConnectorError: "\\"{\\\\\\"resultcode\\\\\\":\\\\\\"500\\\\\\",\\\\\\"message\\\\\\":\\\\\\"Internal\\\\\\"}\\""',
    ],
    ['a token endpoint HTTP 503 escapes as HTTPError', () => ({ status: 503, body: {} }), 'HTTPError: Response code 503 (Service Unavailable)'],
  ];
  for (const [name, script, recorded] of failures) {
    test(name, async ({ httpServer }) => {
      const fake = await scriptedNaver(httpServer, script);
      const error = await failureOf(getUserInfo(goodConfig, fake.endpoints, { connectorData: { code: 'c', redirectUri: callbackUrl } }));
      expect(String(error)).toBe(recorded);
    });
  }
});
