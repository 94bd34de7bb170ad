/**
 * `npm run start:public` (scripts/start-public.ts, the launcher's launchPublicStack): what a public
 * stack cannot start without is refused before anything starts or builds, in one line naming it.
 */
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
