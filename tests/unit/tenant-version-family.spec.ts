import { expect, test } from '@playwright/test';
import { runPreflight } from '../../src/preflight/run-preflight.ts';
import { settled } from '../../src/preflight/check-definitions.ts';
import { jsonReport } from '../../src/preflight/cli/table.ts';
import type { CheckResult, PreflightInput } from '../../src/preflight/types.ts';
import {
  detectVersionFamily,
  formatSignals,
  parseSignals,
  signalsOf,
  verdictOf,
  versionSignals,
  type VersionObservations,
} from '../../src/tenant/version-family.ts';
import type { PlaygroundResult } from '../../src/playground/result/result.ts';
import { buildSupportBundle } from '../../src/playground/support/support-bundle.ts';
import { tenantVersionOf } from '../../src/playground/tenant-version.ts';
import { FAKE_SITE, fakeConnector, fakeTenant, recordedShapes, recordedVersions, type FakeTenantOptions, type RecordedVersion, fakePreflightInput } from '../support/preflight-fake-tenant.ts';

/**
 * Which Logto a tenant runs, told from what the two recorded real Logtos answered (v1.37.1 and v1.42.0
 * in ../shared/reference), and never a failure for a version the records don't know.
 */

/** What a real Logto of that version showed, as the records have it (RFC 8414: 200 on 1.42, none on 1.37). */
function recordedObservations(version: RecordedVersion): VersionObservations {
  const shapes = recordedShapes(version);
  return {
    discovery: shapes.discovery.body,
    authorizationServerMetadata: version === '1.42' ? { status: 200, isJsonObject: true } : { status: 404, isJsonObject: true },
    jwksCacheControl: shapes.jwks.headers['cache-control'] ?? null,
    idTokenHeader: shapes.signIn.idToken.header,
  };
}

const expectedFamily = { '1.37': '1.41-or-earlier', '1.42': '1.42-or-later' } as const satisfies Record<RecordedVersion, string>;
const versions = Object.keys(recordedVersions) as RecordedVersion[];

test.describe('the version family from the records', () => {
  for (const version of versions) {
    test(`v${version}'s recorded answers read as ${expectedFamily[version]}, every signal agreeing`, () => {
      const verdict = detectVersionFamily(recordedObservations(version));
      expect(verdict.family).toBe(expectedFamily[version]);
      expect(verdict.signals.length).toBeGreaterThanOrEqual(5);
      for (const signal of verdict.signals) expect(versionSignals[signal], signal).toBe(expectedFamily[version]);
    });

    test(`v${version}: each source alone points the same way (discovery, JWKS header, ID token header)`, () => {
      const seen = recordedObservations(version);
      for (const part of [{ discovery: seen.discovery }, { jwksCacheControl: seen.jwksCacheControl }, { idTokenHeader: seen.idTokenHeader }]) {
        expect(detectVersionFamily(part).family, Object.keys(part)[0]).toBe(expectedFamily[version]);
      }
    });
  }

  test('the device endpoint proves only 1.38 or later: present, it is no signal; absent, it points at 1.41 or earlier', () => {
    const v142 = recordedShapes('1.42').discovery.body;
    const v137 = recordedShapes('1.37').discovery.body;
    expect(signalsOf({ discovery: v142 })).not.toContain('device_authorization_endpoint absent');
    expect(signalsOf({ discovery: v137 })).toContain('device_authorization_endpoint absent');
    // A 1.38–1.41 tenant: the device endpoint, but oidc-provider v8's keys.
    const between = { ...v137, device_authorization_endpoint: 'http://t/oidc/device/auth' };
    expect(detectVersionFamily({ discovery: between }).family).toBe('1.41-or-earlier');
  });

  test('signals that disagree, or none at all, read as unknown (and keep both sides)', () => {
    const mixed = { ...recordedObservations('1.42'), idTokenHeader: recordedShapes('1.37').signIn.idToken.header };
    const verdict = detectVersionFamily(mixed);
    expect(verdict.family).toBe('unknown');
    expect(verdict.signals).toContain('ID token typ JWT');
    expect(verdict.signals).toContain('oauth-authorization-server 200');
    expect(detectVersionFamily({}).family).toBe('unknown');
    // An RFC 8414 answer that is neither a JSON document nor a 404 proves nothing.
    expect(signalsOf({ authorizationServerMetadata: { status: 200, isJsonObject: false } })).toEqual([]);
    expect(signalsOf({ authorizationServerMetadata: { status: 500, isJsonObject: true } })).toEqual([]);
  });

  test('a newer tenant with keys no record has still reads as 1.42 or later', () => {
    const newer = { ...recordedObservations('1.42') };
    newer.discovery = { ...newer.discovery, future_endpoint: 'http://t/oidc/future', dpop_signing_alg_values_supported: ['ES256'] };
    expect(detectVersionFamily(newer).family).toBe('1.42-or-later');
  });

  test('signals survive being stored as text; unknown text is dropped', () => {
    const { signals } = detectVersionFamily(recordedObservations('1.42'));
    expect(parseSignals(formatSignals(signals))).toEqual(signals);
    expect(parseSignals('ID token without typ; not a signal;')).toEqual(['ID token without typ']);
    expect(verdictOf(parseSignals('ID token typ JWT; ID token typ JWT')).signals).toEqual(['ID token typ JWT']);
  });
});


