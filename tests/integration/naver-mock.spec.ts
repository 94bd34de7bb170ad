import { defaultNaverTestUsers } from '../../src/local-tenant/naver-mock/index.ts';
import { test as base, expect, workerFixture } from '../support/fixtures.ts';
import {
  callbackQuery,
  callbackUrl,
  codeFor,
  goodApp,
  postToken,
  startTestNaverMock,
  submitConsent,
} from '../support/naver-mock.ts';
import type { TestNaverMock } from '../support/naver-mock.ts';

const user = defaultNaverTestUsers[1];
const otherApp = { clientId: 'naverOtherClient', clientSecret: 'otherSecret', name: '다른 앱', callbackUrls: [callbackUrl] };
const strictApp = { ...otherApp, clientId: 'naverStrictClient', tokenErrorStatus: 401 as const };
const brokenProfileApp = { ...otherApp, clientId: 'naverNoProfile', profileCallFails: true };

// One mock with these apps, shared by this file's tests.
const test = base.extend<{}, { naver: TestNaverMock }>({
  naver: workerFixture(() => startTestNaverMock([otherApp, strictApp, brokenProfileApp]), (naver) => naver.mock.close()),
});

function authorizeUrl(naver: TestNaverMock, params: Record<string, string>): string {
  return `${naver.endpoints.authorizationEndpoint}?${new URLSearchParams(params).toString()}`;
}

const goodAuthorize = { client_id: goodApp.clientId, redirect_uri: callbackUrl, response_type: 'code', state: 'abc' };

