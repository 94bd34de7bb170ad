/**
 * The guide's sample apps (examples/<id>/) as a reader starts them, `npm run example -- <id>`, on free
 * ports: the script prepares the sample (npm ci, the Python virtualenv, next build: each once), starts a
 * local tenant whose demo app registers the sample's URIs at its port, and starts the sample. Then the
 * browser steps a reader takes on the sample's page.
 */
import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';
import type { SampleId } from '../../src/lib/local-tenant-defaults.ts';
import { freePort } from '../../src/launcher/index.ts';
import { startNodeProcess, type NodeProcess } from './node-process.ts';

export interface StartedSample {
  baseUrl: string;
  tenantEndpoint: string;
  naverMockOrigin: string;
  process: NodeProcess;
}

const scriptPath = join(import.meta.dirname, '../../scripts/example.ts');

/** Up to 10 minutes: a first run installs Next.js and builds it on a two-core machine. */
export const samplePreparationMs = 600_000;

/** Runs `npm run example -- <args>` and resolves once it says the sample is ready, with where it runs. */
async function runExampleScript(args: string[], env: NodeJS.ProcessEnv): Promise<{ baseUrl: string; process: NodeProcess }> {
  const started = startNodeProcess([scriptPath, ...args], env);
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm run example -- ${args.join(' ')} was not ready in time:\n${started.output().all}`)), samplePreparationMs);
    const poll = setInterval(() => {
      const found = /^Ready: (http:\/\/\S+?)\/? /m.exec(started.output().stdout);
      if (found?.[1]) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(found[1]);
      }
    }, 200);
    void started.exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`npm run example -- ${args.join(' ')} exited with ${code}:\n${started.output().all}`));
    });
  }).catch(async (error: unknown) => {
    await started.stop();
    throw error;
  });
  return { baseUrl, process: started };
}

/** The sample against a local tenant the script starts itself, everything on free ports. */
export async function startSampleScript(id: SampleId): Promise<StartedSample> {
  const [port, tenantPort, naverMockPort] = [await freePort(), await freePort(), await freePort()];
  const { baseUrl, process: started } = await runExampleScript([id, '--local', '--port', String(port)], {
    ...process.env,
    TENANT_PORT: String(tenantPort),
    NAVER_MOCK_PORT: String(naverMockPort),
  });
  return { baseUrl, tenantEndpoint: `http://localhost:${tenantPort}`, naverMockOrigin: `http://localhost:${naverMockPort}`, process: started };
}

/** The sample against "the reader's own tenant": the one `envFile` (a .env as the guide shows it) names. */
export async function startSampleWithEnvFile(
  id: SampleId,
  envFile: string,
  tenant: { endpoint: string; naverMockOrigin: string },
): Promise<StartedSample> {
  // TENANT_PORT points where nothing runs: the script must not fall back on a local tenant.
  const { baseUrl, process: started } = await runExampleScript([id, '--env-file', envFile], { ...process.env, TENANT_PORT: String(await freePort()) });
  return { baseUrl, tenantEndpoint: tenant.endpoint, naverMockOrigin: tenant.naverMockOrigin, process: started };
}

/** A link in Flask and Express, a form button in Next.js: what the reader presses, by its exact name. */
function control(page: Page, name: string) {
  return page.getByRole('link', { name, exact: true }).or(page.getByRole('button', { name, exact: true }));
}

/** The JSON a sample's page prints under a heading (its claims, its Naver identity). */
export async function jsonUnder(page: Page, heading: string): Promise<Record<string, unknown> | null> {
  const text = await page.locator(`h2:text-is("${heading}") + pre`).textContent();
  return JSON.parse(text ?? 'null') as Record<string, unknown> | null;
}

export async function expectSignedOut(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not signed in');
  await expect(control(page, 'Sign in')).toBeVisible();
  await expect(control(page, 'Sign in with Naver')).toBeVisible();
}

/**
 * From the sample's signed-out home to Naver's consent page: through Logto's sign-in page ("Sign in",
 * then Continue with Naver there), or straight to Naver ("Sign in with Naver", direct sign-in).
 */
export async function startSampleSignIn(page: Page, sample: StartedSample, via: 'logto' | 'naver') {
  await page.goto(`${sample.baseUrl}/`);
  await expectSignedOut(page);
  const visited: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) visited.push(new URL(frame.url()).origin);
  });
  await control(page, via === 'logto' ? 'Sign in' : 'Sign in with Naver').click();
  if (via === 'logto') {
    await page.waitForURL((url) => url.origin === sample.tenantEndpoint && url.pathname.startsWith('/sign-in'));
    await page.getByRole('button', { name: 'Continue with Naver' }).click();
  }
  await page.waitForURL((url) => url.origin === sample.naverMockOrigin);
  return { visitedOrigins: visited };
}

export async function signOutOfSample(page: Page, sample: StartedSample) {
  await control(page, 'Sign out').click();
  await page.waitForURL(`${sample.baseUrl}/`);
  await expectSignedOut(page);
}
