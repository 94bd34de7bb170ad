import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { LOCAL_DEMO_APP, LOCAL_NAVER_CONNECTOR, sampleUris } from '../../src/lib/local-tenant-defaults.ts';
import { checkIds } from '../../src/preflight/check-definitions.ts';
import { expect, test as base, workerFixture } from '../support/fixtures.ts';
import {
  installIntoFreshProject,
  packageDir,
  packageJson,
  packPackage,
  pathWithThisNode,
  processesMentioning,
  repoRoot,
  run,
  startStandInRegistry,
  type PackedPackage,
  type TeamProject,
} from '../support/packed-package.ts';

/**
 * The package from the outside: packed, installed from the tarball into a fresh project, and run there
 * as a team runs it (`npx logto-naver …`), against the sandbox the same installed package starts.
 */

interface RunningSandbox {
  lines: Record<string, string>;
  child: ChildProcess;
  exited: Promise<number | null>;
  stderr: () => string;
}

/** `logto-naver sandbox` from the project's node_modules/.bin; resolves once it printed its lines. */
async function startSandbox(project: TeamProject, args: string[] = []): Promise<RunningSandbox> {
  const child = spawn(join(project.dir, 'node_modules', '.bin', 'logto-naver'), ['sandbox', ...args], {
    cwd: project.dir,
    env: { ...process.env, PATH: pathWithThisNode(), NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      stdout += chunk;
      if (/^NAVER_MOCK_ORIGIN=.+$/m.test(stdout) && stdout.endsWith('\n')) resolve();
    });
    void exited.then((code) => reject(new Error(`sandbox exited with ${code}:\n${stderr}`)));
  });
  const lines = Object.fromEntries(stdout.trim().split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  return { lines, child, exited, stderr: () => stderr };
}

async function stopSandbox(sandbox: RunningSandbox): Promise<number | null> {
  sandbox.child.kill('SIGINT');
  return sandbox.exited;
}

