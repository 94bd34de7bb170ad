/**
 * The fault lab on the built-in tenant, without a browser: for each scenario app of the default config,
 * the HTTP flow a reader's sign-in makes, driven far enough to show the failure, with the shapes real
 * Logto 1.37 was recorded answering (../shared/reference/real-logto-*.{md,json,txt}) where there are some,
 * against a tenant of each version it plays.
 */
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import type { JSONWebKeySet } from 'jose';
import { faultScenarios } from '../../src/lib/fault-lab.ts';
import type { FaultScenarioId } from '../../src/lib/fault-lab.ts';
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { faultLabConnectorId } from '../../src/local-tenant/config/fault-lab.ts';
import { callbackConnectorData, listSocialConnectors } from '../../src/local-tenant/pages/client/experience-flow.ts';
import { afterNaver, appOf, authUrl, playgroundRedirectUri as redirectUri, submitNaverConsent, toNaver } from '../support/fault-lab-flow.ts';
import { expect, test } from '../support/fixtures.ts';
import {
  browserRequest,
  CookieJar,
  experienceHttp,
  followRedirects,
  reachSignInPage,
  signInThroughTenant,
} from '../support/local-tenant.ts';
import { basicAuth as basic } from '../support/management-api.ts';
import { recordedInvalidRedirectUriBody } from '../support/recorded-logto.ts';
import type { LocalTenant } from '../support/local-tenant.ts';
import { testSiteOrigin } from '../support/ports.ts';
import { logtoVersionProfile, logtoVersions } from '../support/tenant-versions.ts';

const signedOutUri = `${testSiteOrigin}/playground/signed-out`;

/** What the connector of `wrong-naver-client-id` says instead of its Naver app's Client ID. */
const mistypedNaverClientId = faultScenarios['wrong-naver-client-id'].fault.naverConnector.says.clientId;

/** The app's real secret in the tenant: not the one the reader is given. */
const WRONG_APP_SECRET_REAL_SECRET = faultScenarios['wrong-app-secret'].fault.app.secret;

/** The token request the playground makes after the callback, with the secret the reader typed. */
async function exchangeCode(tenant: LocalTenant, scenario: FaultScenarioId, code: string, secret = appOf(scenario).appSecret) {
  return fetch(`${tenant.endpoint}/oidc/token`, {
    method: 'POST',
    headers: { authorization: basic(appOf(scenario).appId, secret), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }),
  });
}

/** A whole sign-in through the tenant for this scenario's app; returns the code the app gets back. */
async function codeAfterSignIn(tenant: LocalTenant, scenario: FaultScenarioId, naverUserId?: string): Promise<string> {
  const { callbackUrl } = await signInThroughTenant(new CookieJar(), authUrl(tenant, scenario), {
    appOrigin: testSiteOrigin,
    naver: { action: 'agree', ...(naverUserId ? { userId: naverUserId } : {}) },
  });
  const code = new URL(callbackUrl).searchParams.get('code');
  if (!code) throw new Error(`no code in ${callbackUrl}`);
  return code;
}

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

