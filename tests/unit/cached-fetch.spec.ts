import { expect, test } from '@playwright/test';
import { CACHE_HIT_HEADER, createCachedFetch, isDiscoveryOrJwks } from '../../src/lib/cached-fetch.ts';

/** A server that counts requests and answers with a body that changes each time. */
function countingServer(status = 200) {
  const calls: string[] = [];
  const fetch = (async (input: string | URL | Request) => {
    calls.push(String(input));
    return new Response(JSON.stringify({ n: calls.length }), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const discovery = 'http://tenant.test/oidc/.well-known/openid-configuration';
const jwks = 'http://tenant.test/oidc/jwks';

test('discovery and JWKS are fetched once per ttl per URL; the copy says it came from the cache', async () => {
  const server = countingServer();
  const time = clock();
  const fetch = createCachedFetch(server.fetch, { ttlMs: 60_000, cacheable: isDiscoveryOrJwks, now: time.now });
  const first = await fetch(discovery);
  const second = await fetch(discovery, { redirect: 'manual' });
  expect(await first.json()).toEqual({ n: 1 });
  expect(await second.json()).toEqual({ n: 1 });
  expect(first.headers.get(CACHE_HIT_HEADER)).toBeNull();
  expect(second.headers.get(CACHE_HIT_HEADER)).toBe('hit');
  time.advance(42_500);
  expect((await fetch(discovery)).headers.get('age')).toBe('42');
  time.advance(-42_500);
  await fetch(jwks);
  expect(server.calls).toEqual([discovery, jwks]);
  time.advance(60_000);
  expect(await (await fetch(discovery)).json()).toEqual({ n: 3 });
});

test('no-cache refetches and replaces the entry (a JWKS that lacks a new kid)', async () => {
  const server = countingServer();
  const fetch = createCachedFetch(server.fetch, { ttlMs: 60_000, cacheable: isDiscoveryOrJwks });
  await fetch(jwks);
  expect(await (await fetch(jwks, { cache: 'no-cache' })).json()).toEqual({ n: 2 });
  expect(await (await fetch(jwks)).json()).toEqual({ n: 2 });
});

test('a refetch that gets no answer, or not a 200, drops the entry instead of keeping the old copy', async () => {
  let answer: 'ok' | 'refused' | 503 = 'ok';
  const calls: string[] = [];
  const base = (async (input: string | URL | Request) => {
    calls.push(String(input));
    if (answer === 'refused') throw new TypeError('fetch failed');
    return new Response(JSON.stringify({ n: calls.length }), { status: answer === 'ok' ? 200 : answer });
  }) as typeof globalThis.fetch;
  const fetch = createCachedFetch(base, { ttlMs: 60_000, cacheable: isDiscoveryOrJwks });
  await fetch(discovery);
  answer = 'refused';
  await expect(fetch(discovery, { cache: 'no-cache' })).rejects.toThrow('fetch failed');
  await expect(fetch(discovery)).rejects.toThrow('fetch failed');
  answer = 'ok';
  await fetch(jwks);
  answer = 503;
  expect((await fetch(jwks, { cache: 'no-cache' })).status).toBe(503);
  expect((await fetch(jwks)).status).toBe(503);
  expect(calls).toEqual([discovery, discovery, discovery, jwks, jwks, jwks]);
});

test('requests with credentials, other methods, other paths and non-200 answers are never cached', async () => {
  const server = countingServer();
  const fetch = createCachedFetch(server.fetch, { ttlMs: 60_000, cacheable: isDiscoveryOrJwks });
  await fetch(discovery, { headers: { authorization: 'Basic x' } });
  await fetch(discovery, { headers: { authorization: 'Basic x' } });
  await fetch('http://tenant.test/oidc/token', { method: 'POST', body: 'a=b' });
  await fetch('http://tenant.test/api/.well-known/sign-in-exp');
  await fetch('http://tenant.test/api/.well-known/sign-in-exp');
  expect(server.calls).toHaveLength(5);

  const failing = countingServer(503);
  const fetchFailing = createCachedFetch(failing.fetch, { ttlMs: 60_000, cacheable: isDiscoveryOrJwks });
  expect((await fetchFailing(discovery)).status).toBe(503);
  expect((await fetchFailing(discovery)).status).toBe(503);
  expect(failing.calls).toHaveLength(2);
});

test('simultaneous requests for one document share one fetch; the cache keeps at most maxEntries', async () => {
  const server = countingServer();
  const fetch = createCachedFetch(server.fetch, { ttlMs: 60_000, cacheable: isDiscoveryOrJwks, maxEntries: 2 });
  await Promise.all([fetch(discovery), fetch(discovery), fetch(discovery)]);
  expect(server.calls).toHaveLength(1);
  await fetch('http://a.test/oidc/jwks');
  await fetch('http://b.test/oidc/jwks');
  await fetch(discovery); // pushed out by the two newer entries
  expect(server.calls).toHaveLength(4);
});