const test = base.extend<{}, { packed: PackedPackage; project: TeamProject; sandbox: RunningSandbox }>({
  packed: workerFixture(() => packPackage(), async () => {}, { timeout: 300_000 }),
  project: [
    async ({ packed }, use) => {
      const project = await installIntoFreshProject(packed, [`@playwright/test@${readRootVersion('@playwright/test')}`]);
      await use(project);
      await project.close();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
  sandbox: [
    async ({ project }, use) => {
      const sandbox = await startSandbox(project);
      await use(sandbox);
      await stopSandbox(sandbox);
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

function readRootVersion(name: string): string {
  const root = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  return root.devDependencies[name]!;
}

const tenantEnv = (sandbox: RunningSandbox, secret = sandbox.lines['LOGTO_APP_SECRET']!) => ({
  LOGTO_ENDPOINT: sandbox.lines['LOGTO_ENDPOINT']!,
  LOGTO_APP_ID: sandbox.lines['LOGTO_APP_ID']!,
  LOGTO_APP_SECRET: secret,
  GITHUB_STEP_SUMMARY: '',
});

test.describe.configure({ timeout: 180_000 });

test('the tarball holds compiled JavaScript with declarations, a bin with a shebang, and no TypeScript source', async ({ packed, project }) => {
  test.info().annotations.push({ type: 'tarball bytes', description: String(packed.bytes) });
  console.log(`logto-naver tarball: ${packed.bytes} bytes`);
  const installed = join(project.dir, 'node_modules', 'logto-naver');
  const files = (readdirSync(installed, { recursive: true }) as string[]).map((file) => file.replaceAll('\\', '/'));
  expect(files.filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))).toEqual([]);
  for (const file of ['dist/package/bin.js', 'dist/package/playwright.js', 'dist/package/playwright.d.ts', 'dist/preflight/run-preflight.js', 'dist/local-tenant/main.js', 'action.yml', 'README.md']) {
    expect(files, file).toContain(file);
  }
  expect(readFileSync(join(installed, 'dist/package/bin.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, any>;
  expect(manifest['bin']).toEqual({ 'logto-naver': 'dist/package/bin.js' });
  expect(manifest['peerDependenciesMeta']['@playwright/test']).toEqual({ optional: true });
  // The compiled preflight is the site's: the same check ids, from the same source file.
  const compiled = readFileSync(join(installed, 'dist/preflight/check-definitions.js'), 'utf8');
  for (const id of checkIds) expect(compiled).toContain(`'${id}'`);
});

test('npx logto-naver preflight against the sandbox passes (exit 0); a wrong secret exits 1 naming invalid_client', async ({ project, sandbox }) => {
  const ok = await project.npx(['logto-naver', 'preflight'], tenantEnv(sandbox));
  expect(ok.code, ok.stderr).toBe(0);
  expect(ok.stdout.match(/^PASS\s/gm)).toHaveLength(checkIds.length);

  const wrongSecret = 'WrongWrongWrongWrongWrongWrong12';
  const wrong = await project.npx(['logto-naver', 'preflight'], tenantEnv(sandbox, wrongSecret));
  expect(wrong.code).toBe(1);
  expect(wrong.stdout).toMatch(/^FAIL\s+App ID and secret work/m);
  expect(wrong.stdout).toContain('invalid_client');
  expect(wrong.stdout + wrong.stderr).not.toContain(wrongSecret);
});

test('the github reporter: one ::error per failure with the guide step, and the summary appended to $GITHUB_STEP_SUMMARY', async ({ project, sandbox }) => {
  const summaryFile = join(project.dir, 'step-summary.md');
  await writeFile(summaryFile, '# Earlier step\n');
  const result = await project.npx(['logto-naver', 'preflight', '--reporter', 'github', '--lang', 'ko', '--guide-origin', 'https://guide.example'], {
    ...tenantEnv(sandbox, 'WrongWrongWrongWrongWrongWrong12'),
    GITHUB_STEP_SUMMARY: summaryFile,
  });
  expect(result.code).toBe(1);
  const commands = result.stdout.split('\n').filter((line) => line.startsWith('::'));
  expect(commands).toHaveLength(1);
  expect(commands[0]).toMatch(/^::error title=[^:,]+ \(app\.credentials\)::.*invalid_client.* — https:\/\/guide\.example\/ko\/#step-integrate-sdk$/);
  const summary = await readFile(summaryFile, 'utf8');
  expect(summary.startsWith('# Earlier step\n## ')).toBe(true);
  expect(summary.split('\n').filter((line) => /^\| (통과|실패|경고|건너뜀) \|/.test(line))).toHaveLength(checkIds.length);
});

test('--reporter junit --output writes a JUnit file with one testcase per check and the right counts', async ({ project, sandbox }) => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testcase' });
  type Suite = { tests: string; failures: string; skipped: string; testcase: { name: string; failure?: unknown }[] };
  for (const [secret, failures] of [
    [sandbox.lines['LOGTO_APP_SECRET']!, 0],
    ['WrongWrongWrongWrongWrongWrong12', 1],
  ] as const) {
    const file = join(project.dir, `report-${failures}.xml`);
    const result = await project.npx(['logto-naver', 'preflight', '--reporter', 'junit', '--output', file], tenantEnv(sandbox, secret));
    expect(result.code).toBe(failures === 0 ? 0 : 1);
    const xml = await readFile(file, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const suite = (parser.parse(xml) as { testsuites: { testsuite: Suite } }).testsuites.testsuite;
    expect(suite.testcase.map((testcase) => testcase.name.split(':')[0])).toEqual([...checkIds]);
    expect(Number(suite.tests)).toBe(checkIds.length);
    expect(Number(suite.failures)).toBe(failures);
    expect(suite.testcase.filter((testcase) => testcase.failure !== undefined)).toHaveLength(failures);
  }
});

test('npx logto-naver check reaches the mock’s authorize page with the connector’s client_id and callback; an unregistered redirect URI fails', async ({ project, sandbox }) => {
  const env = { ...tenantEnv(sandbox), CHROMIUM_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' };
  const ok = await project.npx(['logto-naver', 'check', '--naver-client-id', LOCAL_NAVER_CONNECTOR.clientId], env);
  expect(ok.code, ok.stdout + ok.stderr).toBe(0);
  expect(ok.stdout).toContain(`PASS  Naver received client_id ${LOCAL_NAVER_CONNECTOR.clientId}`);
  expect(ok.stdout).toContain(`PASS  Naver is sent back to the connector’s callback ${sandbox.lines['LOGTO_ENDPOINT']}/callback/${LOCAL_NAVER_CONNECTOR.id}`);

  const refused = await project.npx(['logto-naver', 'check', '--redirect-uri', 'http://localhost:1/not-registered'], env);
  expect(refused.code).toBe(1);
  expect(refused.stdout).toContain('FAIL  Logto refused the app’s redirect URI http://localhost:1/not-registered');
});

test('sandbox: a scenario’s app, the team’s redirect URI registered, and SIGINT leaves no process behind', async ({ project, sandbox: workerSandbox }) => {
  // The worker's sandbox runs from the same project: what it runs is not this test's to end.
  expect(workerSandbox.lines['LOGTO_ENDPOINT']).toBeTruthy();
  const before = processesMentioning(project.dir);
  const redirectUri = 'http://localhost:45678/auth/callback';
  const sandbox = await startSandbox(project, ['--scenario', 'wrong-app-secret', '--redirect-uri', redirectUri, '--post-logout-redirect-uri', 'http://localhost:45678/']);
  expect(sandbox.lines['LOGTO_NAVER_SCENARIO']).toBe('wrong-app-secret');
  expect(sandbox.lines['LOGTO_APP_ID']).not.toBe(LOCAL_DEMO_APP.id);
  // The demo app registers the team's URIs: the preflight finds them.
  const preflight = await project.npx(['logto-naver', 'preflight', '--redirect-uri', redirectUri, '--post-sign-out-redirect-uri', 'http://localhost:45678/', '--json'], {
    ...tenantEnv(sandbox, LOCAL_DEMO_APP.secret),
    LOGTO_APP_ID: LOCAL_DEMO_APP.id,
  });
  expect(preflight.code, preflight.stdout).toBe(0);
  // The scenario's app says what is wrong with it.
  const scenario = await project.npx(['logto-naver', 'preflight', '--json'], tenantEnv(sandbox));
  expect(scenario.code).toBe(1);

  const started = processesMentioning(project.dir).filter((line) => !before.includes(line));
  // The command, and the tenant it started from the package's compiled main.js.
  expect(started.some((line) => line.includes('node_modules/logto-naver/dist/local-tenant/main.js'))).toBe(true);
  expect(await stopSandbox(sandbox)).toBe(0);
  expect(sandbox.stderr()).toContain('Stopped the local tenant and the Naver mock.');
  await expect.poll(() => processesMentioning(project.dir).filter((line) => !before.includes(line))).toEqual([]);
  await expect(fetch(`${sandbox.lines['LOGTO_ENDPOINT']}/oidc/.well-known/openid-configuration`)).rejects.toThrow();
});

/** `${{ inputs.x }}` and `${{ vars.X }}` / `${{ secrets.X }}` replaced as the runner would. */
function expand(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => values[name] ?? '');
}

async function runStep(script: string, options: { cwd: string; env: Record<string, string> }) {
  return run('bash', ['-e', '-c', script], { cwd: options.cwd, env: options.env });
}

test('the action: its composite step, pinned to this version, writes the report whose path it outputs', async ({ project, sandbox }) => {
  const action = parseYaml(readFileSync(join(packageDir, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: { id?: string; run: string; env: Record<string, string> }[] };
  };
  expect(action.runs.using).toBe('composite');
  expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['endpoint', 'app-id', 'secret', 'fail-on']));
  const [step] = action.runs.steps;
  expect(step!.run).toContain(`logto-naver@${packageJson.version} `);
  const inputs: Record<string, string> = {
    ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [`inputs.${name}`, input.default ?? ''])),
    'inputs.endpoint': sandbox.lines['LOGTO_ENDPOINT']!,
    'inputs.app-id': sandbox.lines['LOGTO_APP_ID']!,
    'inputs.secret': 'WrongWrongWrongWrongWrongWrong12',
  };
  const outputFile = join(project.dir, 'github-output');
  await writeFile(outputFile, '');
  const env = {
    ...Object.fromEntries(Object.entries(step!.env).map(([name, value]) => [name, expand(value, inputs)])),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(project.dir, 'action-summary.md'),
    RUNNER_TEMP: project.dir,
  };
  const result = await runStep(step!.run, { cwd: project.dir, env });
  expect(result.code).toBe(1);
  expect(result.stdout).toContain('::add-mask::');
  expect(result.stdout).toMatch(/^::error title=App ID and secret work \(app\.credentials\)::/m);
  const outputs = Object.fromEntries((await readFile(outputFile, 'utf8')).trim().split('\n').map((line) => line.split('=') as [string, string]));
  expect(expand(action.outputs['report']!.value, { 'steps.preflight.outputs.report': outputs['report']! })).toBe(join(project.dir, 'logto-naver-preflight.xml'));
  const xml = await readFile(outputs['report']!, 'utf8');
  expect(xml).toContain(`tests="${checkIds.length}" failures="1"`);
});

test('the README’s CI workflow: its run steps, as written, pass in a fresh repository', async ({ packed, sandbox, closeAfterTest, makeTempDir }) => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## In your own repository and CI'));
  const yamlBlock = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  expect(yamlBlock, 'the section has a workflow').toBeTruthy();
  const workflow = parseYaml(yamlBlock!) as { jobs: Record<string, { env: Record<string, string>; steps: { run?: string; uses?: string }[] }> };
  const [job] = Object.values(workflow.jobs);
  const runs = job!.steps.flatMap((step) => (step.run ? [step.run] : []));
  expect(runs.some((script) => script.includes(`logto-naver@${packageJson.version}`))).toBe(true);

  const registry = closeAfterTest(await startStandInRegistry(packed));
  const repo = await makeTempDir('team-repo-');
  await run('git', ['init', '-q'], { cwd: repo });
  await writeFile(join(repo, 'package.json'), `${JSON.stringify({ name: 'team-repo', private: true }, null, 2)}\n`);
  const express = sampleUris('express');
  const values: Record<string, string> = {
    'vars.LOGTO_ENDPOINT': sandbox.lines['LOGTO_ENDPOINT']!,
    'vars.LOGTO_APP_ID': LOCAL_DEMO_APP.id,
    'secrets.LOGTO_APP_SECRET': LOCAL_DEMO_APP.secret,
    'vars.LOGTO_REDIRECT_URI': express.redirectUri,
    'vars.LOGTO_POST_SIGN_OUT_REDIRECT_URI': express.postSignOutRedirectUri,
    'vars.NAVER_CLIENT_ID': LOCAL_NAVER_CONNECTOR.clientId,
  };
  const env = {
    ...Object.fromEntries(Object.entries(job!.env).map(([name, value]) => [name, expand(value, values)])),
    npm_config_registry: registry.url,
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    GITHUB_STEP_SUMMARY: join(repo, 'summary.md'),
    CHROMIUM_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  };
  for (const script of runs) {
    const result = await runStep(script, { cwd: repo, env });
    expect(result.code, `${script}\n${result.stdout}\n${result.stderr}`).toBe(0);
  }
  expect(existsSync(join(repo, 'logto-naver-preflight.xml'))).toBe(true);
});
