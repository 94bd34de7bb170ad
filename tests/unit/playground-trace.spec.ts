import { expect, test } from '@playwright/test';
import { seal, unseal, MAX_SEALED_COOKIE_CHARS, CookieTooLargeError } from '../../src/playground/state/sealed-cookie.ts';
import { compactTrace, hopKindForPath, traceSchema, TraceRecorder, type Hop } from '../../src/playground/trace/trace.ts';
import { serverClockOffsetSeconds } from '../../src/tenant/clock.ts';
import { createTracedFetch } from '../../src/playground/trace/traced-fetch.ts';
import { createCachedFetch, isDiscoveryOrJwks } from '../../src/lib/cached-fetch.ts';

function clock(start = 1000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

test('TraceRecorder times each step and records failures without swallowing them', async () => {
  const time = clock();
  const recorder = new TraceRecorder(time.now);
  await recorder.time('userinfo', async () => time.advance(25), () => ({ ok: 'yes' }));
  await expect(
    recorder.time('token-exchange', async () => {
      time.advance(5);
      throw new Error('no');
    }),
  ).rejects.toThrow('no');
  expect(recorder.hops).toEqual([
    { kind: 'userinfo', at: 1000, ms: 25, outcome: 'ok', details: { ok: 'yes' } },
    { kind: 'token-exchange', at: 1025, ms: 5, outcome: 'fail', details: {} },
  ]);
});

test('hop kinds follow Logto’s fixed paths', () => {
  expect(hopKindForPath('/oidc/.well-known/openid-configuration')).toBe('discovery');
  expect(hopKindForPath('/oidc/token')).toBe('token-exchange');
  expect(hopKindForPath('/oidc/token/revocation')).toBe('revocation');
  expect(hopKindForPath('/oidc/me')).toBe('userinfo');
  expect(hopKindForPath('/oidc/jwks')).toBe('jwks');
  expect(hopKindForPath('/api/.well-known/sign-in-exp')).toBe('sign-in-exp');
  expect(hopKindForPath('/elsewhere')).toBe('request');
});

test('the traced fetch records status, timing, the OAuth error and redacted form fields — never the code or secret', async () => {
  const time = clock();
  const recorder = new TraceRecorder(time.now);
  const secret = 'TheAppSecret0123456789abcdefABCD';
  const fake = (async () => {
    time.advance(12);
    return new Response(JSON.stringify({ error: 'invalid_client', error_description: `bad ${secret}` }), {
      status: 401,
      headers: { 'content-type': 'application/json', date: new Date(time.now() + 600_000).toUTCString() },
    });
  }) as unknown as typeof fetch;
  const traced = createTracedFetch(fake, recorder, { secrets: [secret] });
  const response = await traced('https://t.example/oidc/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', code: 'abc-the-code', code_verifier: 'v'.repeat(43) }),
  });
  expect(response.status).toBe(401);
  const [hop] = recorder.hops;
  expect(hop).toMatchObject({ kind: 'token-exchange', status: 401, ms: 12, outcome: 'fail', method: 'POST', url: '/oidc/token' });
  expect(hop?.details['error']).toBe('invalid_client');
  expect(hop?.details['sent.code']).toBe('<redacted 12 chars>');
  expect(Number(hop?.details['serverClockOffsetSeconds'])).toBeGreaterThanOrEqual(599);
  expect(JSON.stringify(recorder.hops)).not.toContain(secret);
  expect(JSON.stringify(recorder.hops)).not.toContain('abc-the-code');
});

