import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect, test } from '@playwright/test';
import Koa from 'koa';
import { toLogtoOidcError } from '../../src/local-tenant/oidc/error-body.ts';
import { buildConsentPromptUrl, buildLoginPromptUrl } from '../../src/local-tenant/oidc/prompt-urls.ts';
import { pickPageLang } from '../../src/local-tenant/http/locale.ts';
import { userClaims } from '../../src/local-tenant/users/claims.ts';
import { logtoVersionProfiles } from '../../src/local-tenant/config/logto-version.ts';
import type { TenantUser } from '../../src/local-tenant/users/user-store.ts';
import { RequestError } from '../../src/local-tenant/http/request-error.ts';
import { callbackConnectorData, ExperienceError, relatedUserOf } from '../../src/local-tenant/pages/client/experience-flow.ts';
import { maskEmail } from '../../src/local-tenant/pages/client/mask-email.ts';

const appId = '9vgls5bvx58fydvd2ungl';
const v137 = logtoVersionProfiles['1.37'];
const v142 = logtoVersionProfiles['1.42'];

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
    const result = toLogtoOidcError(400, { error: 'invalid_grant', error_description: 'grant request is invalid' }, v142);
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
    const result = toLogtoOidcError(400, { error: 'invalid_client', error_description: 'client is invalid', state: 's', iss: 'i' }, v142);
    expect(Object.keys(result?.body ?? {})).toEqual(['code', 'message', 'error_uri', 'error', 'error_description', 'state', 'iss']);
    expect(result?.body['message']).toBe('An OIDC error occurred: oidc.invalid_client.');
    expect(JSON.parse(JSON.stringify(result?.body))).not.toHaveProperty('error_uri');
  });

  test('userinfo without a token: 400 invalid_request on 1.37, 401 invalid_token on 1.42 (both recorded)', () => {
    const noToken = { error: 'invalid_token', error_description: 'no access token provided' };
    const old = toLogtoOidcError(401, noToken, v137);
    expect(old?.status).toBe(400);
    expect(old?.body).toMatchObject({ code: 'oidc.invalid_request', message: 'Request is invalid.', error: 'invalid_request' });
    const current = toLogtoOidcError(401, noToken, v142);
    expect(current?.status).toBe(401);
    expect(JSON.stringify(current?.body)).toBe(
      JSON.stringify({ code: 'oidc.invalid_token', message: 'Invalid token provided.', error: 'invalid_token', error_description: 'no access token provided' }),
    );
  });

  test('access control refusing a refresh: oidc.access_denied, "Access denied." (recorded on 1.42)', () => {
    const result = toLogtoOidcError(400, { error: 'access_denied', error_description: 'Access denied.' }, v142);
    expect(result?.status).toBe(400);
    expect(JSON.stringify(result?.body)).toBe(
      '{"code":"oidc.access_denied","message":"Access denied.","error":"access_denied","error_description":"Access denied."}',
    );
  });

  test('a missing session becomes session.not_found; non-error bodies are left alone', () => {
    expect(toLogtoOidcError(400, { error: 'invalid_request', error_description: 'interaction session not found' }, v142)?.body['code']).toBe(
      'session.not_found',
    );
    expect(toLogtoOidcError(404, 'Not Found', v142)).toBeUndefined();
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

  const scopes = new Set(['openid', 'profile', 'email', 'identities']);

  test('ID token claims in Logto order, without identities; 1.41+ adds preferred_username after name', () => {
    const old = userClaims(user, 'id_token', scopes, { preferredUsername: v137.preferredUsername });
    expect(Object.keys(old)).toEqual(['sub', 'name', 'picture', 'updated_at', 'username', 'created_at', 'email', 'email_verified']);
    const current = userClaims(user, 'id_token', scopes, { preferredUsername: v142.preferredUsername });
    expect(Object.keys(current)).toEqual(['sub', 'name', 'preferred_username', 'picture', 'updated_at', 'username', 'created_at', 'email', 'email_verified']);
    expect(current['preferred_username']).toBe(user.username);
  });

  test('userinfo adds identities and sso_identities only with the identities scope', () => {
    const withIdentities = userClaims(user, 'userinfo', new Set(['openid', 'identities']), { preferredUsername: true });
    expect(withIdentities).toEqual({ sub: user.id, identities: user.identities, sso_identities: [] });
    expect(userClaims(user, 'userinfo', new Set(['openid']), { preferredUsername: true })).toEqual({ sub: user.id });
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

  test("the verify call's connectorData: the callback URL first, Naver's query without state, then app_id (recorded order)", () => {
    const redirectUri = 'http://localhost:3001/callback/cabwxj8o1u4i';
    const cancelled = new URLSearchParams({ error: 'access_denied', error_description: 'Canceled By User', state: 'OvcEMOJCuRo' });
    expect(JSON.stringify(callbackConnectorData(cancelled, redirectUri, appId))).toBe(
      `{"redirectUri":"${redirectUri}","error":"access_denied","error_description":"Canceled By User","app_id":"${appId}"}`,
    );
    expect(callbackConnectorData(new URLSearchParams({ code: 'c', state: 's' }), redirectUri)).toEqual({ redirectUri, code: 'c' });
  });

  test('an unknown identity with a matching email carries the related user; the page masks it as Logto does', () => {
    const related = new ExperienceError(404, 'user.identity_not_exist', 'x', { relatedUser: { type: 'email', value: 'naver-mock-user@naver.com' } });
    expect(relatedUserOf(related)).toEqual({ type: 'email', value: 'naver-mock-user@naver.com' });
    expect(relatedUserOf(new ExperienceError(404, 'user.identity_not_exist', 'x', {}))).toBeUndefined();
    expect(relatedUserOf(new ExperienceError(400, 'connector.general', 'x', { relatedUser: { type: 'email', value: 'a@b' } }))).toBeUndefined();
    // Recorded: "nave****@naver.com とリンクする".
    expect(maskEmail('naver-mock-user@naver.com')).toBe('nave****@naver.com');
    expect(maskEmail('abc@naver.com')).toBe('****@naver.com');
  });
});

test.describe("Logto's error phrases", () => {
  test('the API answers in the page language, the log keeps English (recorded for sign-in only, ja)', () => {
    const error = new RequestError('user.identity_not_exist', 404, { data: {} });
    expect(error.message).toBe('The social account has not been registered yet.');
    expect(JSON.stringify(error.toBody('ja'))).toBe('{"code":"user.identity_not_exist","data":{},"message":"このソーシャルアカウントは登録されていません。"}');
    expect(error.toBody('ko')['message']).toBe('소셜 계정이 아직 등록되지 않았어요.');
    expect(new RequestError('connector.invalid_response', 400).toBody('ja')['message']).toBe('コネクタのレスポンスが無効です。');
    expect(new RequestError('connector.invalid_response', 400).toBody('ko')['message']).toBe('연동 응답이 유효하지 않아요.');
  });

  test("placeholders are filled; a phrase Logto has not translated falls back to English", () => {
    expect(new RequestError('entity.not_exists_with_id', 404, { values: { name: 'logs', id: 'x1' } }).message).toBe(
      'The logs with ID `x1` does not exist.',
    );
    expect(new RequestError('user.invalid_username', 400).toBody('ja')['message']).toBe('Invalid username.');
  });
});
