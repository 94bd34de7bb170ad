import { expect, test } from '@playwright/test';
import { runPreflight } from '../../src/preflight/run-preflight.ts';
import { MADE_UP_CODE } from '../../src/tenant/probes.ts';
import { checkIds, type CheckId } from '../../src/preflight/check-definitions.ts';
import type { CheckResult, PreflightInput } from '../../src/preflight/types.ts';
import { FAKE_SITE, fakeApp, fakeConnector, fakeTenant, type FakeTenantOptions, fakePreflightInput } from '../support/preflight-fake-tenant.ts';


async function run(options: FakeTenantOptions = {}, overrides: Partial<PreflightInput> = {}) {
  const tenant = await fakeTenant(options);
  const results = await runPreflight(fakePreflightInput(tenant.endpoint, overrides), { fetch: tenant.fetch });
  const byId = Object.fromEntries(results.map((result) => [result.id, result])) as Record<CheckId, CheckResult>;
  const statuses = Object.fromEntries(results.map((result) => [result.id, result.status]));
  return { results, byId, statuses, tenant };
}

/** Every check passes except the ones named, which must have these statuses. */
function allPassExcept(changes: Partial<Record<CheckId, CheckResult['status']>>) {
  return Object.fromEntries(checkIds.map((id) => [id, changes[id] ?? 'pass']));
}

