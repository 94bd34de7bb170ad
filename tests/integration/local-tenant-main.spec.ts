import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from '../../src/launcher/index.ts';
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { expect, test } from '../support/fixtures.ts';

const mainFile = 'src/local-tenant/main.ts';

// Each test starts main.ts as its own process: on a busy two-core CI machine, with the rest of the suite
// beside it, its start-up (type stripping, oidc-provider) has taken over 15 s, so the wait is generous.
test.describe.configure({ timeout: 90_000 });

/**
 * Until the started tenant's discovery answers 200, each try cut off after 2 s (one request that hangs must not
 * use up the wait). A process that ended instead is reported with what it
 * printed, rather than waited for until the deadline.
 */
function untilDiscoveryAnswers(run: { exited: Promise<unknown>; output(): { stderr: string } }, url: string) {
  let ended = false;
  void run.exited.then(() => (ended = true));
  return expect
    .poll(async () => (ended ? `main.ts ended: ${run.output().stderr.trim()}` : (await fetch(url, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined))?.status), { timeout: 60_000 })
    .toBe(200);
}

test('main.ts refuses a bad TENANT_CONFIG with a readable message and exit code 1', async ({ makeTempDir, spawnNode }) => {
  const dir = await makeTempDir('tenant-main-');
  const file = join(dir, 'tenant.json');
  await writeFile(file, JSON.stringify({ apps: [{ id: 'x' }] }));
  const run = spawnNode([mainFile], {
    ...process.env,
    TENANT_CONFIG: file,
    TENANT_PORT: String(await freePort()),
    NAVER_MOCK_PORT: String(await freePort()),
  });
  expect(await run.exited).toBe(1);
  const { stderr } = run.output();
  expect(stderr).toContain(`The tenant config in ${file} is not valid:`);
  expect(stderr).toContain('apps.0.id: an app id is 21 characters');
  expect(stderr).not.toMatch(/\n\s+at /);
});

test('main.ts serves discovery on TENANT_PORT, logs one line per server without secrets, and stops on SIGTERM', async ({ spawnNode }) => {
  const tenantPort = await freePort();
  const naverPort = await freePort();
  // Stopped after the test even when it fails before the SIGTERM below (a start-up that times out).
  const run = spawnNode([mainFile], {
    ...process.env,
    TENANT_PORT: String(tenantPort),
    NAVER_MOCK_PORT: String(naverPort),
    SITE_ORIGIN: 'http://localhost:4999',
  });
  const endpoint = `http://localhost:${tenantPort}`;
  await untilDiscoveryAnswers(run, `${endpoint}/oidc/.well-known/openid-configuration`);
  const discovery = (await (await fetch(`${endpoint}/oidc/.well-known/openid-configuration`)).json()) as { issuer: string };
  expect(discovery.issuer).toBe(`${endpoint}/oidc`);
  expect((await fetch(`http://localhost:${naverPort}/oauth2.0/authorize`)).status).toBe(400);

  run.child.kill('SIGTERM');
  expect(await run.exited).toBe(0);
  const { stdout, stderr } = run.output();
  expect(stdout.trim().split('\n')).toEqual([
    `Local Logto tenant (answers like Logto 1.42): ${endpoint} (discovery ${endpoint}/oidc/.well-known/openid-configuration)`,
    `Naver mock: http://localhost:${naverPort}`,
  ]);
  for (const secret of [LOCAL_DEMO_APP.secret, LOCAL_NAVER_CONNECTOR.clientSecret]) {
    expect(stdout + stderr).not.toContain(secret);
  }
});

for (const [trigger, env] of [
  ['a HOST other than loopback', { HOST: '0.0.0.0' }],
  ['TENANT_ORIGIN', { TENANT_ORIGIN: 'https://sandbox.example.test', NAVER_MOCK_ORIGIN: 'https://naver.sandbox.example.test' }],
  ['PLAYGROUND_MODE=PUBLIC', { PLAYGROUND_MODE: 'PUBLIC' }],
] as const) {
  test(`main.ts as a public sandbox (${trigger}) refuses to start without TENANT_SECRET, in one line naming it`, async ({ spawnNode }) => {
    const run = spawnNode([mainFile], {
      ...process.env,
      TENANT_SECRET: '',
      TENANT_PORT: String(await freePort()),
      NAVER_MOCK_PORT: String(await freePort()),
      ...env,
    });
    expect(await run.exited).toBe(1);
    const lines = run.output().stderr.trim().split('\n').filter((line) => !/ExperimentalWarning|--trace-warnings/.test(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^TENANT_SECRET is required: /);
  });
}

test('main.ts as a public sandbox names itself by TENANT_ORIGIN and NAVER_MOCK_ORIGIN, whatever Host it is asked by', async ({ spawnNode }) => {
  const tenantPort = await freePort();
  const naverPort = await freePort();
  const run = spawnNode([mainFile], {
    ...process.env,
    HOST: '127.0.0.1',
    TENANT_PORT: String(tenantPort),
    NAVER_MOCK_PORT: String(naverPort),
    TENANT_ORIGIN: 'https://sandbox.example.test',
    NAVER_MOCK_ORIGIN: 'https://naver.sandbox.example.test',
    TENANT_SECRET: 'main-spec-tenant-secret-0123456789abcdef',
  });
  const discoveryUrl = `http://127.0.0.1:${tenantPort}/oidc/.well-known/openid-configuration`;
  await untilDiscoveryAnswers(run, discoveryUrl);
  const discovery = (await (await fetch(discoveryUrl, { headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' } })).json()) as {
    issuer: string;
    authorization_endpoint: string;
  };
  expect(discovery.issuer).toBe('https://sandbox.example.test/oidc');
  expect(discovery.authorization_endpoint).toBe('https://sandbox.example.test/oidc/auth');
  // The connector's callback and the Naver URLs name the public origins too.
  const connectors = (await (await fetch(`http://127.0.0.1:${tenantPort}/api/.well-known/sign-in-exp`)).json()) as { socialConnectors?: unknown };
  expect(JSON.stringify(connectors)).not.toContain('127.0.0.1');
});

test('LOGTO_VERSION=1.37 makes main.ts answer like 1.37; a version it does not play is refused in one line, exit 1', async ({ spawnNode }) => {
  const tenantPort = await freePort();
  const run = spawnNode([mainFile], { ...process.env, LOGTO_VERSION: '1.37', TENANT_PORT: String(tenantPort), NAVER_MOCK_PORT: String(await freePort()) });
  const endpoint = `http://localhost:${tenantPort}`;
  await untilDiscoveryAnswers(run, `${endpoint}/oidc/.well-known/openid-configuration`);
  // 1.37's discovery states request_parameter_supported; its userinfo without a token is 400.
  const discovery = (await (await fetch(`${endpoint}/oidc/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
  expect(discovery['request_parameter_supported']).toBe(false);
  expect((await fetch(`${endpoint}/oidc/me`)).status).toBe(400);
  run.child.kill('SIGTERM');
  expect(await run.exited).toBe(0);
  expect(run.output().stdout).toContain('Local Logto tenant (answers like Logto 1.37):');

  const refused = spawnNode([mainFile], { ...process.env, LOGTO_VERSION: '2.0', TENANT_PORT: String(await freePort()), NAVER_MOCK_PORT: String(await freePort()) });
  expect(await refused.exited).toBe(1);
  const { stderr } = refused.output();
  expect(stderr.trim()).toBe('LOGTO_VERSION=2.0 is not a version this tenant plays (1.42, 1.37).');
});
