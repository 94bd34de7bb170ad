import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureNodeModules } from '../../scripts/example/npm-deps.ts';
import { sampleDir } from '../../scripts/example/paths.ts';
import { freePort } from '../../src/launcher/index.ts';
import { expect, test as base, workerFixture } from '../support/fixtures.ts';
import { installIntoFreshProject, packageDir, packPackage, processesMentioning, repoRoot, type TeamProject } from '../support/packed-package.ts';

/**
 * The fixture from the outside: the package README's example spec, as written, run by Playwright in a
 * fresh project that has the tarball and @playwright/test installed, signing in to the guide's Express
 * sample through the worker's sandbox; afterwards nothing it started is left running.
 */

const rootDevDependency = (name: string) =>
  (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies[name]!;

const test = base.extend<{}, { project: TeamProject }>({
  project: workerFixture(
    async () => installIntoFreshProject(await packPackage(), [`@playwright/test@${rootDevDependency('@playwright/test')}`]),
    (project) => project.close(),
    { timeout: 300_000 },
  ),
});

test('the README’s example spec signs in to the Express sample through the sandbox fixture, and leaves no process behind', async ({ project }) => {
  test.setTimeout(600_000);
  await ensureNodeModules('express', () => {});
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## The Playwright fixture'));
  const spec = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(spec, 'the README has an example spec').toContain("from 'logto-naver/playwright'");

  await mkdir(join(project.dir, 'tests'));
  await writeFile(join(project.dir, 'tests', 'sign-in.spec.ts'), spec!);
  await writeFile(
    join(project.dir, 'playwright.config.ts'),
    `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  use: { launchOptions: { executablePath: process.env.CHROMIUM_PATH } },
});
`,
  );
  const port = await freePort();
  const result = await project.npx(['playwright', 'test', '--reporter=line'], {
    APP_PORT: String(port),
    APP_ENTRY: join(sampleDir('express'), 'app.js'),
    CHROMIUM_PATH: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  });
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(result.stdout).toMatch(/\b1 passed\b/);
  // The sandbox (started from the project's node_modules) and the app are gone with the test run.
  await expect.poll(() => processesMentioning(project.dir)).toEqual([]);
  await expect.poll(() => processesMentioning(sampleDir('express'))).toEqual([]);
});
