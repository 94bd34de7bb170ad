/**
 * The launcher (src/launcher/launch.ts) as `npm start`, the benches and the tests' web server use it: the
 * local tenant, its Naver mock and the built site started on free ports and answering; everything stopped
 * by stop(), by the abort signal, or when one part dies; a part that can't start named with its own words,
 * and nothing left running after a failed start.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort, launchSandbox, launchStack, LaunchError } from '../../src/launcher/index.ts';
import { expect, test } from '../support/fixtures.ts';

test.skip(process.platform !== 'linux', 'finds the processes left behind in /proc');

/**
 * An environment whose processes can be found again: every process the launcher starts from it carries
 * the mark, so after a stop the test sees whether any is still there.
 */
function markedEnv(extra: Record<string, string> = {}) {
  const mark = randomUUID();
  const env = { ...process.env, LAUNCHER_TEST_MARK: mark, ...extra };
  const running = () =>
    readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(`LAUNCHER_TEST_MARK=${mark}`);
        } catch {
          return false; // gone meanwhile, or not ours to read
        }
      });
  return { env, running };
}

const answers = (url: string) => fetch(url).then(
  (response) => response.status,
  () => 'refused',
);

test('the sandbox: the tenant and its Naver mock on free ports, stopped by stop()', async ({ closeAfterTest }) => {
  const { env, running } = markedEnv();
  const sandbox = await launchSandbox({ env });
  closeAfterTest({ close: () => sandbox.stop() });
  const discovery = (await (await fetch(`${sandbox.tenantEndpoint}/oidc/.well-known/openid-configuration`)).json()) as { issuer: string };
  expect(discovery.issuer).toBe(`${sandbox.tenantEndpoint}/oidc`);
  // The mock answers its authorize endpoint (400 without the parameters a connector sends).
  expect(await answers(`${sandbox.naverMockOrigin}/oauth2.0/authorize`)).toBe(400);
  expect(running()).toHaveLength(1);

  await sandbox.stop();
  expect(await sandbox.ended).toEqual({ reason: 'stopped' });
  expect(running()).toEqual([]);
  expect(await answers(`${sandbox.tenantEndpoint}/oidc/.well-known/openid-configuration`)).toBe('refused');
});

test('the stack: the built site next to the tenant it prefills; when the tenant dies the site is stopped too', async ({ closeAfterTest }) => {
  test.setTimeout(90_000);
  const { env, running } = markedEnv();
  const stack = await launchStack({ build: 'never', env });
  closeAfterTest({ close: () => stack.stop() });
  expect(await answers(`${stack.siteOrigin}/healthz`)).toBe(200);
  expect(await (await fetch(`${stack.siteOrigin}/en/playground/`)).text()).toContain(`value="${stack.tenantEndpoint}"`);
  expect(await answers(`${stack.tenantEndpoint}/oidc/.well-known/openid-configuration`)).toBe(200);
  expect(running()).toHaveLength(2);

  stack.processes.tenant.child.kill('SIGKILL');
  const end = await stack.ended;
  expect(end).toMatchObject({ reason: 'exited', part: stack.processes.tenant, code: null });
  expect(stack.processes.site.hasExited()).toBe(true);
  expect(running()).toEqual([]);
});

test('aborting the signal stops a started stack', async ({ closeAfterTest }) => {
  const { env, running } = markedEnv();
  const controller = new AbortController();
  const sandbox = await launchSandbox({ env, signal: controller.signal });
  closeAfterTest({ close: () => sandbox.stop() });
  controller.abort();
  expect(await sandbox.ended).toEqual({ reason: 'stopped' });
  expect(running()).toEqual([]);
});

test('aborting during the start calls it off and leaves nothing running', async () => {
  const { env, running } = markedEnv();
  const controller = new AbortController();
  const starting = launchStack({ build: 'never', env, signal: controller.signal });
  // Called off once both processes exist, before either can answer.
  await expect.poll(running, { intervals: [20] }).toHaveLength(2);
  controller.abort(new Error('called off by the test'));
  await expect(starting).rejects.toThrow('called off by the test');
  expect(running()).toEqual([]);
});

test('a site that refuses to start: its own words and exit code, and the tenant started beside it is stopped', async () => {
  const tenantPort = await freePort();
  // Bound to 0.0.0.0 the site is PUBLIC, which refuses to start without COOKIE_SECRET (exit 78). The tenant
  // on 0.0.0.0 is a public sandbox, given what it needs to start, so only the site refuses (no race).
  const { env, running } = markedEnv({
    HOST: '0.0.0.0',
    TENANT_SECRET: 'launcher-test-tenant-secret-0123456789ab',
    TENANT_ORIGIN: `http://localhost:${tenantPort}`,
    NAVER_MOCK_ORIGIN: 'http://naver.sandbox.test',
  });
  const failed = await launchStack({ build: 'never', env: { ...env, COOKIE_SECRET: '' }, ports: { tenant: tenantPort } }).catch((error: unknown) => error);
  expect(failed).toBeInstanceOf(LaunchError);
  expect((failed as LaunchError).exitCode).toBe(78);
  expect((failed as LaunchError).message).toMatch(/^the site \(src\/server\/main\.ts\) exited with code 78:\n.*COOKIE_SECRET is required/s);
  expect(running()).toEqual([]);
  expect(await answers(`http://localhost:${tenantPort}/oidc/.well-known/openid-configuration`)).toBe('refused');
});

test('a tenant that refuses its config: the tenant\'s own message, exit code 1', async ({ makeTempDir }) => {
  const file = join(await makeTempDir('launcher-tenant-'), 'tenant.json');
  await writeFile(file, JSON.stringify({ apps: [{ id: 'x' }] }));
  const { env, running } = markedEnv({ TENANT_CONFIG: file });
  const failed = await launchSandbox({ env }).catch((error: unknown) => error);
  expect(failed).toBeInstanceOf(LaunchError);
  expect((failed as LaunchError).exitCode).toBe(1);
  expect((failed as LaunchError).message).toContain('the local tenant (src/local-tenant/main.ts) exited with code 1:');
  expect((failed as LaunchError).message).toContain(`The tenant config in ${file} is not valid:`);
  expect(running()).toEqual([]);
});
