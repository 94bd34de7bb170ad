import { buildDefaultTenantConfig } from '../../src/local-tenant/config/default-config.ts';
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