test.describe('preflight checks against a fake tenant', () => {
  test('a correct tenant passes every check, in display order, with the Naver facts', async () => {
    const { results, byId } = await run();
    expect(results.map((result) => result.id)).toEqual([...checkIds]);
    expect(results.filter((result) => result.status !== 'pass')).toEqual([]);
    expect(byId['naver.connector'].details).toEqual({ connectorId: fakeConnector.id });
    expect(byId['naver.client-id'].reason.params).toEqual({ clientId: fakeConnector.clientId });
    expect(byId['naver.callback-url'].details?.['callbackUrl']).toBe(`http://tenant.test/callback/${fakeConnector.id}`);
    expect(byId['endpoint.jwks'].reason.params).toEqual({ count: 1, algs: 'ES384' });
    expect(byId['app.type'].reason.key).toBe('appTypeTraditional');
  });

  test('an unreachable endpoint fails discovery and blocks everything else instead of guessing', async () => {
    const { byId, results } = await run({ down: true });
    expect(byId['endpoint.discovery']).toMatchObject({
      status: 'fail',
      stepId: 'prerequisites',
      reason: { key: 'discoveryUnreachable', params: { error: 'ECONNREFUSED' } },
    });
    for (const result of results.slice(1)) {
      expect(result.status, result.id).toBe('skip');
      expect(result.reason.key).toBe('blocked');
    }
    expect(byId['endpoint.issuer'].reason.params).toEqual({ by: 'endpoint.discovery' });
    expect(byId['naver.client-id'].reason.params).toEqual({ by: 'naver.connector' });
  });

  test('a non-Logto endpoint is told apart: an HTTP status, or a body that is not an OpenID configuration', async () => {
    const notFound = await run({ discoveryStatus: 404, discoveryBody: 'Not found' });
    expect(notFound.byId['endpoint.discovery'].reason).toMatchObject({ key: 'discoveryHttpStatus', params: { status: 404 } });
    const html = await run({ discoveryBody: '<html>welcome</html>' });
    expect(html.byId['endpoint.discovery'].reason.key).toBe('discoveryNotOidc');
  });

  test('an issuer that is not {endpoint}/oidc fails only the issuer check', async () => {
    const { statuses, byId } = await run({ issuer: 'http://tenant.test/oidc/' });
    expect(statuses).toEqual(allPassExcept({ 'endpoint.issuer': 'fail' }));
    expect(byId['endpoint.issuer'].reason.params).toEqual({ actual: 'http://tenant.test/oidc/', expected: 'http://tenant.test/oidc' });
  });

  test('a missing end-session endpoint fails the endpoints check and blocks the post sign-out check', async () => {
    const { statuses, byId } = await run({ omitFromDiscovery: ['end_session_endpoint'] });
    expect(statuses).toEqual(allPassExcept({ 'endpoint.endpoints': 'fail', 'app.post-sign-out-uri': 'skip' }));
    expect(byId['endpoint.endpoints'].reason.params).toEqual({ missing: 'end_session_endpoint' });
    expect(byId['app.post-sign-out-uri'].reason.params).toEqual({ by: 'endpoint.endpoints' });
  });

  test('a JWKS without a usable signing key fails; so does one lacking the advertised alg', async () => {
    const encOnly = await run({ jwksKeys: [{ kty: 'oct', k: 'c2VjcmV0', alg: 'A256GCM', use: 'enc' }] });
    expect(encOnly.byId['endpoint.jwks'].reason).toEqual({ key: 'jwksNoSupportedKey', params: { found: 'A256GCM' } });
    const brokenKey = await run({ jwksKeys: [{ kty: 'EC', crv: 'P-384', x: 'AAAA', y: 'AAAA', alg: 'ES384' }] });
    expect(brokenKey.byId['endpoint.jwks'].status).toBe('fail');
    const { publicKey } = await import('jose').then((jose) => jose.generateKeyPair('RS256', { extractable: true }));
    const rsa = await import('jose').then((jose) => jose.exportJWK(publicKey));
    const wrongAlg = await run({ jwksKeys: [{ ...rsa, alg: 'RS256' }] });
    expect(wrongAlg.byId['endpoint.jwks'].reason).toEqual({
      key: 'jwksNoKeyForSigningAlg',
      params: { advertised: 'ES384', found: 'RS256' },
    });
  });

  test('a wrong secret fails the credentials check as a wrong secret; the app type is still told', async () => {
    const { statuses, byId } = await run({}, { appSecret: 'WrongSecretWrongSecretWrongSecre' });
    expect(statuses).toEqual(allPassExcept({ 'app.credentials': 'fail' }));
    expect(byId['app.credentials']).toMatchObject({ stepId: 'integrate-sdk', reason: { key: 'credentialsWrongSecret' } });
    expect(byId['app.type'].reason.key).toBe('appTypeConfidentialWithRedirect');
  });

  test('an unknown App ID is told apart from a wrong secret, and the checks that need the app say so', async () => {
    const { statuses, byId } = await run({}, { appId: 'zzzzzzzzzzzzzzzzzzzzz' });
    expect(statuses).toEqual(
      allPassExcept({
        'app.credentials': 'fail',
        'app.type': 'skip',
        'app.redirect-uri': 'skip',
        'app.post-sign-out-uri': 'skip',
        'naver.client-id': 'skip',
        'naver.callback-url': 'skip',
      }),
    );
    expect(byId['app.credentials'].reason.key).toBe('credentialsUnknownAppId');
    expect(byId['app.redirect-uri'].reason.params).toEqual({ by: 'app.credentials' });
    expect(byId['naver.client-id'].reason.params).toEqual({ by: 'app.redirect-uri' });
  });

  test('an SPA app fails the app type check (no secret, PKCE only)', async () => {
    const { statuses, byId } = await run({ apps: [{ ...fakeApp, type: 'SPA' }] });
    expect(statuses).toEqual(allPassExcept({ 'app.type': 'fail', 'app.credentials': 'skip' }));
    expect(byId['app.type']).toMatchObject({ stepId: 'create-logto-app', reason: { key: 'appTypePublic' } });
    expect(byId['app.credentials'].reason.key).toBe('credentialsPublicApp');
  });

  test('an M2M app fails the app type check although its secret works', async () => {
    const { byId } = await run({ apps: [{ ...fakeApp, type: 'M2M', redirectUris: [], postLogoutRedirectUris: [] }] });
    expect(byId['app.credentials'].status).toBe('pass');
    expect(byId['app.type'].reason.key).toBe('appTypeNoAuthorizationCode');
    expect(byId['app.redirect-uri'].status).toBe('fail');
  });

  test('an unregistered redirect URI fails its check and blocks the Naver URL checks that need it', async () => {
    const { statuses, byId } = await run({ apps: [{ ...fakeApp, redirectUris: ['http://elsewhere.test/callback'] }] });
    expect(statuses).toEqual(
      allPassExcept({ 'app.redirect-uri': 'fail', 'naver.client-id': 'skip', 'naver.callback-url': 'skip' }),
    );
    expect(byId['app.redirect-uri'].reason).toEqual({
      key: 'redirectUriNotRegistered',
      params: { uri: `${FAKE_SITE}/playground/callback` },
    });
  });

  test('an unregistered post sign-out URI fails only its check', async () => {
    const { statuses, byId } = await run({ apps: [{ ...fakeApp, postLogoutRedirectUris: [] }] });
    expect(statuses).toEqual(allPassExcept({ 'app.post-sign-out-uri': 'fail' }));
    expect(byId['app.post-sign-out-uri'].reason.key).toBe('postSignOutUriNotRegistered');
  });

  test('a missing or disabled Naver connector fails the connector check and names what is enabled', async () => {
    for (const connectors of [[], [{ ...fakeConnector, enabled: false }]]) {
      const { statuses, byId } = await run({ connectors });
      expect(statuses).toEqual(
        allPassExcept({ 'naver.connector': 'fail', 'naver.client-id': 'skip', 'naver.callback-url': 'skip', 'naver.account-callback': 'skip' }),
      );
      expect(byId['naver.connector'].reason).toEqual({
        key: 'naverConnectorNotEnabled',
        params: { target: 'naver', enabled: '-' },
      });
    }
    const other = await run({ connectors: [{ ...fakeConnector, target: 'google' }] });
    expect(other.byId['naver.connector'].reason.params).toEqual({ target: 'naver', enabled: 'google' });
  });

  test('an expected Naver client ID that Logto does not send fails the client-id check', async () => {
    const { byId } = await run({}, { expectedNaverClientId: 'SomethingElse' });
    expect(byId['naver.client-id']).toMatchObject({
      status: 'fail',
      stepId: 'configure-connector',
      reason: { key: 'naverClientIdMismatch', params: { actual: fakeConnector.clientId, expected: 'SomethingElse' } },
    });
    expect(byId['naver.callback-url'].status).toBe('pass');
  });

  test('probes never follow redirects, never put the secret in a URL, and only send made-up codes', async () => {
    const { tenant } = await run();
    expect(tenant.requests.length).toBeGreaterThan(5);
    for (const request of tenant.requests) {
      expect(request.redirect, request.url).toBe('manual');
      expect(request.url).not.toContain(fakeApp.secret);
    }
    const tokenRequests = tenant.requests.filter((request) => request.url.endsWith('/oidc/token'));
    expect(tokenRequests.length).toBeGreaterThan(0);
    for (const request of tokenRequests) expect(new URLSearchParams(request.body).get('code')).toBe(MADE_UP_CODE);
    // Shared answers are asked for once, however many checks read them.
    const discoveries = tenant.requests.filter((request) => request.url.endsWith('/openid-configuration'));
    expect(discoveries).toHaveLength(1);
  });

  test('the Naver URL comes from an interaction that carries the cookies /oidc/auth set', async () => {
    const { tenant } = await run();
    const experience = tenant.requests.find((request) => request.url.endsWith('/api/experience'));
    expect(experience?.method).toBe('PUT');
    expect(experience?.headers.get('cookie')).toMatch(/_interaction=uid\d+/);
    const start = tenant.requests.find((request) => request.url.includes('direct_sign_in='));
    expect(new URL(start!.url).searchParams.get('direct_sign_in')).toBe('social:naver');
  });

  test('a check that crashes reports it instead of failing the whole run', async () => {
    const tenant = await fakeTenant();
    const fetch: typeof tenant.fetch = async (url, init) => {
      if (url.endsWith('/sign-in-exp')) return new Response('{"socialConnectors":[{"id":"x","target":"naver"}]}', { status: 200 });
      if (url.includes('/authorization-uri')) throw Object.assign(new Error('boom'), { name: 'TimeoutError' });
      return tenant.fetch(url, init);
    };
    const results = await runPreflight(fakePreflightInput(tenant.endpoint), { fetch });
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId['naver.client-id']).toMatchObject({ status: 'fail', reason: { key: 'naverInteractionFailed' } });
    expect(byId['naver.client-id']?.reason.params['status']).toBe('timed out');
    expect(byId['naver.callback-url']?.reason).toEqual({ key: 'blocked', params: { by: 'naver.client-id' } });
  });
});
