import { fileURLToPath } from 'node:url';
import { stepOf } from '../../src/diagnosis/codes.ts';
import { diagnosisText } from '../../src/diagnosis/strings.ts';
import { stepNumber } from '../../src/guide/steps.ts';
import { faultScenarioApp, type FaultScenarioId } from '../../src/lib/fault-lab.ts';
import { LOCAL_DEMO_APP, LOCAL_MANAGEMENT_API_APP, LOCAL_NAVER_CONNECTOR } from '../../src/lib/local-tenant-defaults.ts';
import { afterNaver, toNaver } from '../support/fault-lab-flow.ts';
import { EXIT_CODES } from '../../src/preflight/cli/args.ts';
import { checkIds } from '../../src/preflight/check-definitions.ts';
import { expect, test } from '../support/fixtures.ts';
import type { LocalTenant } from '../support/local-tenant.ts';
import { testSiteOrigin } from '../support/ports.ts';
import { run } from '../support/packed-package.ts';

/** The CLI as a reader runs it: a child process on the project's Node, stdin not a terminal. */

const cli = fileURLToPath(new URL('../../src/preflight/cli.ts', import.meta.url));

function runCli(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, [cli, ...args], { cwd: process.cwd(), exactEnv: true, env: { PATH: process.env['PATH'] ?? '', NODE_NO_WARNINGS: '1', ...env } });
}

const args = (tenant: LocalTenant) => ['--endpoint', tenant.endpoint, '--app-id', LOCAL_DEMO_APP.id, '--site-origin', testSiteOrigin];

test.describe('preflight CLI', () => {
  test('against the default local tenant it prints a table of passes and exits 0', async ({ sharedTenant: tenant }) => {
    const { code, stdout } = await runCli(args(tenant), { LOGTO_APP_SECRET: LOCAL_DEMO_APP.secret });
    expect(code).toBe(EXIT_CODES.ok);
    expect(stdout.match(/^PASS\s/gm)).toHaveLength(checkIds.length);
    expect(stdout).toContain(`client_id ${LOCAL_NAVER_CONNECTOR.clientId}`);
    expect(stdout).toContain(`${tenant.endpoint}/callback/${LOCAL_NAVER_CONNECTOR.id}`);
    expect(stdout).toContain(`${checkIds.length} passed, 0 failed`);
    expect(stdout).not.toContain(LOCAL_DEMO_APP.secret);
  });

  test('a wrong secret exits 1; --json says which check failed and why, without the secret', async ({ sharedTenant: tenant }) => {
    const wrongSecret = 'WrongWrongWrongWrongWrongWrong12';
    const { code, stdout, stderr } = await runCli([...args(tenant), '--json'], { LOGTO_APP_SECRET: wrongSecret });
    expect(code).toBe(EXIT_CODES.checksDidNotPass);
    const report = JSON.parse(stdout) as { ok: boolean; exitCode: number; results: { id: string; status: string; reason: { key: string } }[] };
    expect(report.ok).toBe(false);
    expect(report.exitCode).toBe(EXIT_CODES.checksDidNotPass);
    const failed = report.results.filter((result) => result.status !== 'pass');
    expect(failed).toEqual([expect.objectContaining({ id: 'app.credentials', status: 'fail', reason: expect.objectContaining({ key: 'credentialsWrongSecret' }) })]);
    expect(stdout + stderr).not.toContain(wrongSecret);
  });

  test('the secret on the command line is a usage error (exit 2) and is never echoed', async ({ sharedTenant: tenant }) => {
    const { code, stdout, stderr } = await runCli([...args(tenant), `--app-secret=${LOCAL_DEMO_APP.secret}`]);
    expect(code).toBe(EXIT_CODES.usage);
    expect(stdout).toBe('');
    expect(stderr).toContain('LOGTO_APP_SECRET');
    expect(stderr).not.toContain(LOCAL_DEMO_APP.secret);
  });

  test('without LOGTO_APP_SECRET and without a terminal to ask on, it is a usage error', async ({ sharedTenant: tenant }) => {
    const { code, stderr } = await runCli(args(tenant));
    expect(code).toBe(EXIT_CODES.usage);
    expect(stderr).toContain('No app secret');
  });

  test('usage errors speak the chosen language', async () => {
    const { code, stderr } = await runCli(['--lang', 'ko', '--app-id', LOCAL_DEMO_APP.id]);
    expect(code).toBe(EXIT_CODES.usage);
    expect(stderr).toContain('--endpoint이(가) 없습니다.');
  });

  test('--public refuses the loopback tenant with its own reason and exits 1', async ({ sharedTenant: tenant }) => {
    const { code, stdout } = await runCli([...args(tenant), '--public', '--json'], { LOGTO_APP_SECRET: LOCAL_DEMO_APP.secret });
    expect(code).toBe(EXIT_CODES.checksDidNotPass);
    const report = JSON.parse(stdout) as { results: { id: string; reason: { key: string } }[] };
    expect(report.results[0]).toMatchObject({ id: 'endpoint.discovery', reason: { key: 'discoveryBlockedAddress' } });
  });

  test('a site origin whose URIs are not registered fails those checks, in Japanese when asked', async ({ sharedTenant: tenant }) => {
    const { code, stdout } = await runCli(
      ['--endpoint', tenant.endpoint, '--app-id', LOCAL_DEMO_APP.id, '--site-origin', 'http://localhost:1', '--lang', 'ja'],
      { LOGTO_APP_SECRET: LOCAL_DEMO_APP.secret },
    );
    expect(code).toBe(EXIT_CODES.checksDidNotPass);
    expect(stdout).toContain('http://localhost:1/playground/callback が登録されていません');
    expect(stdout).toContain('http://localhost:1/playground/signed-out が登録されていません');
    expect(stdout).toContain('ガイド: http://localhost:1/ja/#step-integrate-sdk');
  });
});