async function run(options: FakeTenantOptions, overrides: Partial<PreflightInput> = {}) {
  const tenant = await fakeTenant(options);
  const results = await runPreflight(fakePreflightInput(tenant.endpoint, overrides), { fetch: tenant.fetch });
  const byId = new Map(results.map((result) => [result.id, result]));
  return { results, tenant, get: (id: CheckResult['id']) => byId.get(id)! };
}

test.describe('the preflight names the version and reminds of both Callback URLs', () => {
  for (const version of versions) {
    test(`against recorded v${version} answers every check passes and endpoint.version names ${expectedFamily[version]}`, async () => {
      const { results, get, tenant } = await run({ recorded: version });
      expect(results.filter((result) => result.status !== 'pass')).toEqual([]);
      expect(get('endpoint.version').details?.['versionFamily']).toBe(expectedFamily[version]);
      expect(get('endpoint.version').stepId).toBe('prerequisites');
      // Asked once per run, past any cache.
      const metadata = tenant.requests.filter((request) => request.url.endsWith('/oidc/.well-known/oauth-authorization-server'));
      expect(metadata).toHaveLength(1);
      expect(tenant.requests.filter((request) => request.url.endsWith('/oidc/jwks'))).toHaveLength(1);
    });
  }

  test('1.42 with the reader’s Naver Client ID: a warning naming both exact URIs, pointing at the Naver step', async () => {
    const { get, tenant } = await run({ recorded: '1.42' }, { expectedNaverClientId: fakeConnector.clientId });
    const reminder = get('naver.account-callback');
    expect(reminder.status).toBe('warn');
    expect(reminder.reason.key).toBe('naverAccountCallbackReminder');
    expect(reminder.stepId).toBe('register-naver-app');
    expect(reminder.details).toEqual({
      callbackUrl: `${tenant.endpoint}/callback/${fakeConnector.id}`,
      accountCallbackUrl: `${tenant.endpoint}/account/callback/social/${fakeConnector.id}`,
    });
    // The sign-in callback it names is the one Logto really sends to Naver.
    expect(get('naver.callback-url').details?.['callbackUrl']).toBe(reminder.details?.['callbackUrl']);
  });

  test('a reminder’s warning settles a run (exit code 0, ok in JSON); any other warning does not', async () => {
    const { results } = await run({ recorded: '1.42' }, { expectedNaverClientId: fakeConnector.clientId });
    expect(results.filter((result) => result.status !== 'pass').map((result) => result.id)).toEqual(['naver.account-callback']);
    expect(results.every(settled)).toBe(true);
    expect(jsonReport(results, { endpoint: 'http://t', appId: 'a', siteOrigin: FAKE_SITE, lang: 'en', exitCode: 0 }).ok).toBe(true);
    const signInOnly = await run({ recorded: '1.42', signInMode: 'SignIn' });
    expect(signInOnly.get('naver.connector').status).toBe('warn');
    expect(settled(signInOnly.get('naver.connector'))).toBe(false);
  });

  test('1.37 with the Client ID: one URI, a pass; an unknown version with it: a warning that says “if your Console lists it”', async () => {
    const older = await run({ recorded: '1.37' }, { expectedNaverClientId: fakeConnector.clientId });
    expect(older.get('naver.account-callback')).toMatchObject({ status: 'pass', reason: { key: 'naverAccountCallbackOneUri' } });
    expect(older.get('naver.account-callback').details).not.toHaveProperty('accountCallbackUrl');
    const unknown = await run({}, { expectedNaverClientId: fakeConnector.clientId });
    expect(unknown.get('endpoint.version')).toMatchObject({ status: 'pass', reason: { key: 'versionUnknown' } });
    expect(unknown.get('naver.account-callback')).toMatchObject({ status: 'warn', reason: { key: 'naverAccountCallbackReminderIfListed' } });
  });

  test('a tenant newer than the records (extra discovery keys) fails nothing and still reads as 1.42 or later', async () => {
    const { results, get } = await run({ recorded: '1.42', extraDiscovery: { future_endpoint: 'http://tenant.test/oidc/future', mtls_endpoint_aliases: {} } });
    expect(results.filter((result) => result.status === 'fail' || result.status === 'skip')).toEqual([]);
    expect(get('endpoint.version').details?.['versionFamily']).toBe('1.42-or-later');
  });
});