test.describe('GET /oauth2.0/authorize', () => {
  test('shows a Korean consent page with every test user as a labelled choice', async ({ naver }) => {
    const response = await fetch(authorizeUrl(naver, { ...goodAuthorize, client_id: otherApp.clientId }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain(`${otherApp.name}에서 네이버 아이디로 로그인하려고 합니다.`);
    for (const item of ['이메일 주소', '별명', '프로필 사진', '동의하기', '취소']) expect(html).toContain(item);
    for (const testUser of defaultNaverTestUsers) {
      expect(html).toContain(`value="${testUser.id}"`);
      expect(html).toContain(testUser.nickname);
    }
    expect(html).not.toContain(otherApp.clientSecret);
  });

  const refused = [
    // As the mock real Logto was recorded with words them.
    ['an unknown client_id', { client_id: 'nobody' }, '<h1>잘못된 클라이언트입니다.</h1>\n<p class="error-detail"><code>invalid client_id: nobody</code></p>'],
    [
      'an unregistered callback URL',
      { redirect_uri: 'http://localhost:9999/evil' },
      '<h1>Callback URL이 일치하지 않습니다.</h1>\n<p class="error-detail"><code>redirect_uri not registered: http://localhost:9999/evil</code></p>',
    ],
    ['a missing state', { state: '' }, '필수 요청 변수'],
    ['a response_type other than code', { response_type: 'token' }, 'response_type은 code'],
  ] as const;
  for (const [name, change, message] of refused) {
    test(`answers ${name} with a Korean error page and no redirect`, async ({ naver }) => {
      const response = await fetch(authorizeUrl(naver, { ...goodAuthorize, ...change }), { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      const html = await response.text();
      expect(html).toContain('<html lang="ko">');
      expect(html).toContain('<title>네이버 : 오류</title>');
      expect(html).toContain(message);
    });
  }
});

test.describe('POST /oauth2.0/authorize', () => {
  test('consent redirects to the callback with a code and the state', async ({ naver }) => {
    const response = await submitConsent(naver.endpoints, { state: 'VhIg4gCKEow', userId: user.id });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(callbackUrl);
    expect([...location.searchParams.keys()]).toEqual(['code', 'state']);
    expect(location.searchParams.get('code')).toMatch(/^[\w-]{18}$/);
    expect(location.searchParams.get('state')).toBe('VhIg4gCKEow');
  });
  test('cancel redirects exactly as Naver did in the recording', async ({ naver }) => {
    const response = await submitConsent(naver.endpoints, { state: 'OvcEMOJCuRo', action: 'cancel' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(
      `${callbackUrl}?error=access_denied&error_description=Canceled+By+User&state=OvcEMOJCuRo`,
    );
  });
  test('a tampered form with an unregistered callback is refused, not redirected', async ({ naver }) => {
    const response = await submitConsent(naver.endpoints, { redirectUri: 'http://attacker.example/cb', userId: user.id });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });
});

test.describe('/oauth2.0/token', () => {
  const credentials = { client_id: goodApp.clientId, client_secret: goodApp.clientSecret };

  test('exchanges a code without state for Naver’s token body, once', async ({ naver }) => {
    const code = await codeFor(naver.endpoints, goodApp.clientId, user.id);
    const first = await postToken(naver.endpoints, { grant_type: 'authorization_code', ...credentials, code });
    expect(first.status).toBe(200);
    expect(Object.keys(first.body).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'token_type']);
    expect(first.body).toMatchObject({ token_type: 'bearer', expires_in: '3600' });

    const again = await postToken(naver.endpoints, { grant_type: 'authorization_code', ...credentials, code });
    expect(again).toEqual({
      status: 200,
      body: { error: 'invalid_request', error_description: 'no valid data in session' },
    });
  });

  test('takes its parameters from the query string too', async ({ naver }) => {
    const code = await codeFor(naver.endpoints, goodApp.clientId, user.id);
    const query = new URLSearchParams({ grant_type: 'authorization_code', ...credentials, code, state: 'x' });
    const response = await fetch(`${naver.endpoints.tokenEndpoint}?${query.toString()}`, { method: 'POST' });
    expect(((await response.json()) as { access_token?: string }).access_token).toBeTruthy();
  });

  test('a code is bound to the client and redirect URI it was issued for', async ({ naver }) => {
    const otherCode = await codeFor(naver.endpoints, otherApp.clientId, user.id);
    const stolen = await postToken(naver.endpoints, { grant_type: 'authorization_code', ...credentials, code: otherCode });
    expect(stolen.body['error']).toBe('invalid_request');

    const code = await codeFor(naver.endpoints, goodApp.clientId, user.id);
    const elsewhere = await postToken(naver.endpoints, {
      grant_type: 'authorization_code',
      ...credentials,
      code,
      redirect_uri: 'http://localhost:3001/callback/other',
    });
    expect(elsewhere.body['error']).toBe('invalid_request');
  });

  test('a wrong secret is an HTTP 200 error body by default, or a 401 when the app says so', async ({ naver }) => {
    const code = await codeFor(naver.endpoints, goodApp.clientId, user.id);
    const wrong = await postToken(naver.endpoints, {
      grant_type: 'authorization_code',
      client_id: goodApp.clientId,
      client_secret: 'not-the-secret',
      code,
    });
    expect(wrong.status).toBe(200);
    expect(wrong.body['error']).toBe('invalid_request');
    expect(typeof wrong.body['error_description']).toBe('string');

    const strictCode = await codeFor(naver.endpoints, strictApp.clientId, user.id);
    const strict = await postToken(naver.endpoints, {
      grant_type: 'authorization_code',
      client_id: strictApp.clientId,
      client_secret: 'not-the-secret',
      code: strictCode,
    });
    expect(strict.status).toBe(401);
    expect(JSON.stringify(strict.body)).not.toContain('not-the-secret');
  });

  test('a refresh token yields a new working access token', async ({ naver }) => {
    const code = await codeFor(naver.endpoints, goodApp.clientId, user.id);
    const tokens = await postToken(naver.endpoints, { grant_type: 'authorization_code', ...credentials, code });
    const refreshed = await postToken(naver.endpoints, {
      grant_type: 'refresh_token',
      ...credentials,
      refresh_token: String(tokens.body['refresh_token']),
    });
    expect(refreshed.body).toMatchObject({ token_type: 'bearer', expires_in: '3600' });
    expect(refreshed.body['access_token']).not.toBe(tokens.body['access_token']);
    const me = await fetch(naver.endpoints.userInfoEndpoint, {
      headers: { authorization: `Bearer ${String(refreshed.body['access_token'])}` },
    });
    expect(me.status).toBe(200);
  });
});

test.describe('/v1/nid/me', () => {
  async function accessTokenFor(naver: TestNaverMock, clientId: string, clientSecret: string): Promise<string> {
    const code = await codeFor(naver.endpoints, clientId, user.id);
    const tokens = await postToken(naver.endpoints, {
      grant_type: 'authorization_code',
      client_id: clientId,
      client_secret: clientSecret,
      code,
    });
    return String(tokens.body['access_token']);
  }

  for (const method of ['GET', 'POST']) {
    test(`${method} with a Bearer token returns the chosen user in Naver’s envelope`, async ({ naver }) => {
      const token = await accessTokenFor(naver, goodApp.clientId, goodApp.clientSecret);
      const response = await fetch(naver.endpoints.userInfoEndpoint, {
        method,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ resultcode: '00', message: 'success', response: { ...user } });
    });
  }

  test('a missing or unknown token gets 401 resultcode 024', async ({ naver }) => {
    for (const headers of [{}, { authorization: 'Bearer not-a-token' }]) {
      const response = await fetch(naver.endpoints.userInfoEndpoint, { method: 'POST', headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ resultcode: '024', message: 'Authentication failed' });
    }
  });

  test('an app with profileCallFails gets 401 even with a valid token', async ({ naver }) => {
    const token = await accessTokenFor(naver, brokenProfileApp.clientId, brokenProfileApp.clientSecret);
    const response = await fetch(naver.endpoints.userInfoEndpoint, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(401);
  });
});

test('the mock logs no secret, code or token while it works', async ({ naver, replaceDuringTest }) => {
  const written: string[] = [];
  const capture = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  const restoreStdout = replaceDuringTest(process.stdout, 'write', capture as typeof process.stdout.write);
  const restoreStderr = replaceDuringTest(process.stderr, 'write', capture as typeof process.stderr.write);
  const response = await submitConsent(naver.endpoints, { userId: user.id });
  const code = callbackQuery(response)['code'] ?? '';
  const tokens = await postToken(naver.endpoints, {
    grant_type: 'authorization_code',
    client_id: goodApp.clientId,
    client_secret: goodApp.clientSecret,
    code,
  });
  await fetch(naver.endpoints.userInfoEndpoint, {
    headers: { authorization: `Bearer ${String(tokens.body['access_token'])}` },
  });
  const secrets = [goodApp.clientSecret, code, String(tokens.body['access_token']), String(tokens.body['refresh_token'])];
  restoreStdout();
  restoreStderr();
  expect(secrets.every((secret) => secret.length > 5)).toBe(true);
  const log = written.join('');
  for (const secret of secrets) expect(log).not.toContain(secret);
});
