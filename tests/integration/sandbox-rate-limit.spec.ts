import { buildDefaultTenantConfig } from '../../src/local-tenant/config/default-config.ts';
import { parseTenantEnv } from '../../src/local-tenant/config/tenant-env.ts';
import { startLocalTenant } from '../../src/local-tenant/server.ts';
import { expect, test } from '../support/fixtures.ts';
import { testSiteOrigin } from '../support/ports.ts';

test('a public sandbox limits its sign-in, sign-up and token endpoints per client, in the reader’s language; other routes are not counted', async ({
  closeAfterTest,
}) => {
  const tenant = closeAfterTest(
    await startLocalTenant({
      siteOrigin: testSiteOrigin,
      config: (origins) => buildDefaultTenantConfig(origins),
      publicSandbox: true,
      secret: 'rate-limit-sandbox-secret-0123456789abcdef',
      trustProxyHops: 1,
      rateLimit: { points: 3, windowSeconds: 600 },
    }),
  );
  const token = (client: string) =>
    fetch(`${tenant.endpoint}/oidc/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': client, 'accept-language': 'ko' },
      body: 'grant_type=client_credentials',
    });
  const statuses = [];
  for (let n = 0; n < 3; n += 1) statuses.push((await token('203.0.113.7')).status);
  expect(statuses.every((status) => status !== 429)).toBe(true);
  const limited = await token('203.0.113.7');
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(((await limited.json()) as { message: string }).message).toContain('샌드박스');
  // The experience API counts against the same budget; another client has its own.
  expect((await fetch(`${tenant.endpoint}/api/experience`, { method: 'PUT', headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(429);
  expect((await token('198.51.100.2')).status).not.toBe(429);
  // Discovery is not counted.
  expect((await fetch(`${tenant.endpoint}/oidc/.well-known/openid-configuration`, { headers: { 'x-forwarded-for': '203.0.113.7' } })).status).toBe(200);
});

test('a public sandbox limits the Naver mock’s authorize, token and profile endpoints per client, on a budget of their own', async ({ closeAfterTest }) => {
  const tenant = closeAfterTest(
    await startLocalTenant({
      siteOrigin: testSiteOrigin,
      config: (origins) => buildDefaultTenantConfig(origins),
      publicSandbox: true,
      secret: 'rate-limit-sandbox-secret-0123456789abcdef',
      trustProxyHops: 1,
      rateLimit: { points: 3, windowSeconds: 600 },
    }),
  );
  const naver = (path: string, client: string, init: RequestInit = {}) =>
    fetch(`${tenant.naverMockOrigin}${path}`, { ...init, headers: { 'x-forwarded-for': client, 'accept-language': 'ja', ...init.headers } });
  const token = (client: string) =>
    naver('/oauth2.0/token', client, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&client_id=nobody&client_secret=x&refresh_token=x',
    });
  // Token, profile and authorize share one budget: three calls, then the fourth is refused.
  const statuses = [
    (await token('203.0.113.9')).status,
    (await naver('/v1/nid/me', '203.0.113.9', { headers: { authorization: 'Bearer nothing' } })).status,
    (await naver('/oauth2.0/authorize?response_type=code&client_id=nobody', '203.0.113.9')).status,
  ];
  expect(statuses.every((status) => status !== 429)).toBe(true);
  const limited = await token('203.0.113.9');
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(((await limited.json()) as { message: string }).message).toContain('サンドボックス');
  const consent = await naver('/oauth2.0/authorize?response_type=code&client_id=nobody', '203.0.113.9');
  expect(consent.status).toBe(429);
  expect(consent.headers.get('content-type')).toContain('text/plain');
  // Another client has its own budget; a route that is not counted is not refused.
  expect((await token('198.51.100.4')).status).not.toBe(429);
  expect((await naver('/not-naver', '203.0.113.9')).status).toBe(404);
  // The mock's budget is not the tenant's: the same client still reaches the tenant's token endpoint.
  const tenantToken = await fetch(`${tenant.endpoint}/oidc/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.9' },
    body: 'grant_type=client_credentials',
  });
  expect(tenantToken.status).not.toBe(429);
});

test('a LOCAL tenant’s Naver mock is not limited', async ({ closeAfterTest }) => {
  const tenant = closeAfterTest(await startLocalTenant({ siteOrigin: testSiteOrigin, config: (origins) => buildDefaultTenantConfig(origins) }));
  const statuses = [];
  for (let n = 0; n < 5; n += 1) statuses.push((await fetch(`${tenant.naverMockOrigin}/v1/nid/me`, { headers: { authorization: 'Bearer nothing' } })).status);
  expect(statuses).not.toContain(429);
  expect(statuses[0]).toBe(statuses[4]);
});

const tokenRequest = (endpoint: string, forwardedFor: string) =>
  fetch(`${endpoint}/oidc/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': forwardedFor },
    body: 'grant_type=client_credentials',
  });

test('SANDBOX_TRUSTED_CLIENTS (the site’s egress address) is never limited past the budget; other clients still are, the experience API too', async ({ closeAfterTest }) => {
  const env = parseTenantEnv({ SANDBOX_TRUSTED_CLIENTS: '127.0.0.1/32, 10.20.0.0/16' });
  const tenant = closeAfterTest(
    await startLocalTenant({
      siteOrigin: testSiteOrigin,
      config: (origins) => buildDefaultTenantConfig(origins),
      publicSandbox: true,
      secret: 'rate-limit-sandbox-secret-0123456789abcdef',
      trustProxyHops: 1,
      rateLimit: { points: 3, windowSeconds: 600 },
      trustedClients: env.trustedClients,
    }),
  );
  const trusted = [];
  for (let n = 0; n < 8; n += 1) trusted.push((await tokenRequest(tenant.endpoint, n % 2 ? '127.0.0.1' : '10.20.3.4')).status);
  expect(trusted).not.toContain(429);
  const untrusted = [];
  for (let n = 0; n < 4; n += 1) untrusted.push((await tokenRequest(tenant.endpoint, '10.21.0.1')).status);
  expect(untrusted.slice(0, 3)).not.toContain(429);
  expect(untrusted[3]).toBe(429);
  expect((await fetch(`${tenant.endpoint}/api/experience`, { method: 'PUT', headers: { 'x-forwarded-for': '10.21.0.1' } })).status).toBe(429);
});

test('without TRUST_PROXY, an X-Forwarded-For claiming a trusted address is the client’s own claim: it is counted', async ({ closeAfterTest }) => {
  const env = parseTenantEnv({ SANDBOX_TRUSTED_CLIENTS: '203.0.113.0/24' });
  const tenant = closeAfterTest(
    await startLocalTenant({
      siteOrigin: testSiteOrigin,
      config: (origins) => buildDefaultTenantConfig(origins),
      publicSandbox: true,
      secret: 'rate-limit-sandbox-secret-0123456789abcdef',
      trustProxyHops: 0,
      rateLimit: { points: 3, windowSeconds: 600 },
      trustedClients: env.trustedClients,
    }),
  );
  const statuses = [];
  for (let n = 0; n < 4; n += 1) statuses.push((await tokenRequest(tenant.endpoint, '203.0.113.5')).status);
  expect(statuses.slice(0, 3)).not.toContain(429);
  expect(statuses[3]).toBe(429);
});
