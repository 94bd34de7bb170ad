import type { TenantConfig } from '../../src/local-tenant/config/schema.ts';
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { createSafeFetch } from '../../src/lib/safe-fetch.ts';
import { playgroundUris } from '../../src/tenant/redirect-uris.ts';
import { runPreflight } from '../../src/preflight/run-preflight.ts';
import { checkIds, type CheckId } from '../../src/preflight/check-definitions.ts';
import type { CheckResult, PreflightInput } from '../../src/preflight/types.ts';
import { verifiedStepsFromChecks } from '../../src/preflight/verified-steps.ts';
import { expect, test } from '../support/fixtures.ts';
import { testSiteOrigin } from '../support/ports.ts';
import { expectedVersionFamily, logtoVersions } from '../support/tenant-versions.ts';

/**
 * Every check against the real local tenant (oidc-provider + Logto's experience API), once with the
 * default config where all pass, and once per broken config where exactly the matching checks fail
 * and the rest still report what they can; all of it in each Logto version the tenant plays.
 */

const fetch = createSafeFetch({ mode: 'LOCAL', timeoutMs: 5000 });

async function preflight(tenant: { endpoint: string }, overrides: Partial<PreflightInput> = {}) {
  const results = await runPreflight(
    {
      endpoint: tenant.endpoint,
      appId: LOCAL_DEMO_APP.id,
      appSecret: LOCAL_DEMO_APP.secret,
      ...playgroundUris(testSiteOrigin),
      target: 'naver',
      ...overrides,
    },
    { fetch },
  );
  return {
    results,
    byId: Object.fromEntries(results.map((result) => [result.id, result])) as Record<CheckId, CheckResult>,
    statuses: Object.fromEntries(results.map((result) => [result.id, result.status])),
  };
}

function allPassExcept(changes: Partial<Record<CheckId, CheckResult['status']>>) {
  return Object.fromEntries(checkIds.map((id) => [id, changes[id] ?? 'pass']));
}

/**
 * With a Naver Client ID, naver.account-callback reminds of both Callback URLs (a warning) unless the
 * tenant is known to be 1.41 or earlier: what it does follows the family endpoint.version detected.
 */
function reminderStatus(byId: Record<string, CheckResult>): CheckResult['status'] {
  return byId['endpoint.version']?.details?.['versionFamily'] === '1.41-or-earlier' ? 'pass' : 'warn';
}

const withApp = (change: Partial<TenantConfig['apps'][number]>) => (config: TenantConfig) => ({
  ...config,
  apps: [{ ...config.apps[0]!, ...change }],
});

