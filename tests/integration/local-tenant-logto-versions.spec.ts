import { decodeJwt, decodeProtectedHeader } from 'jose';
import { logtoVersions, type LogtoVersion } from '../../src/local-tenant/config/logto-version.ts';
import { LOCAL_DEMO_APP } from '../../src/lib/local-tenant-defaults.ts';
import { test as base, expect, workerFixture } from '../support/fixtures.ts';
import { CookieJar, createTestLogtoClient, signInThroughTenant, startTestTenant, type LocalTenant } from '../support/local-tenant.ts';
import { testSiteOrigin } from '../support/ports.ts';
import { recordedShapes, withEndpoint } from '../support/recorded-shapes.ts';

/**
 * The local tenant in each Logto version it plays, against what that version of real Logto answered
 * (tests/support/recorded-shapes.ts): discovery, the RFC 8414 document, the JWKS, userinfo without a
 * token, a Naver sign-in's ID token and userinfo, and what revoking an access token does to the grant.
 */

const redirectUri = `${testSiteOrigin}/playground/callback`;
const basic = `Basic ${Buffer.from(`${LOCAL_DEMO_APP.id}:${LOCAL_DEMO_APP.secret}`).toString('base64')}`;

async function tokenCall(tenant: LocalTenant, path: string, form: Record<string, string>) {
  const response = await fetch(`${tenant.endpoint}/oidc${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basic },
    body: new URLSearchParams(form).toString(),
  });
  return { status: response.status, text: await response.text() };
}

for (const version of logtoVersions) {
  base.describe(`Logto ${version}`, () => {
    // One tenant per version, shared by its tests.
    const test = base.extend<{}, { tenant: LocalTenant }>({
      tenant: workerFixture(() => startTestTenant(undefined, { logtoVersion: version }), (tenant) => tenant.close()),
    });
    const recorded = recordedShapes(version);

    test('discovery is the recorded document, key for key and in order', async ({ tenant }) => {
      const response = await fetch(`${tenant.endpoint}/oidc/.well-known/openid-configuration`);
      expect(response.headers.get('content-type')).toBe(recorded.discovery.headers['content-type']);
      const body = (await response.json()) as Record<string, unknown>;
      expect(JSON.stringify(body)).toBe(JSON.stringify(withEndpoint(recorded, recorded.discovery.body, tenant.endpoint)));
    });

    test('the RFC 8414 document exists only where the version has it, with the same keys', async ({ tenant }) => {
      const response = await fetch(`${tenant.endpoint}/oidc/.well-known/oauth-authorization-server`);
      const hasIt = 'device_authorization_endpoint' in recorded.discovery.body;
      if (!hasIt) {
        expect(response.status).toBe(404);
        return;
      }
      expect(response.status).toBe(200);
      expect(Object.keys((await response.json()) as object)).toEqual(Object.keys(recorded.discovery.body));
    });

    test('the JWKS: one ES384 P-384 key with the recorded members, and the recorded cache-control', async ({ tenant }) => {
      const response = await fetch(`${tenant.endpoint}/oidc/jwks`);
      expect(response.headers.get('content-type')).toBe(recorded.jwks.headers['content-type']);
      expect(response.headers.get('cache-control')).toBe(recorded.jwks.headers['cache-control'] ?? null);
      const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
      expect(keys.map((key) => Object.keys(key))).toEqual(recorded.jwks.keys.map((key) => key.members));
      expect(keys[0]).toMatchObject({ kty: recorded.jwks.keys[0]?.kty, crv: recorded.jwks.keys[0]?.crv, alg: recorded.jwks.keys[0]?.alg });
    });

    test('userinfo without a token answers the recorded status, WWW-Authenticate and body', async ({ tenant }) => {
      const response = await fetch(`${tenant.endpoint}/oidc/me`);
      const expected = withEndpoint(recorded, recorded.signIn.userinfo.noToken, tenant.endpoint);
      expect(response.status).toBe(expected.status);
      expect(response.headers.get('www-authenticate')).toBe(expected.headers['www-authenticate']);
      expect(await response.text()).toBe(JSON.stringify(expected.body));
    });

    test('a Naver sign-in: the ID token header and claims, and userinfo, as recorded; revoking the access token as the version does', async ({ tenant }) => {
      const { client, storage, lastNavigation } = createTestLogtoClient({ endpoint: tenant.endpoint, appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret });
      await client.signIn({ redirectUri, directSignIn: { method: 'social', target: 'naver' } });
      const { callbackUrl } = await signInThroughTenant(new CookieJar(), lastNavigation(), { appOrigin: testSiteOrigin });
      await client.handleSignInCallback(callbackUrl);

      const idToken = storage.get('idToken') ?? '';
      expect(Object.keys(decodeProtectedHeader(idToken))).toEqual(Object.keys(recorded.signIn.idToken.header));
      const claims = decodeJwt(idToken);
      expect(Object.keys(claims)).toEqual(recorded.signIn.idToken.claimNames);
      expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(recorded.signIn.idToken.lifetimeSeconds);
      if ('preferred_username' in claims) expect(claims['preferred_username']).toBe(claims['username']);

      const userInfo = await client.fetchUserInfo();
      expect(Object.keys(userInfo)).toEqual(Object.keys(recorded.signIn.userinfo.get.body));

      // Revoke the access token, then try the refresh token: 1.42 revoked the grant with it (invalid_grant, recorded).
      const accessToken = await client.getAccessToken();
      const refreshToken = storage.get('refreshToken') ?? '';
      expect((await tokenCall(tenant, '/token/revocation', { token: accessToken, token_type_hint: 'access_token' })).status).toBe(200);
      const refresh = await tokenCall(tenant, '/token', { grant_type: 'refresh_token', refresh_token: refreshToken });
      const revokesGrant: Record<LogtoVersion, boolean> = { '1.37': false, '1.42': true };
      if (revokesGrant[version]) {
        expect(refresh.status).toBe(recorded.token.bogusCode_rightSecret_basic.status);
        expect(refresh.text).toBe(JSON.stringify(recorded.token.bogusCode_rightSecret_basic.body));
      } else {
        expect(refresh.status).toBe(200);
      }
      // The revoked access token itself is dead in both.
      const me = await fetch(`${tenant.endpoint}/oidc/me`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect(me.status).toBe(401);
    });
  });
}
