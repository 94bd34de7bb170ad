import { expect, test } from '@playwright/test';
import { createCachedFetch, isDiscoveryOrJwks } from '../../src/lib/cached-fetch.ts';
import { runPreflight } from '../../src/preflight/run-preflight.ts';
import type { TenantFetch } from '../../src/tenant/http.ts';
import { fakeTenant, fakePreflightInput } from '../support/preflight-fake-tenant.ts';

/**
 * The preflight judges the tenant as it answers now: behind the playground's discovery and JWKS cache
 * (the one src/playground/config.ts puts in front of the safe fetch), no check passes on a kept answer.
 */


/** The fake tenant behind a switch: stopped, every request is refused as a closed port refuses it. */
async function switchableTenant() {
  const tenant = await fakeTenant();
  let stopped = false;
  let dateShift = 0;
  const fetch: TenantFetch = async (url, init) => {
    if (stopped) throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });
    const response = await tenant.fetch(url, init);
    if (dateShift) response.headers.set('date', new Date(Date.now() + dateShift).toUTCString());
    return response;
  };
  return {
    tenant,
    fetch,
    stop: () => (stopped = true),
    /** Answers from now on carry a `Date` this far from the real time. */
    shiftDate: (ms: number) => (dateShift = ms),
  };
}

/** The playground's cache, with a clock of its own that never moves: whatever it keeps stays fresh to it. */
function playgroundCache(fetch: TenantFetch) {
  return createCachedFetch(fetch as typeof globalThis.fetch, { ttlMs: 60_000, cacheable: isDiscoveryOrJwks, now: () => 0 });
}

test('with the tenant stopped after a run, no check passes on the answers kept from that run', async () => {
  const server = await switchableTenant();
  const fetch = playgroundCache(server.fetch);
  const before = await runPreflight(fakePreflightInput(server.tenant.endpoint), { fetch });
  expect(before.filter((result) => result.status !== 'pass')).toEqual([]);

  server.stop();
  const after = await runPreflight(fakePreflightInput(server.tenant.endpoint), { fetch });
  expect(after.filter((result) => result.status === 'pass').map((result) => result.id)).toEqual([]);
  expect(after.find((result) => result.id === 'endpoint.discovery')).toMatchObject({
    status: 'fail',
    cause: 'endpoint_unreachable',
    reason: { key: 'discoveryUnreachable', params: { error: 'ECONNREFUSED' } },
  });
});

test('the clock check reads the Date of a fresh answer, not of a discovery document kept in the cache', async () => {
  const server = await switchableTenant();
  const fetch = playgroundCache(server.fetch);
  // A sign-in read discovery and the JWKS through the cache when their Date said 400 s ago (beyond the
  // SDK's 300 s), and the cache still holds them.
  server.shiftDate(-400_000);
  const discoveryUrl = `${server.tenant.endpoint}/oidc/.well-known/openid-configuration`;
  const kept = await fetch(discoveryUrl);
  expect(Date.now() - Date.parse(kept.headers.get('date')!)).toBeGreaterThan(399_000);
  expect(await fetch(discoveryUrl).then((response) => response.headers.get('date'))).toBe(kept.headers.get('date'));

  server.shiftDate(0);
  const results = await runPreflight(fakePreflightInput(server.tenant.endpoint), { fetch }, { only: ['endpoint.clock'] });
  const clock = results.find((result) => result.id === 'endpoint.clock');
  expect(clock).toMatchObject({ status: 'pass', reason: { key: 'clockOk' } });
  expect(Math.abs(Number(clock?.reason.params['seconds']))).toBeLessThanOrEqual(2);
});

test('a tenant whose clock really is off is still reported, through the same cache', async () => {
  const server = await switchableTenant();
  server.shiftDate(-400_000);
  const results = await runPreflight(fakePreflightInput(server.tenant.endpoint), { fetch: playgroundCache(server.fetch) }, { only: ['endpoint.clock'] });
  expect(results.find((result) => result.id === 'endpoint.clock')).toMatchObject({ status: 'fail', cause: 'clock_skew' });
});
