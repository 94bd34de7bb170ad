import { expect, test } from '@playwright/test';
import { LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import {
  ConnectorError,
  getAuthorizationUri,
  mapNaverProfile,
  naverConnectorConfigSchema,
  naverEndpointsFor,
  naverErrorBodySchema,
  naverProfileResponseSchema,
  naverTokenResponseSchema,
  realNaverEndpoints,
} from '../../src/local-tenant/naver-connector/index.ts';
import { codeFromCallback } from '../../src/local-tenant/naver-connector/user-info.ts';

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
    expect(naverErrorBodySchema.parse(error)).toEqual(error);
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

test.describe('ConnectorError', () => {
  test('carries Logto’s status and phrase for each code', () => {
    const cases = [
      [new ConnectorError('invalid_response'), 400, "The connector's response is invalid."],
      [new ConnectorError('social_invalid_access_token'), 401, "The connector's access token is invalid."],
      [new ConnectorError('social_auth_code_invalid'), 401, 'Unable to get access token, please check authorization code.'],
      [new ConnectorError('general', { description: 'boom' }), 400, 'Error occurred in connector: boom'],
    ] as const;
    for (const [error, status, message] of cases) {
      expect(error).toBeInstanceOf(Error);
      expect(error.status).toBe(status);
      expect(error.message).toBe(message);
    }
  });
  test('a 500 reads like Logto’s unhandled error', () => {
    const error = new ConnectorError('general', { status: 500, description: 'ignored' });
    expect(error.status).toBe(500);
    expect(error.message).toBe('Internal server error.');
  });
});

test.describe('codeFromCallback', () => {
  test('returns the code Naver sent back', () => {
    expect(codeFromCallback({ code: 'DyOq7F4MLpMNDMKQ3Q', state: 's' })).toBe('DyOq7F4MLpMNDMKQ3Q');
  });
  test('a cancel at Naver is a general 400 that shows the callback query', () => {
    const cancelled = { error: 'access_denied', error_description: 'Canceled By User', state: 'OvcEMOJCuRo' };
    let caught: unknown;
    try {
      codeFromCallback(cancelled);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConnectorError);
    expect(caught).toMatchObject({ code: 'general', status: 400 });
    expect((caught as Error).message).toContain('"error":"access_denied"');
  });
});
