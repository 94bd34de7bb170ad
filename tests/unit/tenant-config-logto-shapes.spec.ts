import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect, test } from '@playwright/test';
import Koa from 'koa';
import { toLogtoOidcError } from '../../src/local-tenant/oidc/error-body.ts';
import { buildConsentPromptUrl, buildLoginPromptUrl } from '../../src/local-tenant/oidc/prompt-urls.ts';
import { pickPageLang } from '../../src/local-tenant/pages/locale.ts';
import { pageStrings } from '../../src/local-tenant/pages/strings.ts';
import { userClaims } from '../../src/local-tenant/users/claims.ts';
import type { TenantUser } from '../../src/local-tenant/users/user-store.ts';
import { ExperienceError, failureMessageKey } from '../../src/local-tenant/pages/client/experience-flow.ts';

const appId = '9vgls5bvx58fydvd2ungl';

test.describe('where /oidc/auth sends the browser (Logto buildLoginPromptUrl)', () => {
  test('plain sign-in, register, and direct sign-in match the recorded Locations', () => {
    expect(buildLoginPromptUrl({ client_id: appId })).toBe(`/sign-in?app_id=${appId}`);
    expect(buildLoginPromptUrl({ client_id: appId, interaction_mode: 'signUp' })).toBe(`/register?app_id=${appId}`);
    expect(buildLoginPromptUrl({ client_id: appId, first_screen: 'register', interaction_mode: 'signIn' })).toBe(
      `/register?app_id=${appId}`,
    );
    expect(buildLoginPromptUrl({ client_id: appId, direct_sign_in: 'social:naver' })).toBe(
      `/direct/social/naver?app_id=${appId}&fallback=sign-in`,
    );
    expect(buildLoginPromptUrl({ client_id: appId, direct_sign_in: 'social:google', interaction_mode: 'signUp' })).toBe(
      `/direct/social/google?app_id=${appId}&fallback=register`,
    );
  });

  test('passes ui_locales and login_hint on to the page', () => {
    expect(buildLoginPromptUrl({ client_id: appId, ui_locales: 'ko', login_hint: 'a@b.c' })).toBe(
      `/sign-in?app_id=${appId}&ui_locales=ko&login_hint=a%40b.c`,
    );
  });

  test('consent goes to /consent with the app id', () => {
    expect(buildConsentPromptUrl({ client_id: appId })).toBe(`/consent?app_id=${appId}`);
    expect(buildConsentPromptUrl({})).toBe('/consent');
  });
});

test.describe('Logto-style OIDC error bodies', () => {
  test('invalid_grant gets code, message and error_uri first, in the recorded key order', () => {
    const result = toLogtoOidcError(400, { error: 'invalid_grant', error_description: 'grant request is invalid' });
    expect(result?.status).toBe(400);
    expect(JSON.stringify(result?.body)).toBe(
      JSON.stringify({
        code: 'oidc.invalid_grant',
        message: 'Grant request is invalid.',
        error_uri: 'https://openid.sh/debug/invalid_grant',
        error: 'invalid_grant',
        error_description: 'grant request is invalid',
      }),
    );
  });

  test('an error without a phrase uses the fallback message; state and iss stay at the end', () => {
    const result = toLogtoOidcError(400, { error: 'invalid_client', error_description: 'client is invalid', state: 's', iss: 'i' });
    expect(Object.keys(result?.body ?? {})).toEqual(['code', 'message', 'error_uri', 'error', 'error_description', 'state', 'iss']);
    expect(result?.body['message']).toBe('An OIDC error occurred: oidc.invalid_client.');
    expect(JSON.parse(JSON.stringify(result?.body))).not.toHaveProperty('error_uri');
  });

  test('userinfo without a token is 400 invalid_request, as Logto answers', () => {
    const result = toLogtoOidcError(401, { error: 'invalid_token', error_description: 'no access token provided' });
    expect(result?.status).toBe(400);
    expect(result?.body).toMatchObject({ code: 'oidc.invalid_request', message: 'Request is invalid.', error: 'invalid_request' });
  });

  test('a missing session becomes session.not_found; non-error bodies are left alone', () => {
    expect(toLogtoOidcError(400, { error: 'invalid_request', error_description: 'interaction session not found' })?.body['code']).toBe(
      'session.not_found',
    );
    expect(toLogtoOidcError(404, 'Not Found')).toBeUndefined();
  });
});

test.describe('claims', () => {
  const user: TenantUser = {
    id: 'n34hutlfk4ao',
    username: 'naver_user',
    name: '검증용닉네임',
    picture: 'https://example.com/p.png',
    email: 'a@naver.com',
    createdAt: 1,
    updatedAt: 2,
    identities: { naver: { userId: 'u', details: { id: 'u', rawData: { resultcode: '00' } } } },
  };

  test('ID token claims in Logto order, without identities', () => {
    const claims = userClaims(user, 'id_token', new Set(['openid', 'profile', 'email', 'identities']));
    expect(Object.keys(claims)).toEqual(['sub', 'name', 'picture', 'updated_at', 'username', 'created_at', 'email', 'email_verified']);
  });

  test('userinfo adds identities and sso_identities only with the identities scope', () => {
    const withIdentities = userClaims(user, 'userinfo', new Set(['openid', 'identities']));
    expect(withIdentities).toEqual({ sub: user.id, identities: user.identities, sso_identities: [] });
    expect(userClaims(user, 'userinfo', new Set(['openid']))).toEqual({ sub: user.id });
  });
});

/** A Koa request context carrying only this Accept-Language header (none when undefined). */
function requestWith(acceptLanguage: string | undefined) {
  const headers = acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage };
  return new Koa().createContext({ headers, url: '/', method: 'GET' } as IncomingMessage, {} as ServerResponse);
}

test.describe('sign-in page language and messages', () => {
  test('ui_locales wins, then Accept-Language by q, then English', () => {
    expect(pickPageLang('ko-KR en', requestWith('ja'))).toBe('ko');
    expect(pickPageLang('fr', requestWith('fr;q=1, ja;q=0.8, ko;q=0.9'))).toBe('ko');
    expect(pickPageLang(undefined, requestWith('ja-JP,ja;q=0.9'))).toBe('ja');
    expect(pickPageLang(undefined, requestWith('de, fr'))).toBe('en');
    expect(pickPageLang(undefined, requestWith(undefined))).toBe('en');
  });

  test('a cancel at Naver maps to a readable sentence in every language', () => {
    const key = failureMessageKey(new ExperienceError(400, 'connector.general', 'Error occurred in connector: {…}'), {
      error: 'access_denied',
      state: 's',
    });
    expect(key).toBe('errorCancelled');
    for (const strings of Object.values(pageStrings)) {
      expect(strings[key]).not.toContain('{');
      expect(strings[key]).toMatch(/Naver|네이버/);
    }
  });

  test('other failures map to their own sentences', () => {
    expect(failureMessageKey(new ExperienceError(400, 'connector.invalid_response', ''))).toBe('errorInvalidResponse');
    expect(failureMessageKey(new ExperienceError(401, 'connector.social_invalid_access_token', ''))).toBe('errorAccessToken');
    expect(failureMessageKey(new ExperienceError(500, 'http_500', 'Internal server error.'))).toBe('errorServer');
    expect(failureMessageKey(new ExperienceError(400, 'session.not_found', ''))).toBe('errorSession');
    expect(failureMessageKey(new Error('network'))).toBe('errorOther');
  });
});