test.describe('preflight CLI --last-sign-in (the tenant\'s audit log)', () => {
  const m2m = ['--m2m-app-id', LOCAL_MANAGEMENT_API_APP.id];
  const m2mEnv = { LOGTO_M2M_APP_SECRET: LOCAL_MANAGEMENT_API_APP.secret };
  const lastSignInArgs = (tenant: LocalTenant, scenario: FaultScenarioId) => ['--endpoint', tenant.endpoint, '--app-id', faultScenarioApp(scenario).appId, '--last-sign-in', ...m2m];

  test('after a cancel at Naver it names naver_cancelled and its step, exits 4, and prints nothing of the log', async ({ startTenant }) => {
    const tenant = await startTenant();
    await afterNaver(tenant, 'cancel-at-naver', { action: 'cancel' });
    const { code, stdout } = await runCli(lastSignInArgs(tenant, 'cancel-at-naver'), m2mEnv);
    expect(code).toBe(EXIT_CODES.lastSignInCause);
    expect(stdout).toContain(diagnosisText('en', 'naver_cancelled').title);
    expect(stdout).toContain(`step ${stepNumber(stepOf('naver_cancelled'))}`);
    for (const text of [LOCAL_MANAGEMENT_API_APP.secret, 'Canceled By User', 'error_description', faultScenarioApp('cancel-at-naver').appSecret]) expect(stdout).not.toContain(text);
    const json = await runCli([...lastSignInArgs(tenant, 'cancel-at-naver'), '--json'], m2mEnv);
    expect(JSON.parse(json.stdout)).toMatchObject({ cause: 'naver_cancelled', stepId: stepOf('naver_cancelled'), exitCode: EXIT_CODES.lastSignInCause });
  });

  test("a refusal on Naver's page: the log doesn't say (exit 5); a wrong M2M secret: unreadable (exit 6)", async ({ startTenant }) => {
    const tenant = await startTenant();
    await toNaver(tenant, 'wrong-naver-client-id');
    expect((await runCli(lastSignInArgs(tenant, 'wrong-naver-client-id'), m2mEnv)).code).toBe(EXIT_CODES.lastSignInUnknown);
    const wrong = await runCli(lastSignInArgs(tenant, 'wrong-naver-client-id'), { LOGTO_M2M_APP_SECRET: 'WrongWrongWrongWrongWrongWrong12' });
    expect(wrong.code).toBe(EXIT_CODES.auditLogUnreadable);
    expect(wrong.stdout).not.toContain('WrongWrongWrongWrongWrongWrong12');
  });

  test('the M2M secret is never an argument, and --m2m-app-id is required (exit 2)', async ({ sharedTenant: tenant }) => {
    const inArgv = await runCli([...lastSignInArgs(tenant, 'cancel-at-naver'), '--m2m-app-secret=abc'], m2mEnv);
    expect(inArgv.code).toBe(EXIT_CODES.usage);
    expect(inArgv.stderr).not.toContain('abc\n');
    const missing = await runCli(['--endpoint', tenant.endpoint, '--app-id', LOCAL_DEMO_APP.id, '--last-sign-in'], m2mEnv);
    expect(missing.code).toBe(EXIT_CODES.usage);
    expect(missing.stderr).toContain('--m2m-app-id');
    const noSecret = await runCli(lastSignInArgs(tenant, 'cancel-at-naver'));
    expect(noSecret.code).toBe(EXIT_CODES.usage);
  });
});
