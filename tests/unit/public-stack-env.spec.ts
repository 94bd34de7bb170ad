/** start:public's environments for its parts (src/launcher/public-stack.ts publicStackEnv). */
import { LaunchError } from '../../src/launcher/launch-error.ts';
import { oneHostTrustedClients, publicStackEnv } from '../../src/launcher/public-stack.ts';
import { parseTenantEnv } from '../../src/local-tenant/config/tenant-env.ts';
import { expect, test } from '../support/fixtures.ts';

const complete: Record<string, string> = {
  SITE_ORIGIN: 'https://guide.example.com',
  COOKIE_SECRET: 'unit-site-cookie-secret-0123456789abcdefgh',
  TENANT_SECRET: 'unit-sandbox-tenant-secret-0123456789abcd',
  NAVER_MOCK_ORIGIN: 'https://naver.sandbox.example.com',
  SANDBOX_ENDPOINT: 'https://sandbox.example.com',
  REDIS_URL: 'redis://127.0.0.1:6390',
};
const ports = { site: 4400, tenant: 4401, naverMock: 4402 };

function refusal(env: Record<string, string>): string {
  try {
    publicStackEnv(env, ports);
  } catch (error) {
    if (error instanceof LaunchError) return error.message;
    throw error;
  }
  return 'not refused';
}

test('TRUST_PROXY: 1 by default on a loopback HOST (behind the proxy on this host), as given otherwise; both parts alike', () => {
  for (const host of [undefined, 'localhost', '127.0.0.1', '::1']) {
    const env = publicStackEnv({ ...complete, ...(host ? { HOST: host } : {}) }, ports);
    expect({ host, site: env.site['TRUST_PROXY'], tenant: env.tenant['TRUST_PROXY'] }).toEqual({ host, site: '1', tenant: '1' });
  }
  const two = publicStackEnv({ ...complete, HOST: '127.0.0.1', TRUST_PROXY: '2' }, ports);
  expect([two.site['TRUST_PROXY'], two.tenant['TRUST_PROXY']]).toEqual(['2', '2']);
  const direct = publicStackEnv({ ...complete, HOST: '0.0.0.0' }, ports);
  expect([direct.site['TRUST_PROXY'], direct.tenant['TRUST_PROXY']]).toEqual([undefined, undefined]);
  expect(publicStackEnv({ ...complete, HOST: '0.0.0.0', TRUST_PROXY: 'false' }, ports).site['TRUST_PROXY']).toBe('false');
});

test('TRUST_PROXY above 0 on a HOST other than loopback is refused in one line (anyone could forge X-Forwarded-For)', () => {
  for (const value of ['1', 'true', '3']) {
    const message = refusal({ ...complete, HOST: '0.0.0.0', TRUST_PROXY: value });
    expect(message).toMatch(new RegExp(`^start:public: TRUST_PROXY=${value} with HOST=0\\.0\\.0\\.0 is refused \\(`));
    expect(message).not.toContain('\n');
    for (const secret of [complete['COOKIE_SECRET']!, complete['TENANT_SECRET']!]) expect(message).not.toContain(secret);
  }
});

test('each part gets only its own secret: the site no TENANT_SECRET, the sandbox no COOKIE_SECRET, the build neither nor REDIS_URL', () => {
  const env = publicStackEnv(complete, ports);
  expect(env.site['COOKIE_SECRET']).toBe(complete['COOKIE_SECRET']);
  expect(env.site['REDIS_URL']).toBe(complete['REDIS_URL']);
  expect(env.site).not.toHaveProperty('TENANT_SECRET');
  expect(env.tenant['TENANT_SECRET']).toBe(complete['TENANT_SECRET']);
  expect(env.tenant['REDIS_URL']).toBe(complete['REDIS_URL']);
  expect(env.tenant).not.toHaveProperty('COOKIE_SECRET');
  for (const name of ['COOKIE_SECRET', 'TENANT_SECRET', 'REDIS_URL']) expect(env.build).not.toHaveProperty(name);
  expect(env.build['SANDBOX_ENDPOINT']).toBe(complete['SANDBOX_ENDPOINT']);
  expect(env.build['PLAYGROUND_MODE']).toBe('PUBLIC');
});

test('the sandbox does not count the site’s egress on this host (loopback) unless SANDBOX_TRUSTED_CLIENTS says otherwise', () => {
  expect(publicStackEnv(complete, ports).tenant['SANDBOX_TRUSTED_CLIENTS']).toBe(oneHostTrustedClients);
  const trusted = parseTenantEnv({ SANDBOX_TRUSTED_CLIENTS: oneHostTrustedClients }).trustedClients;
  expect(['127.0.0.1', '::1', '::ffff:127.0.0.1', '192.0.2.1'].map(trusted)).toEqual([true, true, true, false]);
  const given = publicStackEnv({ ...complete, SANDBOX_TRUSTED_CLIENTS: '10.1.2.3' }, ports);
  expect(given.tenant['SANDBOX_TRUSTED_CLIENTS']).toBe('10.1.2.3');
  expect(given.site).not.toHaveProperty('SANDBOX_TRUSTED_CLIENTS');
});
