import { expect, test } from '@playwright/test';
import { LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import {
  ConnectorError,
  getAuthorizationUri,
  mapNaverProfile,
  naverConnectorConfigSchema,
  naverEndpointsFor,
  naverProfileResponseSchema,
  naverTokenResponseSchema,
  realNaverEndpoints,
} from '../../src/local-tenant/naver-connector/index.ts';
import { fromConnectorError } from '../../src/local-tenant/experience/connector-errors.ts';
import { asGotError, NaverHttpError } from '../../src/local-tenant/naver-connector/http-errors.ts';
import { readCallback } from '../../src/local-tenant/naver-connector/user-info.ts';
import { Zod3Error } from '../../src/local-tenant/naver-connector/zod3-error.ts';

const config = { clientId: 'naverClientId123', clientSecret: 'naverSecret' };

/** A body shaped like the one recorded from a real Logto run (real-logto-shapes.json). */
function profileBody(overrides: Record<string, unknown> = {}) {
  return {
    resultcode: '00',
    message: 'success',
    response: {
      id: 'uid-1',
      nickname: '닉네임',
      profile_image: 'https://ssl.pstatic.net/static/pwe/address/img_profile.png',
      email: 'someone@naver.com',
      name: '홍길동',
      gender: 'M',
      ...overrides,
    },
  };
}

test.describe('naverConnectorConfigSchema', () => {
  test('accepts clientId and clientSecret and keeps no scope', () => {
    const parsed = naverConnectorConfigSchema.parse({ ...config, scope: 'profile' });
    expect(parsed).toEqual(config);
  });
  test('rejects a config without a secret, or with empty values', () => {
    expect(naverConnectorConfigSchema.safeParse({ clientId: 'x' }).success).toBe(false);
    expect(naverConnectorConfigSchema.safeParse({ clientId: '', clientSecret: 'y' }).success).toBe(false);
  });
});

test.describe('endpoints', () => {
  test('naverEndpointsFor puts the three Naver paths under one origin', () => {
    expect(naverEndpointsFor('http://localhost:3002/')).toEqual({
      authorizationEndpoint: 'http://localhost:3002/oauth2.0/authorize',
      tokenEndpoint: 'http://localhost:3002/oauth2.0/token',
      userInfoEndpoint: 'http://localhost:3002/v1/nid/me',
    });
  });
  test('the real Naver splits login and profile across nid and openapi hosts', () => {
    expect(new URL(realNaverEndpoints.authorizationEndpoint).host).toBe('nid.naver.com');
    expect(new URL(realNaverEndpoints.tokenEndpoint).host).toBe('nid.naver.com');
    expect(new URL(realNaverEndpoints.userInfoEndpoint).host).toBe('openapi.naver.com');
  });
});

test.describe('getAuthorizationUri', () => {
  const redirectUri = `http://localhost:3001/callback/${LOCAL_NAVER_CONNECTOR.id}`;
  const uri = getAuthorizationUri(config, realNaverEndpoints, { state: 'VhIg4gCKEow', redirectUri });

  test('puts client_id, redirect_uri, response_type, state in Logto’s order', () => {
    const url = new URL(uri);
    expect([...url.searchParams.keys()]).toEqual(['client_id', 'redirect_uri', 'response_type', 'state']);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: config.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      state: 'VhIg4gCKEow',
    });
  });
  test('encodes the redirect URI as real Logto did and never carries the secret', () => {
    expect(uri).toContain(`redirect_uri=http%3A%2F%2Flocalhost%3A3001%2Fcallback%2F${LOCAL_NAVER_CONNECTOR.id}`);
    expect(uri.startsWith('https://nid.naver.com/oauth2.0/authorize?')).toBe(true);
    expect(uri).not.toContain(config.clientSecret);
  });
});

test.describe('Naver response schemas', () => {
  test('the token schema accepts Naver’s success body and refuses its error body', () => {
    const success = { access_token: 'AAAA', refresh_token: 'r', token_type: 'bearer', expires_in: '3600' };
    expect(naverTokenResponseSchema.safeParse(success).success).toBe(true);
    const error = { error: 'invalid_request', error_description: 'no valid data in session' };
    expect(naverTokenResponseSchema.safeParse(error).success).toBe(false);
  });
  test('the profile schema needs an id inside response', () => {
    expect(naverProfileResponseSchema.safeParse(profileBody()).success).toBe(true);
    expect(naverProfileResponseSchema.safeParse({ resultcode: '00', message: 'success', response: {} }).success).toBe(
      false,
    );
    expect(naverProfileResponseSchema.safeParse({ resultcode: '024', message: 'Authentication failed' }).success).toBe(
      false,
    );
  });
});

test.describe('mapNaverProfile', () => {
  test('maps nickname to name and profile_image to avatar, and keeps the whole body as rawData', () => {
    const body = profileBody();
    const info = mapNaverProfile(naverProfileResponseSchema.parse(body), body);
    expect(info).toEqual({
      id: body.response.id,
      name: body.response.nickname,
      email: body.response.email,
      avatar: body.response.profile_image,
      rawData: body,
    });
    // Naver's real name is only in rawData, as in Logto's identities.naver.details.
    expect(info.name).not.toBe(body.response.name);
  });
  test('leaves out what Naver did not send', () => {
    const body = { resultcode: '00', message: 'success', response: { id: 'only-id' } };
    const info = mapNaverProfile(naverProfileResponseSchema.parse(body));
    expect(Object.keys(info).sort()).toEqual(['id', 'rawData']);
  });
});

