import { parseTenantEnv, TenantEnvError } from '../../src/local-tenant/config/tenant-env.ts';
import { expect, test } from '../support/fixtures.ts';

const secret = 'unit-test-tenant-secret-0123456789abcdef';
const origins = { TENANT_ORIGIN: 'https://sandbox.example.com', NAVER_MOCK_ORIGIN: 'https://naver.sandbox.example.com' };

function refusal(env: Record<string, string>): string {
  try {
    parseTenantEnv(env);
  } catch (error) {
    if (error instanceof TenantEnvError) return error.message;
    throw error;
  }
  throw new Error('no refusal');
}

test('unset, it is what npm start has always run: loopback, LOCAL, memory, no limit, users for 14 days', () => {
  const env = parseTenantEnv({});
  expect(env).toMatchObject({
    host: 'localhost',
    publicSandbox: false,
    tenantOrigin: undefined,
    naverMockOrigin: undefined,
    tenantSecret: undefined,
    redisUrl: undefined,
    trustProxyHops: 0,
    rateLimit: undefined,
    userTtlSeconds: 14 * 24 * 3600,
  });
  expect(env.ports).toEqual({ site: 4321, tenant: 3001, naverMock: 3002 });
});

test('public by TENANT_ORIGIN, PLAYGROUND_MODE=PUBLIC or a public bind: TENANT_SECRET first, then both origins, each named', () => {
  expect(refusal({ TENANT_ORIGIN: origins.TENANT_ORIGIN })).toMatch(/^TENANT_SECRET is required: TENANT_ORIGIN is set/);
  expect(refusal({ PLAYGROUND_MODE: 'PUBLIC' })).toMatch(/^TENANT_SECRET is required: PLAYGROUND_MODE=PUBLIC/);
  expect(refusal({ HOST: '0.0.0.0' })).toMatch(/^TENANT_SECRET is required: HOST=0\.0\.0\.0 is not a loopback address/);
  expect(refusal({ HOST: '::', TENANT_SECRET: secret })).toMatch(/^TENANT_ORIGIN is required/);
  expect(refusal({ TENANT_SECRET: secret, TENANT_ORIGIN: origins.TENANT_ORIGIN })).toMatch(/^NAVER_MOCK_ORIGIN is required/);
  expect(refusal({ TENANT_SECRET: 'short', ...origins })).toBe('TENANT_SECRET: TENANT_SECRET must be at least 32 characters');
  // Loopback binds stay LOCAL, in every spelling.
  for (const HOST of ['127.0.0.1', '::1', 'localhost']) expect(parseTenantEnv({ HOST }).publicSandbox).toBe(false);
});

test('a public sandbox: a day per user, the default rate limit, TRUST_PROXY as on the site', () => {
  const env = parseTenantEnv({ TENANT_SECRET: secret, ...origins, TRUST_PROXY: 'true', REDIS_URL: 'redis://127.0.0.1:6379' });
  expect(env.publicSandbox).toBe(true);
  expect(env.tenantOrigin?.origin).toBe('https://sandbox.example.com');
  expect(env.userTtlSeconds).toBe(24 * 3600);
  expect(env.trustProxyHops).toBe(1);
  expect(env.rateLimit?.points).toBeGreaterThan(0);
  expect(env.redisUrl).toBe('redis://127.0.0.1:6379');
});

test('bad values are refused in one line naming the variable', () => {
  expect(refusal({ TENANT_ORIGIN: 'https://sandbox.example.com/path' })).toMatch(/^TENANT_ORIGIN: .*without a path/);
  expect(refusal({ NAVER_MOCK_CONNECT: 'no-port' })).toMatch(/^NAVER_MOCK_CONNECT: .*host:port/);
  expect(refusal({ TRUST_PROXY: 'maybe' })).toMatch(/^TRUST_PROXY: /);
  expect(refusal({ REDIS_URL: 'http://x' })).toMatch(/^REDIS_URL: /);
  expect(refusal({ SANDBOX_MAX_USERS: '0' })).toMatch(/^SANDBOX_MAX_USERS: /);
  expect(parseTenantEnv({ NAVER_MOCK_CONNECT: '[::1]:3002' }).naverMockConnect).toEqual({ host: '::1', port: 3002 });
});

test('LOGTO_VERSION: parsed with the rest, unset or blank leaves the config its own; a version the tenant does not play is one line', () => {
  expect(parseTenantEnv({}).logtoVersion).toBeUndefined();
  expect(parseTenantEnv({ LOGTO_VERSION: '  ' }).logtoVersion).toBeUndefined();
  expect(parseTenantEnv({ LOGTO_VERSION: '1.37' }).logtoVersion).toBe('1.37');
  expect(parseTenantEnv({ LOGTO_VERSION: ' 1.42 ' }).logtoVersion).toBe('1.42');
  expect(refusal({ LOGTO_VERSION: '2.0' })).toBe('LOGTO_VERSION=2.0 is not a version this tenant plays (1.42, 1.37).');
});

test('SANDBOX_TRUSTED_CLIENTS: CIDR ranges and single addresses, IPv4-mapped clients as their IPv4; unset trusts nobody; a bad entry is one line naming it', () => {
  const trusted = parseTenantEnv({ SANDBOX_TRUSTED_CLIENTS: '127.0.0.1, 10.0.0.0/8 ,fd00::/8' }).trustedClients;
  expect(['127.0.0.1', '::ffff:127.0.0.1', '10.9.8.7', 'fd00::1'].map(trusted)).toEqual([true, true, true, true]);
  expect(['127.0.0.2', '11.0.0.1', 'fe80::1', undefined, 'not-an-address'].map(trusted)).toEqual([false, false, false, false, false]);
  expect(parseTenantEnv({}).trustedClients('127.0.0.1')).toBe(false);
  expect(refusal({ SANDBOX_TRUSTED_CLIENTS: '127.0.0.1,10.0.0.0/33' })).toBe(
    'SANDBOX_TRUSTED_CLIENTS: 10.0.0.0/33 is not an IP address or CIDR range (such as 127.0.0.1/32 or 10.0.0.0/8)',
  );
});