test.describe('the panel’s version: the last checks and the last ID token together', () => {
  const signedIn = (typ: string | null | undefined): PlaygroundResult => ({
    signedInAt: 0,
    idToken: { alg: 'ES384', ...(typ === undefined ? {} : { typ }), claims: {}, expectedIssuer: 'http://t/oidc', expectedAudience: 'app' },
    otherIdentities: [],
    tokens: [],
  });

  test('an ID token alone names the family by its header; one kept from before typ was stored names none', () => {
    expect(tenantVersionOf({ result: signedIn(null) }).family).toBe('1.42-or-later');
    expect(tenantVersionOf({ result: signedIn('JWT') }).family).toBe('1.41-or-earlier');
    expect(tenantVersionOf({ result: signedIn(undefined) }).family).toBe('unknown');
    expect(tenantVersionOf({}).family).toBe('unknown');
  });

  test('the checks’ stored signals and a disagreeing ID token read as unknown; the bundle names the family and its signals', async () => {
    const { results } = await run({ recorded: '1.42' });
    expect(tenantVersionOf({ preflight: results }).family).toBe('1.42-or-later');
    expect(tenantVersionOf({ preflight: results, result: signedIn(null) }).family).toBe('1.42-or-later');
    const mixed = tenantVersionOf({ preflight: results, result: signedIn('JWT') });
    expect(mixed.family).toBe('unknown');
    const bundle = buildSupportBundle({
      lang: 'en',
      generatedAt: 0,
      versions: { site: '0', logtoNode: '0', node: '0' },
      mode: 'LOCAL',
      siteOrigin: 'http://site',
      settings: { endpoint: 'http://t', appId: 'app', directSignInTarget: 'naver', interactionMode: 'signIn', scopes: [] },
      tenantVersion: tenantVersionOf({ preflight: results }),
    });
    expect(bundle).toContain(`tenant's logto version: Logto 1.42 or later (oauth-authorization-server 200;`);
    expect(bundle).toContain('JWKS cache-control no-cache');
  });
});
