/**
 * `npm run start:public` (scripts/start-public.ts, the launcher's launchPublicStack): what a public
 * stack cannot start without is refused before anything starts or builds, in one line naming it.
 */
import { freePort, launchPublicStack } from '../../src/launcher/index.ts';
import { expect, test } from '../support/fixtures.ts';

const complete: Record<string, string> = {
  SITE_ORIGIN: 'https://guide.example.com',
  COOKIE_SECRET: 'start-public-test-secret-0123456789abcdef',
  TENANT_SECRET: 'start-public-tenant-secret-0123456789abc',
  NAVER_MOCK_ORIGIN: 'https://naver.sandbox.example.com',
  SANDBOX_ENDPOINT: 'https://sandbox.example.com',
};

const missing = ['SITE_ORIGIN', 'COOKIE_SECRET', 'TENANT_SECRET', 'NAVER_MOCK_ORIGIN', 'SANDBOX_ENDPOINT'] as const;

test('each variable a public stack needs, missing, is the one line it refuses with (exit 78), before anything starts', async ({ spawnNode }) => {
  for (const name of missing) {
    const { [name]: _left, ...env } = complete;
    const run = spawnNode(['scripts/start-public.ts'], { PATH: process.env['PATH'] ?? '', ...env, [name]: '' });
    const code = await run.exited;
    const { stdout, stderr } = run.output();
    const lines = stderr.split('\n').filter((line) => line.trim() !== '');
    expect({ name, code, lines: lines.length, stdout }).toEqual({ name, code: 78, lines: 1, stdout: '' });
    expect(lines[0]).toMatch(new RegExp(`^start:public: ${name}${name === 'SANDBOX_ENDPOINT' ? ' \\(or TENANT_ORIGIN\\)' : ''} is required \\(`));
    // Never a value of what was given.
    for (const value of Object.values(env)) expect(stderr).not.toContain(value);
  }
});

test('SANDBOX_ENDPOINT and TENANT_ORIGIN are one origin: either names it, two different ones are refused in one line', async ({ spawnNode }) => {
  const run = spawnNode(['scripts/start-public.ts'], { PATH: process.env['PATH'] ?? '', ...complete, TENANT_ORIGIN: 'https://other.example.com' });
  expect(await run.exited).toBe(78);
  expect(run.output().stderr.trim()).toBe('start:public: SANDBOX_ENDPOINT and TENANT_ORIGIN name different origins (they are the same sandbox: set one)');
});

test('with what it needs, the stack starts: the sandbox answers as its public origin and the site offers it as the built-in tenant', async ({ closeAfterTest }) => {
  const stack = await launchPublicStack({
    env: { ...process.env, ...complete, ASTRO_OUT_DIR: process.env['ASTRO_OUT_DIR'] ?? 'dist' },
    build: 'never',
    ports: { site: await freePort(), tenant: await freePort(), naverMock: await freePort() },
  });
  closeAfterTest({ close: () => stack.stop() });
  expect(stack.origins).toEqual({ site: complete['SITE_ORIGIN'], sandbox: complete['SANDBOX_ENDPOINT'], naverMock: complete['NAVER_MOCK_ORIGIN'] });
  const discovery = (await (await fetch(`${stack.local.tenant}/oidc/.well-known/openid-configuration`)).json()) as { issuer: string };
  expect(discovery.issuer).toBe(`${complete['SANDBOX_ENDPOINT']}/oidc`);
  const panel = await (await fetch(`${stack.local.site}/en/playground/`, { headers: { host: new URL(complete['SITE_ORIGIN']!).host } })).text();
  expect(panel).toContain(`data-endpoint="${complete['SANDBOX_ENDPOINT']}"`);
  expect(panel).toContain('data-fault-lab="offered"');
});