for (const version of logtoVersions) {
  test.describe(`preflight against the local tenant (Logto ${version})`, () => {
    const profile = { logtoVersion: version };
    test('the default tenant passes every check and yields the Naver client id and callback URL', async ({ startTenant }) => {
      const tenant = await startTenant(undefined, profile);
      const { results, byId } = await preflight(tenant);
      expect(results.filter((result) => result.status !== 'pass')).toEqual([]);
      // The version check names the family this profile belongs to, and passes in either.
      expect(byId['endpoint.version'].details?.['versionFamily']).toBe(expectedVersionFamily(version));
      expect(byId['naver.connector'].details).toEqual({ connectorId: LOCAL_NAVER_CONNECTOR.id });
      expect(byId['naver.client-id'].details?.['clientId']).toBe(LOCAL_NAVER_CONNECTOR.clientId);
      expect(byId['naver.callback-url'].details?.['callbackUrl']).toBe(`${tenant.endpoint}/callback/${LOCAL_NAVER_CONNECTOR.id}`);
      // The authorize URL points at the tenant's Naver (the mock here), with the query the connector builds.
      const authorize = new URL(byId['naver.client-id'].details?.['authorizeUrl'] ?? '');
      expect(authorize.origin).toBe(tenant.naverMockOrigin);
      expect(authorize.searchParams.get('response_type')).toBe('code');
      // Nothing held the connector's client_id against the reader's: the connector's step is not proven.
      expect(byId['naver.client-id'].reason.key).toBe('naverClientIdNotCompared');
      expect(verifiedStepsFromChecks(results)).toEqual(['prerequisites', 'create-logto-app', 'integrate-sdk', 'enable-in-sign-in-experience']);
    });

    test('with the Naver app’s Client ID, the client-id check proves the connector’s step, or names it', async ({ startTenant }) => {
      const tenant = await startTenant(undefined, profile);
      const right = await preflight(tenant, { expectedNaverClientId: LOCAL_NAVER_CONNECTOR.clientId });
      expect(right.byId['naver.client-id']).toMatchObject({ status: 'pass', reason: { key: 'naverClientIdOk' } });
      expect(verifiedStepsFromChecks(right.results)).toContain('configure-connector');

      const typed = `${LOCAL_NAVER_CONNECTOR.clientId.slice(0, -1)}x`;
      const wrong = await preflight(tenant, { expectedNaverClientId: typed });
      expect(wrong.statuses).toEqual(allPassExcept({ 'naver.client-id': 'fail', 'naver.account-callback': reminderStatus(wrong.byId) }));
      expect(wrong.byId['naver.client-id']).toMatchObject({
        cause: 'naver_client_id_mismatch',
        stepId: 'configure-connector',
        reason: { key: 'naverClientIdMismatch', params: { actual: LOCAL_NAVER_CONNECTOR.clientId, expected: typed } },
      });
      expect(verifiedStepsFromChecks(wrong.results)).not.toContain('configure-connector');
    });

    test('a wrong secret fails the credentials check, told apart from an unknown App ID', async ({ startTenant }) => {
      const tenant = await startTenant(undefined, profile);
      const wrong = await preflight(tenant, { appSecret: 'A'.repeat(32) });
      expect(wrong.statuses).toEqual(allPassExcept({ 'app.credentials': 'fail' }));
      expect(wrong.byId['app.credentials']).toMatchObject({ stepId: 'integrate-sdk', reason: { key: 'credentialsWrongSecret' } });

      const unknown = await preflight(tenant, { appId: 'aaaaaaaaaaaaaaaaaaaaa' });
      expect(unknown.byId['app.credentials'].reason.key).toBe('credentialsUnknownAppId');
      expect(unknown.byId['app.redirect-uri'].reason).toEqual({ key: 'blocked', params: { by: 'app.credentials' } });
      expect(unknown.byId['naver.connector'].status).toBe('pass');
    });

    test('an unregistered redirect URI fails its check; the Naver URL checks that need it are blocked', async ({ startTenant }) => {
      const tenant = await startTenant(withApp({ redirectUris: ['http://localhost:9/elsewhere'] }), profile);
      const { statuses, byId } = await preflight(tenant);
      expect(statuses).toEqual(allPassExcept({ 'app.redirect-uri': 'fail', 'naver.client-id': 'skip', 'naver.callback-url': 'skip' }));
      expect(byId['app.redirect-uri']).toMatchObject({
        stepId: 'integrate-sdk',
        reason: { key: 'redirectUriNotRegistered', params: { uri: `${testSiteOrigin}/playground/callback` } },
      });
    });

    test('an unregistered post sign-out URI fails only its check', async ({ startTenant }) => {
      const tenant = await startTenant(withApp({ postLogoutRedirectUris: [] }), profile);
      const { statuses, byId } = await preflight(tenant);
      expect(statuses).toEqual(allPassExcept({ 'app.post-sign-out-uri': 'fail' }));
      expect(byId['app.post-sign-out-uri'].reason).toEqual({
        key: 'postSignOutUriNotRegistered',
        params: { uri: `${testSiteOrigin}/playground/signed-out` },
      });
    });

    test('an SPA app fails the app type check', async ({ startTenant }) => {
      const tenant = await startTenant(withApp({ type: 'SPA' }), profile);
      const { statuses, byId } = await preflight(tenant);
      expect(statuses).toEqual(allPassExcept({ 'app.type': 'fail', 'app.credentials': 'skip' }));
      expect(byId['app.type']).toMatchObject({ stepId: 'create-logto-app', reason: { key: 'appTypePublic' } });
    });

    test('a missing Naver connector fails the connector check', async ({ startTenant }) => {
      const tenant = await startTenant((config) => ({ ...config, connectors: [] }), profile);
      const { statuses, byId } = await preflight(tenant);
      expect(statuses).toEqual(allPassExcept({ 'naver.connector': 'fail', 'naver.client-id': 'skip', 'naver.callback-url': 'skip', 'naver.account-callback': 'skip' }));
      expect(byId['naver.connector']).toMatchObject({ stepId: 'add-naver-connector', reason: { key: 'naverConnectorNotEnabled' } });
    });

    test('a Naver connector not enabled in the sign-in experience fails the connector check', async ({ startTenant }) => {
      const disabled = (config: TenantConfig) => ({
        ...config,
        connectors: config.connectors.map((connector) => ({ ...connector, enabledInSignInExperience: false })),
      });
      const tenant = await startTenant(disabled, profile);
      const { statuses, byId } = await preflight(tenant);
      expect(statuses).toEqual(allPassExcept({ 'naver.connector': 'fail', 'naver.client-id': 'skip', 'naver.callback-url': 'skip', 'naver.account-callback': 'skip' }));
      expect(byId['naver.connector'].reason).toEqual({ key: 'naverConnectorNotEnabled', params: { target: 'naver', enabled: '-' } });
    });

    test('a Naver connector with another client id fails only when a client id is expected', async ({ startTenant }) => {
      const otherClient = (config: TenantConfig) => ({
        ...config,
        connectors: config.connectors.map((connector) => ({ ...connector, clientId: 'SomeOtherNaverClient' })),
      });
      const tenant = await startTenant(otherClient, profile);
      const unexpected = await preflight(tenant);
      expect(unexpected.byId['naver.client-id'].reason.params).toEqual({ clientId: 'SomeOtherNaverClient' });
      const expected = await preflight(tenant, { expectedNaverClientId: LOCAL_NAVER_CONNECTOR.clientId });
      expect(expected.statuses).toEqual(allPassExcept({ 'naver.client-id': 'fail', 'naver.account-callback': reminderStatus(expected.byId) }));
    });

    test('an unreachable endpoint fails discovery and every other check says it was not checked', async ({ startTenant }) => {
      // A tenant that has just been closed: its port refuses connections.
      const tenant = await startTenant(undefined, profile);
      await tenant.close();
      const closed = tenant.endpoint;
      const { results, byId } = await preflight({ endpoint: closed });
      expect(byId['endpoint.discovery']).toMatchObject({ status: 'fail', reason: { key: 'discoveryUnreachable' } });
      for (const result of results.slice(1)) expect(result.reason.key, result.id).toBe('blocked');
    });

    test('in PUBLIC mode a loopback tenant is refused with its own reason', async ({ startTenant }) => {
      const tenant = await startTenant(undefined, profile);
      const results = await runPreflight(
        { endpoint: tenant.endpoint, appId: LOCAL_DEMO_APP.id, appSecret: LOCAL_DEMO_APP.secret, ...playgroundUris(testSiteOrigin), target: 'naver' },
        { fetch: createSafeFetch({ mode: 'PUBLIC', timeoutMs: 5000 }) },
      );
      expect(results[0]).toMatchObject({ status: 'fail', reason: { key: 'discoveryBlockedAddress' } });
      expect(results.slice(1).every((result) => result.reason.key === 'blocked')).toBe(true);
    });
  });
}