// Each test against a tenant of every version the local tenant plays: the fault lab's pages and answers
// must hold in both (what differs is read from the version's profile).
for (const version of logtoVersions) {
  const profile = logtoVersionProfile(version);
  test.describe(`Logto ${version}`, () => {
    test.use({ tenantVersion: version });

    test.describe('apps the tenant refuses before any sign-in', () => {
      test('wrong-app-secret: the secret the reader has gets the recorded 401 invalid_client; the real one works', async ({ startTenant }) => {
        const tenant = await startTenant();
        const code = await codeAfterSignIn(tenant, 'wrong-app-secret');
        const refused = await exchangeCode(tenant, 'wrong-app-secret', code);
        expect(refused.status).toBe(401);
        expect(refused.headers.get('www-authenticate')).toBe(
          `Basic realm="${tenant.endpoint}/oidc", error="invalid_client", error_description="client authentication failed"`,
        );
        expect(await refused.text()).toBe(
          JSON.stringify({
            code: 'oidc.invalid_client',
            message: 'An OIDC error occurred: oidc.invalid_client.',
            error: 'invalid_client',
            error_description: 'client authentication failed',
          }),
        );
        // The failure is the secret, not the code: the app's real secret redeems a fresh one.
        const accepted = await exchangeCode(tenant, 'wrong-app-secret', await codeAfterSignIn(tenant, 'wrong-app-secret'), WRONG_APP_SECRET_REAL_SECRET);
        expect(accepted.status).toBe(200);
      });

      for (const scenario of ['spa-app', 'native-app'] as const) {
        test(`${scenario}: a public client; with Basic and any secret 400 invalid_client, with client_id only 400 invalid_grant (recorded)`, async ({ startTenant }) => {
          const tenant = await startTenant();
          const form = { grant_type: 'authorization_code', code: 'made-up-code', redirect_uri: redirectUri };
          const withSecret = await fetch(`${tenant.endpoint}/oidc/token`, {
            method: 'POST',
            headers: { authorization: basic(appOf(scenario).appId, appOf(scenario).appSecret) },
            body: new URLSearchParams(form),
          });
          expect(withSecret.status).toBe(400);
          expect(await json(withSecret)).toMatchObject({ error: 'invalid_client', error_description: 'client authentication failed' });
          const withoutSecret = await fetch(`${tenant.endpoint}/oidc/token`, {
            method: 'POST',
            body: new URLSearchParams({ ...form, client_id: appOf(scenario).appId }),
          });
          expect(withoutSecret.status).toBe(400);
          expect(await json(withoutSecret)).toMatchObject({ code: 'oidc.invalid_grant', error: 'invalid_grant' });
        });
      }

      test('m2m-app: the token endpoint and /oidc/auth answer exactly as recorded', async ({ startTenant }) => {
        const tenant = await startTenant();
        const token = await fetch(`${tenant.endpoint}/oidc/token`, {
          method: 'POST',
          headers: { authorization: basic(appOf('m2m-app').appId, appOf('m2m-app').appSecret) },
          body: new URLSearchParams({ grant_type: 'authorization_code', code: 'made-up-code', redirect_uri: redirectUri }),
        });
        expect(token.status).toBe(400);
        expect(await token.text()).toBe(
          '{"code":"oidc.invalid_request","message":"Request is invalid.","error":"invalid_request","error_description":"requested grant type is not allowed for this client"}',
        );
        const auth = await fetch(authUrl(tenant, 'm2m-app', { state: 'x' }), { redirect: 'manual' });
        expect(auth.status).toBe(400);
        expect(auth.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(await auth.text()).toBe(
          recordedInvalidRedirectUriBody(tenant.endpoint, 'x'),
        );
      });

      test('redirect-uri-not-registered: /oidc/auth with the playground callback is the recorded 400, no redirect', async ({ startTenant }) => {
        const tenant = await startTenant();
        const response = await fetch(authUrl(tenant, 'redirect-uri-not-registered', { state: 'probe-state-123' }), { redirect: 'manual' });
        expect(response.status).toBe(400);
        expect(response.headers.get('location')).toBeNull();
        expect(await json(response)).toEqual({
          code: 'oidc.invalid_redirect_uri',
          message: "`redirect_uri` did not match any of the client's registered `redirect_uris`.",
          error: 'invalid_redirect_uri',
          error_description: "redirect_uri did not match any of the client's registered redirect_uris",
          state: 'probe-state-123',
          iss: `${tenant.endpoint}/oidc`,
        });
      });

      test('post-sign-out-uri-not-registered: sign-in works, sign-out to the playground is 400 invalid_request', async ({ startTenant }) => {
        const tenant = await startTenant();
        expect((await exchangeCode(tenant, 'post-sign-out-uri-not-registered', await codeAfterSignIn(tenant, 'post-sign-out-uri-not-registered'))).status).toBe(200);
        const query = new URLSearchParams({ client_id: appOf('post-sign-out-uri-not-registered').appId, post_logout_redirect_uri: signedOutUri });
        const response = await fetch(`${tenant.endpoint}/oidc/session/end?${query.toString()}`, { redirect: 'manual' });
        expect(response.status).toBe(400);
        expect(await json(response)).toEqual({
          code: 'oidc.invalid_request',
          message: 'Request is invalid.',
          error: 'invalid_request',
          error_description: 'post_logout_redirect_uri not registered',
        });
      });
    });

    test.describe("the app's sign-in experience", () => {
      test('sign-in-exp answers the tenant experience without appId and the app one with it, with signInMode', async ({ startTenant }) => {
        const tenant = await startTenant();
        const tenantExperience = await json(await fetch(`${tenant.endpoint}/api/.well-known/sign-in-exp`));
        expect(tenantExperience['signInMode']).toBe('SignInAndRegister');
        expect(tenantExperience['socialConnectors']).toMatchObject([{ id: LOCAL_NAVER_CONNECTOR.id, target: 'naver' }]);
        const query = new URLSearchParams({ appId: appOf('wrong-naver-client-secret').appId });
        const appExperience = await json(await fetch(`${tenant.endpoint}/api/.well-known/sign-in-exp?${query.toString()}`));
        expect(appExperience['socialConnectors']).toMatchObject([{ id: faultLabConnectorId('wrong-naver-client-secret'), target: 'naver' }]);
        expect(appExperience['socialSignInConnectorTargets']).toEqual(['naver']);
      });

      for (const scenario of ['connector-not-in-sign-in-experience', 'no-naver-connector'] as const) {
        test(`${scenario}: direct sign-in finds no Naver and the sign-in page offers none; the API still answers (recorded)`, async ({ startTenant }) => {
          const tenant = await startTenant();
          const jar = new CookieJar();
          const { url, hops } = await reachSignInPage(jar, authUrl(tenant, scenario), testSiteOrigin);
          // As recorded for a target the experience lacks: still a 303 to /direct/social/naver; the page falls back.
          expect(hops[0]).toMatchObject({ status: 303, location: `/direct/social/naver?app_id=${appOf(scenario).appId}&fallback=sign-in` });
          expect(new URL(url).pathname).toBe('/direct/social/naver');
          const http = experienceHttp(jar, tenant.endpoint);
          expect(await listSocialConnectors(http, appOf(scenario).appId)).toEqual([]);
          const experience = await json(await http('GET', `/api/.well-known/sign-in-exp?appId=${appOf(scenario).appId}`));
          expect(experience['socialSignInConnectorTargets']).toEqual([]);
          // The page the script falls back to (`/sign-in`, the app known from the _logto cookie).
          const signInPage = await browserRequest(jar, `${tenant.endpoint}/sign-in`);
          expect(await signInPage.text()).not.toContain('data-connector-id');

          // Asking for a Naver connector by hand anyway: recorded, the experience API does not enforce the
          // sign-in experience's list (only Logto's page keeps the reader from it).
          expect((await http('PUT', '/api/experience', { interactionEvent: 'SignIn' })).status).toBe(204);
          const existing = scenario === 'connector-not-in-sign-in-experience' ? faultLabConnectorId(scenario) : LOCAL_NAVER_CONNECTOR.id;
          const answered = await http('POST', `/api/experience/verification/social/${existing}/authorization-uri`, {
            state: 's',
            redirectUri: `${tenant.endpoint}/callback/${existing}`,
          });
          expect(answered.status).toBe(200);
          expect(String((await json(answered))['authorizationUri'])).toMatch(new RegExp(`^${tenant.naverMockOrigin}/oauth2\\.0/authorize\\?client_id=`));
        });
      }

      test('no-naver-connector: the tenant has no connector of its own for it', async ({ startTenant }) => {
        const tenant = await startTenant();
        const app = tenant.config.apps.find((candidate) => candidate.id === appOf('no-naver-connector').appId);
        expect(app?.signInExperience?.socialConnectorIds).toEqual([]);
        expect(tenant.config.connectors.filter((connector) => connector.enabledInSignInExperience).map((c) => c.id)).toEqual([LOCAL_NAVER_CONNECTOR.id]);
      });
    });

    test.describe('Naver refuses on its own pages (the app never hears back)', () => {
      test("wrong-naver-client-id: Logto sends the connector's Client ID, Naver shows its error page in Korean", async ({ startTenant }) => {
        const tenant = await startTenant();
        const { jar, authorizationUri } = await toNaver(tenant, 'wrong-naver-client-id');
        expect(new URL(authorizationUri).searchParams.get('client_id')).toBe(mistypedNaverClientId);
        const page = await browserRequest(jar, authorizationUri);
        expect(page.status).toBe(400);
        const html = await page.text();
        expect(html).toContain('<html lang="ko">');
        // As the mock real Logto was recorded with shows it.
        expect(html).toContain('<title>네이버 : 오류</title>');
        expect(html).toContain('잘못된 클라이언트입니다.');
        expect(html).toContain(`invalid client_id: ${mistypedNaverClientId}`);
        expect(page.headers.get('location')).toBeNull();
      });

      test("naver-callback-url-mismatch: Logto's callback is not the Callback URL registered at Naver: error page", async ({ startTenant }) => {
        const tenant = await startTenant();
        const { jar, authorizationUri, callback } = await toNaver(tenant, 'naver-callback-url-mismatch');
        expect(new URL(authorizationUri).searchParams.get('redirect_uri')).toBe(callback);
        const page = await browserRequest(jar, authorizationUri);
        expect(page.status).toBe(400);
        const html = await page.text();
        expect(html).toContain('<title>네이버 : 오류</title>');
        expect(html).toContain('Callback URL이 일치하지 않습니다.');
        expect(html).toContain(`redirect_uri not registered: ${callback}`);
      });

      test('naver-app-in-development: the consent page marks non-members; one of them is refused, a member is let through', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { jar, authorizationUri } = await toNaver(tenant, 'naver-app-in-development');
        const consent = await (await browserRequest(jar, authorizationUri)).text();
        expect(consent).toContain('멤버(테스터)');
        expect(consent).toContain('멤버 아님');
        const [member, nonMember] = tenant.config.naver.users;
        const refused = await submitNaverConsent(jar, authorizationUri, { action: 'agree', user_id: nonMember!.id });
        expect(refused.status).toBe(403);
        expect(refused.headers.get('location')).toBeNull();
        expect(await refused.text()).toContain('개발 중 상태의 애플리케이션입니다.');
        const allowed = await submitNaverConsent(jar, authorizationUri, { action: 'agree', user_id: member!.id });
        expect(allowed.status).toBe(302);
        expect(new URL(allowed.headers.get('location') ?? '').searchParams.get('code')).toBeTruthy();
      });

      test('cancel-at-naver: 취소 comes back as access_denied; verify answers 400 connector.general (recorded)', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { error, connectorData } = await afterNaver(tenant, 'cancel-at-naver', { action: 'cancel' });
        expect(connectorData).toMatchObject({ error: 'access_denied', error_description: 'Canceled By User' });
        expect(error).toMatchObject({ status: 400, code: 'connector.general', data: { message: JSON.stringify(connectorData) } });
        // Logto's toast shows this message raw (recorded).
        expect((error as Error).message).toBe(`Error occurred in connector: ${JSON.stringify({ message: JSON.stringify(connectorData) })}`);
      });
    });

    test.describe("Naver answers Logto's server-side calls wrongly (the sign-in page shows the toast)", () => {
      test('wrong-naver-client-secret: Naver 200 with an error body, verify 400 connector.invalid_response (recorded)', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { error } = await afterNaver(tenant, 'wrong-naver-client-secret');
        expect(error).toMatchObject({ status: 400, code: 'connector.invalid_response', message: "The connector's response is invalid." });
      });

      test('wrong-naver-client-secret-401: Naver 401, verify 500 "Internal server error." (recorded)', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { error } = await afterNaver(tenant, 'wrong-naver-client-secret-401');
        expect(error).toMatchObject({ status: 500, message: 'Internal server error.' });
      });

      test('naver-token-endpoint-down: Naver token 503, verify 500 "Internal server error."', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { error } = await afterNaver(tenant, 'naver-token-endpoint-down');
        expect(error).toMatchObject({ status: 500, message: 'Internal server error.' });
      });

      test('naver-profile-api-down: Naver profile 503, verify 400 connector.general', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { error } = await afterNaver(tenant, 'naver-profile-api-down');
        // Recorded: the body quoted twice, in the message the toast shows raw.
        const body = '{"error":"server_error","error_description":"Service temporarily unavailable"}';
        expect(error).toMatchObject({ status: 400, code: 'connector.general', data: { message: JSON.stringify(body) } });
        expect((error as Error).message).toBe(`Error occurred in connector: ${JSON.stringify({ message: JSON.stringify(body) })}`);
      });
    });

    test.describe('the user gets in, but not as expected', () => {
      test('naver-email-declined: 이메일 주소 is an optional, pre-ticked box; unticked, the user and the identity have no email', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { jar, authorizationUri } = await toNaver(tenant, 'naver-email-declined');
        const consent = await (await browserRequest(jar, authorizationUri)).text();
        expect(consent).toMatch(/<input type="checkbox" name="share_email" id="share-email" checked>/);

        const userinfoAfter = async (fields: Record<string, string>, naverUser: number) => {
          const { redirectTo, error, jar: flowJar } = await afterNaver(tenant, 'naver-email-declined', {
            ...fields,
            user_id: tenant.config.naver.users[naverUser]!.id,
          });
          expect(error).toBeUndefined();
          const { url } = await followRedirects(flowJar, redirectTo!, testSiteOrigin);
          const code = new URL(url).searchParams.get('code') ?? '';
          const tokens = await json(await exchangeCode(tenant, 'naver-email-declined', code));
          const idToken = decodeJwt(String(tokens['id_token']));
          const me = await fetch(`${tenant.endpoint}/oidc/me`, { headers: { authorization: `Bearer ${String(tokens['access_token'])}` } });
          return { idToken, userinfo: await json(me) };
        };

        const declined = await userinfoAfter({ action: 'agree' }, 1);
        expect(declined.idToken['email']).toBeNull();
        expect(declined.userinfo['email']).toBeNull();
        const naver = (declined.userinfo['identities'] as { naver: { details: Record<string, unknown> } }).naver.details;
        expect(naver['email']).toBeUndefined();
        expect((naver['rawData'] as { response: Record<string, unknown> }).response['email']).toBeUndefined();

        // The same page with the box left ticked shares the email: the difference is the reader's choice.
        const shared = await userinfoAfter({ action: 'agree', share_email: 'on' }, 2);
        expect(shared.userinfo['email']).toBe(tenant.config.naver.users[2]!.email);
      });

      test('sign-in-only-new-user: every Naver user is new for this app; verify 200, identification 404 as recorded, no registering', async ({ startTenant }) => {
        const tenant = await startTenant();
        // A user who signed up through the demo app is still new here: Naver gives each app its own ids. Its
        // email is now a Logto user's, as is the seeded user's (the fourth account's email): for those two the
        // 404 names the related user (recorded), for the others `data` is empty.
        await signInThroughTenant(new CookieJar(), authUrl(tenant, 'cancel-at-naver'), { appOrigin: testSiteOrigin });
        const taken = new Set([tenant.config.naver.users[0]!.email, ...tenant.config.users.map((user) => user.email)]);
        expect(taken.size).toBe(2);
        for (const user of tenant.config.naver.users) {
          const flow = await toNaver(tenant, 'sign-in-only-new-user');
          const answer = await submitNaverConsent(flow.jar, flow.authorizationUri, { action: 'agree', user_id: user.id });
          const connectorData = callbackConnectorData(new URL(answer.headers.get('location') ?? '').searchParams, flow.callback);
          const verify = await flow.http('POST', `/api/experience/verification/social/${flow.connectorId}/verify`, {
            connectorData,
            verificationId: flow.verificationId,
          });
          expect(verify.status).toBe(200);
          const identification = await flow.http('POST', '/api/experience/identification', { verificationId: flow.verificationId });
          expect(identification.status).toBe(404);
          const data = taken.has(user.email) ? { relatedUser: { type: 'email', value: user.email } } : {};
          expect(await identification.text()).toBe(
            JSON.stringify({ code: 'user.identity_not_exist', data, message: 'The social account has not been registered yet.' }),
          );
          const register = await flow.http('PUT', '/api/experience/interaction-event', { interactionEvent: 'Register' });
          expect(register.status).toBe(403);
          expect(await json(register)).toEqual({ code: 'auth.forbidden', message: 'Forbidden. Please check your user roles and permissions.' });
        }
        // The page the reader is left on offers no way to create an account.
        const jar = new CookieJar();
        await reachSignInPage(jar, authUrl(tenant, 'sign-in-only-new-user'), testSiteOrigin);
        const page = await (await browserRequest(jar, `${tenant.endpoint}/sign-in?app_id=${appOf('sign-in-only-new-user').appId}`)).text();
        expect(page).toContain(`data-connector-id="${faultLabConnectorId('sign-in-only-new-user')}"`);
        expect(page).not.toContain('href="/register');
      });

      test("sign-in-only-new-user: the sign-in page's flow ends with Logto's message, not a registration", async ({ startTenant }) => {
        const tenant = await startTenant();
        const { error } = await afterNaver(tenant, 'sign-in-only-new-user');
        expect(error).toMatchObject({ status: 404, code: 'user.identity_not_exist', message: 'The social account has not been registered yet.' });
      });
    });

    test.describe('the tenant issues tokens wrongly', () => {
      /** Signs in and redeems the code; returns the token response, its ID token, the JWKS and discovery. */
      async function tokensFor(tenant: LocalTenant, scenario: FaultScenarioId) {
        const response = await exchangeCode(tenant, scenario, await codeAfterSignIn(tenant, scenario));
        expect(response.status).toBe(200);
        const body = await json(response);
        const idToken = String(body['id_token']);
        const jwks = (await json(await fetch(`${tenant.endpoint}/oidc/jwks`))) as unknown as JSONWebKeySet;
        const me = await fetch(`${tenant.endpoint}/oidc/me`, { headers: { authorization: `Bearer ${String(body['access_token'])}` } });
        // Only the ID token is wrong: the access token still gets the user's claims.
        expect(me.status).toBe(200);
        return { response, idToken, claims: decodeJwt(idToken), header: decodeProtectedHeader(idToken), jwks, issuer: `${tenant.endpoint}/oidc` };
      }

      const verify = (idToken: string, jwks: JSONWebKeySet, issuer: string, audience: string) =>
        jwtVerify(idToken, createLocalJWKSet(jwks), { issuer, audience, clockTolerance: 300 });

      test('id-token-unknown-key: ES384 with a kid the JWKS does not list', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { header, idToken, jwks, issuer } = await tokensFor(tenant, 'id-token-unknown-key');
        // As the version's real tokens: `typ` in 1.37's header, none in 1.42's.
        expect(header).toEqual({ alg: 'ES384', ...(profile.idToken.typHeader ? { typ: 'JWT' } : {}), kid: header.kid });
        expect(header.kid).toBeTruthy();
        expect(jwks.keys.map((key) => key.kid)).not.toContain(header.kid);
        await expect(verify(idToken, jwks, issuer, appOf('id-token-unknown-key').appId)).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });
      });

      test('id-token-wrong-issuer: signed correctly, iss is not the issuer discovery names', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { claims, idToken, jwks, issuer } = await tokensFor(tenant, 'id-token-wrong-issuer');
        const discovery = await json(await fetch(`${tenant.endpoint}/oidc/.well-known/openid-configuration`));
        expect(discovery['issuer']).toBe(issuer);
        expect(claims.iss).not.toBe(issuer);
        await expect(verify(idToken, jwks, issuer, appOf('id-token-wrong-issuer').appId)).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'iss' });
      });

      test('id-token-wrong-audience: signed correctly, aud is another app', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { claims, idToken, jwks, issuer } = await tokensFor(tenant, 'id-token-wrong-audience');
        expect(claims.aud).not.toBe(appOf('id-token-wrong-audience').appId);
        await expect(verify(idToken, jwks, issuer, appOf('id-token-wrong-audience').appId)).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'aud' });
      });

      test('id-token-expired: exp lies further in the past than the 300 s tolerance', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { claims, idToken, jwks, issuer } = await tokensFor(tenant, 'id-token-expired');
        expect(Number(claims.exp)).toBeLessThan(Date.now() / 1000 - 300);
        await expect(verify(idToken, jwks, issuer, appOf('id-token-expired').appId)).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
      });

      test('tenant-clock-ahead: iat and exp 10 minutes ahead, and so is the Date of the token response', async ({ startTenant }) => {
        const tenant = await startTenant();
        const before = Date.now() / 1000;
        const { claims, response, idToken, jwks, issuer } = await tokensFor(tenant, 'tenant-clock-ahead');
        expect(claims.iss).toBe(issuer);
        const after = Date.now() / 1000;
        expect(Number(claims.iat)).toBeGreaterThanOrEqual(Math.floor(before) + 600);
        expect(Number(claims.iat)).toBeLessThanOrEqual(Math.ceil(after) + 600);
        expect(Number(claims.exp) - Number(claims.iat)).toBe(3600);
        const date = Date.parse(response.headers.get('date') ?? '') / 1000;
        expect(date - after).toBeGreaterThan(600 - 5);
        // Signed correctly: a verifier that only checks the signature accepts it.
        await expect(jwtVerify(idToken, createLocalJWKSet(jwks))).resolves.toBeTruthy();
      });

      test('id-token-hs256: HS256, signed with the app secret, no kid', async ({ startTenant }) => {
        const tenant = await startTenant();
        const { header, idToken, jwks, issuer } = await tokensFor(tenant, 'id-token-hs256');
        // The version's header, with no kid: the app secret is no key of the JWKS.
        expect(header).toEqual({ alg: 'HS256', ...(profile.idToken.typHeader ? { typ: 'JWT' } : {}) });
        const secret = new TextEncoder().encode(appOf('id-token-hs256').appSecret);
        await expect(jwtVerify(idToken, secret, { issuer, audience: appOf('id-token-hs256').appId })).resolves.toBeTruthy();
        await expect(verify(idToken, jwks, issuer, appOf('id-token-hs256').appId)).rejects.toBeTruthy();
      });

      test('token-endpoint-503: the code exchange (and a made-up code, as preflight sends) answer 503', async ({ startTenant }) => {
        const tenant = await startTenant();
        const expected = JSON.stringify({
          code: 'oidc.temporarily_unavailable',
          message: 'An OIDC error occurred: oidc.temporarily_unavailable.',
          error: 'temporarily_unavailable',
          error_description: 'the token endpoint is temporarily unavailable',
        });
        const exchange = await exchangeCode(tenant, 'token-endpoint-503', await codeAfterSignIn(tenant, 'token-endpoint-503'));
        expect(exchange.status).toBe(503);
        expect(exchange.headers.get('content-type')).toBe('application/json; charset=utf-8');
        expect(await exchange.text()).toBe(expected);
        const probe = await exchangeCode(tenant, 'token-endpoint-503', 'made-up-code');
        expect(probe.status).toBe(503);
        expect(await probe.text()).toBe(expected);
        // Other apps are not affected.
        const demo = await fetch(`${tenant.endpoint}/oidc/token`, {
          method: 'POST',
          headers: { authorization: basic(LOCAL_DEMO_APP.id, LOCAL_DEMO_APP.secret) },
          body: new URLSearchParams({ grant_type: 'authorization_code', code: 'made-up-code', redirect_uri: redirectUri }),
        });
        expect(demo.status).toBe(400);
      });

      test('jwks-rotated: the kid is missing from the JWKS fetched before, and present when it is fetched again, on every try', async ({ startTenant }) => {
        const tenant = await startTenant();
        const cached = (await json(await fetch(`${tenant.endpoint}/oidc/jwks`))) as unknown as JSONWebKeySet;
        expect(cached.keys).toHaveLength(1);
        const { header, idToken, jwks: refetched, issuer } = await tokensFor(tenant, 'jwks-rotated');
        expect(cached.keys.map((key) => key.kid)).not.toContain(header.kid);
        expect(refetched.keys.map((key) => key.kid)).toContain(header.kid);
        expect(refetched.keys.every((key) => key['d'] === undefined)).toBe(true);
        const audience = appOf('jwks-rotated').appId;
        await expect(verify(idToken, cached, issuer, audience)).rejects.toMatchObject({ code: 'ERR_JWKS_NO_MATCHING_KEY' });
        await expect(verify(idToken, refetched, issuer, audience)).resolves.toBeTruthy();
        // Every try rotates again: the next token's kid is not in the JWKS just fetched either.
        const next = await tokensFor(tenant, 'jwks-rotated');
        expect(refetched.keys.map((key) => key.kid)).not.toContain(next.header.kid);
        await expect(verify(next.idToken, next.jwks, issuer, audience)).resolves.toBeTruthy();
      });
    });
  });
}