test('a probe’s error answer is a finding, not a failure; a thrown fetch is', async () => {
  const recorder = new TraceRecorder();
  const answer = (async () => new Response('{"error":"invalid_grant"}', { status: 400, headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;
  await createTracedFetch(answer, recorder, { probe: true })('https://t.example/oidc/token', { method: 'POST' });
  const broken = (async () => {
    throw Object.assign(new Error('x'), { kind: 'timeout' });
  }) as unknown as typeof fetch;
  await expect(createTracedFetch(broken, recorder)('https://t.example/oidc/me')).rejects.toThrow();
  expect(recorder.hops.map((hop) => [hop.kind, hop.outcome, hop.details['failure']])).toEqual([
    ['probe-token', 'info', undefined],
    ['userinfo', 'fail', 'timeout'],
  ]);
});

test('a discovery copy from the playground’s cache is traced as cached, with its age and no clock offset', async () => {
  let storedAt = 0;
  // The tenant's clock is right; the copy was stored 400 s ago, so its Date is 400 s old.
  const tenant = (async () =>
    new Response('{}', { status: 200, headers: { date: new Date(Date.now() - 400_000).toUTCString() } })) as typeof fetch;
  const cached = createCachedFetch(tenant, { ttlMs: 3_600_000, cacheable: isDiscoveryOrJwks, now: () => storedAt });
  const url = 'http://tenant.test/oidc/.well-known/openid-configuration';
  await cached(url);
  storedAt = 400_000;
  const recorder = new TraceRecorder();
  await createTracedFetch(cached, recorder)(url);
  const [hop] = recorder.hops;
  expect(hop?.kind).toBe('discovery');
  expect(hop?.details['cachedSeconds']).toBe('400');
  expect(hop?.details['serverClockOffsetSeconds']).toBeUndefined();

  const fresh = new TraceRecorder();
  await createTracedFetch(tenant, fresh)(url);
  expect(Number(fresh.hops[0]?.details['serverClockOffsetSeconds'])).toBeLessThanOrEqual(-399);
});

test('serverClockOffsetSeconds reads the Date header', () => {
  expect(serverClockOffsetSeconds('Thu, 01 Jan 1970 00:10:00 GMT', 0)).toBe(600);
  expect(serverClockOffsetSeconds(null, 0)).toBeUndefined();
  expect(serverClockOffsetSeconds('garbage', 0)).toBeUndefined();
});

test('compactTrace drops passing checks’ details first and keeps failures and timings', () => {
  const hop = (kind: Hop['kind'], outcome: Hop['outcome'], size: number): Hop => ({
    kind, outcome, at: 0, ms: 1, details: { blob: 'x'.repeat(size) },
  });
  const hops = [hop('probe-token', 'info', 150), hop('authorization-request', 'info', 150), hop('token-exchange', 'fail', 150)];
  const compacted = compactTrace(hops, Buffer.byteLength(JSON.stringify(hops)) - 100);
  expect(compacted.map((h) => Object.keys(h.details).length)).toEqual([0, 1, 1]);
  const tiny = compactTrace(hops, 120);
  expect(tiny.length).toBeLessThan(3);
  expect(tiny.at(-1)?.kind).toBe('token-exchange');
  expect(traceSchema.safeParse({ hops: compacted }).success).toBe(true);
});

test('sealed cookies round-trip, refuse other keys and tampering, and stay under the cookie limit', async () => {
  const value = { hops: [{ kind: 'userinfo', at: 1, ms: 2, outcome: 'ok', details: { a: 'b' } }] };
  const sealed = await seal(value, 'key-one');
  expect(sealed).not.toContain('userinfo');
  expect(await unseal(sealed, 'key-one', traceSchema)).toEqual(value);
  expect(await unseal(sealed, 'key-two', traceSchema)).toBeUndefined();
  // Tampered: the first character changed (to another one: a sealed value may well start with "x").
  expect(await unseal(`${sealed.startsWith('x') ? 'y' : 'x'}${sealed.slice(1)}`, 'key-one', traceSchema)).toBeUndefined();
  expect(await unseal(sealed, 'key-one', traceSchema.extend({ t0: traceSchema.shape.hops })) ).toBeUndefined();
  const random = Array.from({ length: 4000 }, () => Math.random().toString(36).slice(2)).join('');
  await expect(seal({ random }, 'key-one')).rejects.toBeInstanceOf(CookieTooLargeError);
  expect(MAX_SEALED_COOKIE_CHARS).toBeLessThan(4096);
});
