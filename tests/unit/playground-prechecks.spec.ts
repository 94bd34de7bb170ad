import { expect, test } from '@playwright/test';
import { precheckSignIn } from '../../src/playground/flow/prechecks.ts';
import type { Settings } from '../../src/tenant/settings.ts';
import { TraceRecorder } from '../../src/playground/trace/trace.ts';
import { createTracedFetch } from '../../src/playground/trace/traced-fetch.ts';
import { playgroundUris } from '../../src/tenant/redirect-uris.ts';
import { FAKE_ENDPOINT, FAKE_SITE, fakeApp, fakeConnector, fakeTenant, type FakeTenantOptions } from '../support/preflight-fake-tenant.ts';

/**
 * Pre-sign-in checks against the preflight's scripted tenant, for what the local tenant can't be
 * configured into: a tenant whose clock is off, or that names another issuer.
 */

const settings: Settings = {
  endpoint: FAKE_ENDPOINT,
  appId: fakeApp.id,
  appSecret: fakeApp.secret,
  directSignInTarget: 'naver',
  interactionMode: 'signIn',
  scopes: ['email', 'identities'],
};

async function run(options: FakeTenantOptions & { clockOffsetSeconds?: number } = {}) {
  const tenant = await fakeTenant(options);
  // Every answer carries the tenant's clock, as real servers' Date headers do.
  const withClock = (async (input: string | URL | Request, init?: RequestInit) => {
    const response = await tenant.fetch(String(input), init);
    const headers = new Headers(response.headers);
    headers.set('date', new Date(Date.now() + (options.clockOffsetSeconds ?? 0) * 1000).toUTCString());
    return new Response(response.body, { status: response.status, headers });
  }) as typeof fetch;
  const recorder = new TraceRecorder();
  const result = await precheckSignIn({ settings, ...playgroundUris(FAKE_SITE) }, createTracedFetch(withClock, recorder, { probe: true }));
  return { result, recorder };
}

test('a healthy tenant passes, yields the connector id, and every probe is in the trace', async () => {
  const { result, recorder } = await run();
  expect(result.blocking).toBeUndefined();
  expect(result.warnings).toEqual([]);
  expect(result.connectorId).toBe(fakeConnector.id);
  expect(new Set(recorder.hops.map((hop) => hop.kind))).toEqual(
    new Set(['discovery', 'probe-jwks', 'sign-in-exp', 'probe-token', 'probe-authorize', 'probe-end-session']),
  );
});

test('a tenant clock 10 minutes off → clock_skew, before the reader is sent anywhere', async () => {
  const { result } = await run({ clockOffsetSeconds: 600 });
  expect(result.blocking?.code).toBe('clock_skew');
  expect(Number(result.blocking?.params['seconds'])).toBeGreaterThanOrEqual(590);
});

test('a small clock difference is fine', async () => {
  expect((await run({ clockOffsetSeconds: 30 })).result.blocking).toBeUndefined();
});

test('another issuer → issuer_mismatch with both values', async () => {
  const { result } = await run({ issuer: 'https://custom.example/oidc' });
  expect(result.blocking).toEqual({ code: 'issuer_mismatch', params: { expected: `${FAKE_ENDPOINT}/oidc`, actual: 'https://custom.example/oidc' } });
});

test('an unregistered post sign-out URI is a warning, not a blocker', async () => {
  const { result } = await run({ apps: [{ ...fakeApp, postLogoutRedirectUris: [] }] });
  expect(result.blocking).toBeUndefined();
  expect(result.warnings.map((w) => w.code)).toEqual(['post_sign_out_uri_not_registered']);
});

test('a tenant that is down → endpoint_unreachable', async () => {
  expect((await run({ down: true })).result.blocking?.code).toBe('endpoint_unreachable');
});

test('sign-in mode "sign in only" is a warning before sign-in (existing users still get in), not a blocker', async () => {
  const { result } = await run({ signInMode: 'SignIn' });
  expect(result.blocking).toBeUndefined();
  expect(result.warnings.map((w) => w.code)).toEqual(['sign_in_only']);
  expect(result.connectorId).toBe(fakeConnector.id);
});

test('the JWKS is read before the reader leaves, and a JWKS with no usable key blocks with id_token_signature', async () => {
  const { result, recorder } = await run({ jwksKeys: [{ kty: 'oct', k: 'c2VjcmV0', alg: 'HS256' }] });
  expect(recorder.hops.some((hop) => hop.kind === 'probe-jwks')).toBe(true);
  expect(result.blocking?.code).toBe('id_token_signature');
});

test('a machine-to-machine app, refused as real Logto refuses it (invalid_request "requested grant type…") → app_type_m2m', async () => {
  const { result } = await run({ apps: [{ ...fakeApp, type: 'M2M', redirectUris: [] }] });
  expect(result.blocking?.code).toBe('app_type_m2m');
});

test.describe('with the reader’s Naver Client ID', () => {
  async function signInWith(naverClientId: string) {
    const tenant = await fakeTenant();
    return precheckSignIn({ settings: { ...settings, naverClientId }, ...playgroundUris(FAKE_SITE) }, tenant.fetch);
  }

  test('a connector with another Client ID stops the sign-in before Naver, naming the connector’s settings', async () => {
    const result = await signInWith('SLFjG9pLzJRr88z5PPil');
    expect(result.blocking).toEqual({
      code: 'naver_client_id_mismatch',
      params: { actual: fakeConnector.clientId, expected: 'SLFjG9pLzJRr88z5PPil' },
    });
  });

  test('the same Client ID lets the sign-in go on', async () => {
    const result = await signInWith(fakeConnector.clientId);
    expect(result.blocking).toBeUndefined();
    expect(result.connectorId).toBe(fakeConnector.id);
  });
});