test.describe('ConnectorError, as Logto core meets it', () => {
  test('String(error), what the audit log records, is "Error: ConnectorError: " and the JSON of its data (recorded forms)', () => {
    expect(String(new ConnectorError('social_invalid_access_token'))).toBe('Error: ConnectorError: social_invalid_access_token');
    // A string is kept as {message} and appears JSON-quoted: the profile API's body is quoted twice.
    const profileBody = '{"error":"server_error","error_description":"Service temporarily unavailable"}';
    const profileDown = new ConnectorError('general', JSON.stringify(profileBody));
    expect(String(profileDown)).toBe(
      'Error: ConnectorError: "\\"{\\\\\\"error\\\\\\":\\\\\\"server_error\\\\\\",\\\\\\"error_description\\\\\\":\\\\\\"Service temporarily unavailable\\\\\\"}\\""',
    );
    expect(profileDown.data).toEqual({ message: JSON.stringify(profileBody) });
  });

  test('core answers general with 400 and its data in the message, the token ones with 401, invalid_response with 400', () => {
    const general = fromConnectorError(new ConnectorError('general', '{"error":"access_denied"}'));
    expect(general).toMatchObject({ code: 'connector.general', status: 400, data: { message: '{"error":"access_denied"}' } });
    expect(general.message).toBe('Error occurred in connector: {"message":"{\\"error\\":\\"access_denied\\"}"}');
    expect(general.toBody('ja')['message']).toBe('コネクタでエラーが発生しました：{"message":"{\\"error\\":\\"access_denied\\"}"}');
    expect(fromConnectorError(new ConnectorError('social_invalid_access_token')).toBody('en')).toEqual({
      code: 'connector.social_invalid_access_token',
      message: "The connector's access token is invalid.",
    });
    expect(fromConnectorError(new ConnectorError('social_auth_code_invalid')).status).toBe(401);
    const invalid = fromConnectorError(new ConnectorError('invalid_response', { reason: 'x' }));
    expect(invalid.toBody('ko')).toEqual({ code: 'connector.invalid_response', data: { reason: 'x' }, message: '연동 응답이 유효하지 않아요.' });
  });

  test('a failed guard reads as zod 3 wrote it (recorded wrong-secret entry)', () => {
    const body = { error: 'invalid_request', error_description: 'wrong client id / client secret pair' };
    const parsed = naverTokenResponseSchema.safeParse(body);
    if (parsed.success) throw new Error('the error body passed the token schema');
    expect(JSON.stringify(new Zod3Error(parsed.error, body))).toBe(
      '{"issues":[{"code":"invalid_type","expected":"string","received":"undefined","path":["access_token"],"message":"Required"},' +
        '{"code":"invalid_type","expected":"string","received":"undefined","path":["token_type"],"message":"Required"}],"name":"ZodError"}',
    );
    const mistyped = { access_token: 5, token_type: 'bearer' };
    const wrongType = naverTokenResponseSchema.safeParse(mistyped);
    if (wrongType.success) throw new Error('a numeric token passed the token schema');
    expect(new Zod3Error(wrongType.error, mistyped).issues).toEqual([
      { code: 'invalid_type', expected: 'string', received: 'number', path: ['access_token'], message: 'Expected string, received number' },
    ]);
  });
});

test.describe("got's errors, which escape the connector", () => {
  test('an HTTP error, a refused connection and a time-out print as got prints them', () => {
    expect(String(new NaverHttpError(401, 'Unauthorized'))).toBe('HTTPError: Response code 401 (Unauthorized)');
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' }) });
    expect(String(asGotError(refused, 5000))).toBe('RequestError: connect ECONNREFUSED 127.0.0.1:443');
    const both = new TypeError('fetch failed', {
      cause: new AggregateError([new Error('connect ECONNREFUSED ::1:443'), new Error('connect ECONNREFUSED 127.0.0.1:443')], ''),
    });
    expect(String(asGotError(both, 5000))).toBe('RequestError: connect ECONNREFUSED 127.0.0.1:443');
    expect(String(asGotError(new DOMException('signal timed out', 'TimeoutError'), 5000))).toBe("TimeoutError: Timeout awaiting 'request' for 5000ms");
  });
});

test.describe('readCallback', () => {
  test('returns the code Naver sent back and the callback URL the page sent with it', () => {
    expect(readCallback({ redirectUri: 'http://localhost:3001/callback/x', code: 'DyOq7F4MLpMNDMKQ3Q', app_id: 'a' })).toEqual({
      code: 'DyOq7F4MLpMNDMKQ3Q',
      redirectUri: 'http://localhost:3001/callback/x',
    });
  });
  test('a cancel at Naver is general, carrying the whole callback data as JSON (recorded)', () => {
    const cancelled = { redirectUri: 'http://localhost:3001/callback/x', error: 'access_denied', error_description: 'Canceled By User', app_id: 'a' };
    let caught: unknown;
    try {
      readCallback(cancelled);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConnectorError);
    expect(caught).toMatchObject({ code: 'general', data: { message: JSON.stringify(cancelled) } });
  });
});
